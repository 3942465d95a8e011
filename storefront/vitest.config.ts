import { defineConfig } from "vitest/config"

const modules = new URL("./node_modules", import.meta.url).pathname

export default defineConfig({
  resolve: {
    // the root's React 18 (Medusa admin's) must not meet ours through hoisted test libraries
    alias: [
      { find: "~", replacement: new URL("./app", import.meta.url).pathname },
      { find: /^react-dom(\/.*)?$/, replacement: `${modules}/react-dom$1` },
      { find: /^react(\/.*)?$/, replacement: `${modules}/react$1` },
    ],
  },
  test: {
    environment: "happy-dom",
    include: ["app/**/*.test.{ts,tsx}"],
    setupFiles: ["app/test/messages.ts"],
    // hoisted to the root: run through Vite so the React alias above reaches its imports too
    server: { deps: { inline: ["@stripe/react-stripe-js"] } },
    // route modules import their loaders' server code: a test environment for env.server.ts
    env: { NODE_ENV: "test", MEDUSA_PUBLISHABLE_KEY: "pk_test", MEDUSA_BACKEND_URL: "http://backend.test" },
  },
})
