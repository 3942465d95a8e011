// Ports the commands read from the environment.
import { fail } from "./console.mjs"

/** The port in `name`, or `fallback` when unset; anything but 1–65535 stops the command with one sentence. */
export function portSetting(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const port = Number(raw)
  if (Number.isInteger(port) && port > 0 && port < 65536) return port
  fail(`${name}=${JSON.stringify(raw)} is not a port: use a whole number from 1 to 65535, or unset ${name} to use ${fallback}.`)
  process.exit(1)
}
