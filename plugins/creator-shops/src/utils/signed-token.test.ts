import { describe, expect, it } from "vitest"
import { signToken, verifyToken } from "./signed-token"

describe("signed tokens", () => {
  const exp = Date.now() + 60_000

  it("round-trip their payload", () => {
    const token = signToken({ invite_id: "crinv_1", exp }, "s3cret", "invite")
    expect(verifyToken(token, "s3cret", "invite")).toEqual({ invite_id: "crinv_1", exp })
  })

  it("are refused with another secret or purpose", () => {
    const token = signToken({ invite_id: "crinv_1", exp }, "s3cret", "invite")
    expect(verifyToken(token, "other", "invite")).toBeNull()
    expect(verifyToken(token, "s3cret", "download")).toBeNull()
  })

  it("are refused once expired or tampered with", () => {
    expect(verifyToken(signToken({ exp: Date.now() - 1 }, "s", "p"), "s", "p")).toBeNull()
    const token = signToken({ invite_id: "crinv_1", exp }, "s", "p")
    const forged = Buffer.from(JSON.stringify({ invite_id: "crinv_2", exp })).toString("base64url")
    expect(verifyToken(`${forged}.${token.split(".")[1]}`, "s", "p")).toBeNull()
    expect(verifyToken("garbage", "s", "p")).toBeNull()
  })
})
