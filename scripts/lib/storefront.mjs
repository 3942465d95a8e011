// Starting the storefront (storefront/): production server (storefront/server.mjs on the built app)
// or `react-router dev` with hot reload, with the backend URL and publishable key handed over.
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import path from "node:path"
import { root } from "./paths.mjs"

export const storefrontDir = path.join(root, "storefront")

function bin(name) {
  const candidates = [path.join(storefrontDir, "node_modules", ".bin", name), path.join(root, "node_modules", ".bin", name)]
  const found = candidates.find((file) => existsSync(file))
  if (!found) throw new Error(`${name} is missing: run \`npm install\` first.`)
  return found
}

/**
 * The storefront's environment: a session secret derived from the backend's cookie secret unless set;
 * Stripe's publishable key when given (the checkout then shows the Payment Element where regions offer Stripe).
 */
export function storefrontEnv({ port, backendUrl, publishableKey, cookieSecret, production, stripePublishableKey }) {
  return {
    ...process.env,
    NODE_ENV: production ? "production" : "development",
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${port}`,
    SESSION_SECRET: process.env.SESSION_SECRET ?? createHash("sha256").update(`storefront-session:${cookieSecret}`).digest("hex"),
    IMAGE_CACHE_DIR: process.env.IMAGE_CACHE_DIR ?? path.join(root, ".data", "storefront-images"),
    ...(stripePublishableKey ? { STRIPE_PUBLISHABLE_KEY: stripePublishableKey } : {}),
  }
}

/** Spawns the storefront; `dev` runs Vite with hot reload, otherwise the built server. */
export function spawnStorefront({ dev = false, env }) {
  const [command, args] = dev
    ? [bin("react-router"), ["dev", "--port", env.PORT, "--strictPort", "--host", "127.0.0.1"]]
    : [process.execPath, ["server.mjs"]]
  return spawn(command, args, { cwd: storefrontDir, env, stdio: ["ignore", "pipe", "pipe"] })
}

/** Resolves once the storefront answers on `port`, false when it exits or 60 s pass. */
export async function waitForStorefront(child, port) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) return false
    try {
      const response = await fetch(`http://127.0.0.1:${port}/robots.txt`)
      if (response.ok) return true
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
