import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const backendBuildDir = path.join(root, "backend", ".medusa", "server")
const medusa = path.join(root, "node_modules", ".bin", "medusa")

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Runs a Medusa CLI command in the built backend to completion. */
export function runMedusa(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(medusa, args, { cwd: backendBuildDir, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout!.on("data", (chunk) => (output += chunk))
    child.stderr!.on("data", (chunk) => (output += chunk))
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} failed:\n${output.slice(-3000)}`)),
    )
  })
}

export type MedusaProcess = { child: ChildProcess; log: () => string; stop: () => Promise<void> }

/** Starts `medusa start` (server or worker, by MEDUSA_WORKER_MODE in env). */
export function startMedusa(env: NodeJS.ProcessEnv): MedusaProcess {
  const child = spawn(medusa, ["start"], { cwd: backendBuildDir, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  return {
    child,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
        child.once("exit", () => (clearTimeout(timer), resolve()))
        child.kill("SIGTERM")
      }),
  }
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const value = await probe()
      if (value) return value
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`timed out waiting for ${what}`)
}
