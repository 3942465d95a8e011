import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    // moduleIntegrationTestRunner registers its hooks with the global describe/beforeEach
    globals: true,
    pool: "forks",
    hookTimeout: 120_000,
    globalSetup: ["./vitest.global-setup.mts"],
    setupFiles: ["./vitest.setup.ts"],
    // the admin render tests use renderToString, which warns about every useLayoutEffect of the UI kit
    onConsoleLog: (log) => !log.includes("useLayoutEffect does nothing on the server"),
  },
})
