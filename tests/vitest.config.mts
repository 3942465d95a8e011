import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    env: { MEDUSA_DISABLE_TELEMETRY: "true" },
  },
})
