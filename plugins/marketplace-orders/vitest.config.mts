import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    // the admin render tests use renderToString, which warns about every useLayoutEffect of the UI kit
    onConsoleLog: (log) => !log.includes("useLayoutEffect does nothing on the server"),
  },
})
