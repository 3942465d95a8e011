import os from "node:os"
import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    // Each integration file boots a whole Medusa app; two at a time fit two cores.
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["./integration-tests/setup/global-setup.mts"],
    setupFiles: ["./integration-tests/setup/worker-setup.ts"],
    env: {
      NODE_ENV: "test",
      MEDUSA_DISABLE_TELEMETRY: "true",
      ADMIN_DISABLED: "true",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
      // the tests' e-mails (.eml) stay out of the work tree; a test that reads them sets its own MAIL_DIR
      MAIL_DIR: path.join(os.tmpdir(), "creative-market-test-mail"),
    },
  },
})
