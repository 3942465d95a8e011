import { env } from "~/env.server"

export function loader() {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /az/cart",
    "Disallow: /en/cart",
    "Disallow: /ru/cart",
    "Disallow: /*/checkout",
    "Disallow: /*/account",
    "Disallow: /*/orders/",
    `Sitemap: ${env.STOREFRONT_URL}/sitemap.xml`,
    "",
  ].join("\n")
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } })
}
