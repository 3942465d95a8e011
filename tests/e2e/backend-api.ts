// Calls to the e2e backend that a browser test needs around the pages: the operator and the demo
// creator accounts made with Medusa's own CLI (as `npm start` does) and JSON calls with a bearer token.
import { spawn } from "node:child_process"
// @ts-expect-error plain ESM without types
import { backendBuildDir, medusaBin } from "@creative-market/scripts/paths"
// @ts-expect-error plain ESM without types
import { databaseUrl, testDatabaseServer } from "@creative-market/scripts/test-db"

/** A Medusa CLI command on the e2e database (the backend keeps running meanwhile). */
async function runMedusa(args: string[], extraEnv: Record<string, string> = {}) {
  const server = await testDatabaseServer()
  const env = {
    ...process.env,
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    DATABASE_URL: databaseUrl(server, "cm_e2e_run"),
    JWT_SECRET: "e2e",
    COOKIE_SECRET: "e2e",
    ...extraEnv,
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: backendBuildDir, env, stdio: "pipe" })
    let output = ""
    child.stdout!.on("data", (chunk) => (output += chunk))
    child.stderr!.on("data", (chunk) => (output += chunk))
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} failed:\n${output.slice(-2000)}`))))
  })
}

export async function createOperator(operator: { email: string; password: string }) {
  await runMedusa(["user", "-e", operator.email, "-p", operator.password])
}

/** The demo shop's owner account, as `npm start` makes it: the seed again, with the password to give it. */
export async function createDemoCreator(password: string) {
  await runMedusa(["exec", "./src/scripts/seed/index.js"], { DEMO_CREATOR_PASSWORD: password })
  return { email: "demo-creator@creative-market.az", password }
}

/** A JSON call to the backend; a non-2xx answer throws with its body. */
export function backendApi(baseUrl: string, publishableKey?: string) {
  return async <T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? (init.body ? "POST" : "GET"),
      headers: {
        "content-type": "application/json",
        ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response.json() as Promise<T>
  }
}

/**
 * A new shop (`name` + `stamp` as its handle) approved by `operator`, its owner signed in through
 * the creator API: the token, the owner's sign-in, the operator's token and the shop's id.
 */
export async function approvedShop(
  api: ReturnType<typeof backendApi>,
  operator: { email: string; password: string },
  name: string,
  stamp: string,
  programme = "music",
) {
  const email = `${name}-${stamp}@example.az`
  const password = "ipek-yolu-xalca-2026"
  const { token: registration } = await api<{ token: string }>("/auth/creator/emailpass/register", { body: { email, password } })
  const { creator } = await api<{ creator: { id: string } }>("/creator/signup", {
    token: registration,
    body: {
      member: { name: "Owner" },
      shop: {
        name: `${name[0]!.toUpperCase()}${name.slice(1)} ${stamp}`,
        handle: `${name}-${stamp}`,
        programme,
        legal_type: "individual",
        email,
      },
    },
  })
  const { token: adminToken } = await api<{ token: string }>("/auth/user/emailpass", { body: operator })
  await api(`/admin/creators/${creator.id}/approve`, { token: adminToken, body: {} })
  const { token } = await api<{ token: string }>("/auth/creator/emailpass", { body: { email, password } })
  return { token, email, password, adminToken, creatorId: creator.id }
}
