import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const ports = fileURLToPath(new URL("../ports.mjs", import.meta.url))

/** Runs portSetting in a child process, since a bad port ends the command. */
function portOf(value) {
  const script = `import(${JSON.stringify(ports)}).then(({ portSetting }) => console.log(portSetting("PORT", 9000)))`
  const env = { ...process.env, NO_COLOR: "1" }
  if (value === undefined) delete env.PORT
  else env.PORT = value
  const { status, stdout, stderr } = spawnSync(process.execPath, ["-e", script], { env, encoding: "utf8" })
  return { status, out: stdout.trim(), err: stderr.trim() }
}

describe("ports from the environment", () => {
  it("take the default when unset or empty, and a whole number in range", () => {
    expect(portOf(undefined).out).toBe("9000")
    expect(portOf("").out).toBe("9000")
    expect(portOf("9100").out).toBe("9100")
  })

  it("stop the command with one sentence for anything else", () => {
    for (const bad of ["abc", "0", "65536", "90.5", "-1"]) {
      const { status, out, err } = portOf(bad)
      expect([bad, status, out]).toEqual([bad, 1, ""])
      expect(err).toMatch(/PORT=".*" is not a port: use a whole number from 1 to 65535, or unset PORT to use 9000\./)
    }
  })
})
