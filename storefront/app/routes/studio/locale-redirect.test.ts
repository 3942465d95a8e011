import { describe, expect, it } from "vitest"
import { loader } from "./locale-redirect"

const visit = async (url: string, headers: Record<string, string> = {}) => {
  const answer = (await loader({ request: new Request(url, { headers }), params: {} } as never)) as Response
  return [answer.status, answer.headers.get("location")]
}

describe("the backend's links without a language", () => {
  it("Stripe's way back lands on the money page in the reader's language, its query kept", async () => {
    expect(await visit("http://shop.test/creator/payouts?stripe=return", { "accept-language": "ru-RU,ru;q=0.9" })).toEqual([
      302,
      "/ru/studio/money?stripe=return",
    ])
    expect(await visit("http://shop.test/creator/payouts?stripe=refresh")).toEqual([302, "/az/studio/money?stripe=refresh"])
  })

  it("the invite e-mail's link opens the invite page", async () => {
    expect(await visit("http://shop.test/studio/invites/accept?token=abc", { "accept-language": "en" })).toEqual([
      302,
      "/en/studio/invites/accept?token=abc",
    ])
  })
})
