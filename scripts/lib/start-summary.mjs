// What `npm start` prints once the marketplace is up: where everything is and how to sign in.
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { bold, cyan, dim, green } from "./console.mjs"
import { dataDir, root } from "./paths.mjs"

/** The demo export partners' feed URLs and tokens (written by the seed), one line each. */
function exportPartners(url) {
  const file = path.join(dataDir, "export-partners.json")
  if (!existsSync(file)) return ""
  const { partners } = JSON.parse(readFileSync(file, "utf8"))
  return partners.map((p) => `\n  Feed           ${cyan(`${url}${p.path}`)}   ${p.name}, token ${bold(p.token)}`).join("")
}

/** Which payment provider the checkout uses: Stripe's Payment Element needs both keys. */
function payments(env) {
  if (env.STRIPE_API_KEY && env.STRIPE_PUBLISHABLE_KEY) return "Stripe (Payment Element) in every region"
  const missing = env.STRIPE_API_KEY ? "STRIPE_PUBLISHABLE_KEY" : env.STRIPE_PUBLISHABLE_KEY ? "STRIPE_API_KEY" : null
  return `Medusa's system provider${dim(missing ? `   (Stripe needs ${missing} too)` : "   (set STRIPE_API_KEY and STRIPE_PUBLISHABLE_KEY for Stripe)")}`
}

/** Where the marketplace's e-mails go: .eml files, an SMTP server (never its password), or both. */
function mailDestination(env) {
  const smtp = env.SMTP_URL ? `SMTP ${new URL(env.SMTP_URL).host}` : null
  const files = env.MAIL_DIR ? `.eml files in ${path.relative(root, env.MAIL_DIR) || env.MAIL_DIR}/` : null
  return [smtp, files].filter(Boolean).join(" and ") + (smtp ? "" : dim("   (set SMTP_URL to send them)"))
}

/** The ready banner: URLs, accounts, and which cache, payments, mail and feeds are in use. */
export function printReady({ started, url, storefrontPort, facts, admin, demoCreator, env }) {
  console.log(`
${green("✓")} ${bold("Creative Market is running")} ${dim(`(ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`)}

  Storefront     ${cyan(`http://localhost:${storefrontPort}`)}   ${dim("(az, en, ru)")}
  Studio         ${cyan(`http://localhost:${storefrontPort}/az/studio`)}${demoCreator ? `   ${bold(demoCreator.email)} / ${bold(demoCreator.password)}` : ""}
  Store API      ${cyan(`${url}/store`)}${facts.publishable_key ? `   publishable key ${bold(facts.publishable_key)}` : ""}
  Admin          ${cyan(`${url}/app`)}   ${bold(admin.email)} / ${bold(admin.password)}
  Store cache    ${/^(false|0)$/.test(process.env.STORE_API_CACHE ?? "") ? "off (STORE_API_CACHE)" : `on: Medusa's Caching Module, ${process.env.REDIS_URL ? "Redis" : "in memory"}`}
  Payments       ${payments(env)}
  Mail           ${mailDestination(env)}
  Health         ${cyan(`${url}/health`)}${exportPartners(url)}
  Try            curl -H "x-publishable-api-key: ${facts.publishable_key ?? "<key>"}" "${url}/store/products?locale=az&limit=3"

  Press Ctrl-C to stop; data stays in .data/ for the next start.
`)
}
