// Only used by `medusa plugin:build` and `medusa plugin:db:generate`; the app's config is backend/medusa-config.ts.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:3000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "plugin-build-only",
      cookieSecret: "plugin-build-only",
    },
  },
})
