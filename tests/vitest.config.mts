import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 240_000,
    // the scale-out test and the browser e2e each start whole backends: one at a time on two cores
    fileParallelism: false,
    hookTimeout: 240_000,
    env: { MEDUSA_DISABLE_TELEMETRY: "true" },
  },
})
