// Runs Medusa CLI commands against the built backend, keeping their output readable.
import { spawn } from "node:child_process"
import { pipeLines } from "./console.mjs"
import { backendBuildDir, medusaBin } from "./paths.mjs"

export class ConfigurationError extends Error {}

/**
 * Runs `medusa <args>`; resolves with its output. `quiet` keeps the output back unless the
 * command fails, `onLine` sees every line (for progress).
 */
export function runMedusa(args, { env, cwd = backendBuildDir, quiet = false, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    const lines = []
    const write = (line) => {
      lines.push(line)
      onLine?.(line)
      if (!quiet) console.log(line)
    }
    pipeLines(child.stdout, write)
    pipeLines(child.stderr, write)
    child.on("error", reject)
    child.on("close", (code) => {
      if (code === 0) return resolve(lines.join("\n"))
      // backend/src/env.ts explains a bad configuration in one sentence: pass that on alone
      const configuration = lines.find((line) => line.startsWith("Configuration error: "))
      if (configuration) return reject(new ConfigurationError(configuration.replace("Configuration error: ", "")))
      if (quiet) console.error(lines.slice(-40).join("\n"))
      reject(new Error(`\`medusa ${args.join(" ")}\` exited with code ${code}`))
    })
  })
}
