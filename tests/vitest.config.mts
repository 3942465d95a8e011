import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { MEDUSA_DISABLE_TELEMETRY: "true" },
  },
})
