import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // The live Meilisearch suite waits on real indexing tasks.
    testTimeout: 60_000,
  },
})
