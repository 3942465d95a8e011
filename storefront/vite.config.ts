import { reactRouter } from "@react-router/dev/vite"
import tailwindcss from "@tailwindcss/vite"
import { defineConfig, type PluginOption } from "vite"

export default defineConfig({
  // @tailwindcss/vite is hoisted next to the admin's Vite 5, so its types name that copy; at run time it uses ours
  plugins: [tailwindcss() as unknown as PluginOption, reactRouter()],
  resolve: {
    alias: { "~": new URL("./app", import.meta.url).pathname },
    // hoisted libraries (@stripe/react-stripe-js) would otherwise find the root's React 18 (Medusa admin's)
    dedupe: ["react", "react-dom"],
  },
  server: { port: Number(process.env.STOREFRONT_DEV_PORT ?? 5173) },
  ssr: { external: ["sharp"] },
})
