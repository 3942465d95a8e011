import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cloneDatabase } from "@creative-market/scripts/test-db"

type TestSuite = Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]

const backendDir = path.resolve(__dirname, "..", "..")

/**
 * medusaIntegrationTestRunner on a copy of the migrated template database: the file's app
 * boots in seconds instead of migrating. Within a file the runner restores the database
 * before each test, so every `it` starts from the state `beforeAll` left.
 */
export function medusaSuite(name: string, testSuite: TestSuite) {
  const dbName = `cm_test_${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${process.pid}`
  beforeAll(async () => {
    const server = {
      host: process.env.DB_HOST!,
      port: Number(process.env.DB_PORT),
      user: process.env.DB_USERNAME!,
      password: process.env.DB_PASSWORD ?? "",
    }
    await cloneDatabase(server, process.env.TEST_TEMPLATE_DB!, dbName)
  })
  return medusaIntegrationTestRunner({
    dbName,
    cwd: backendDir,
    testSuite: (options) => {
      beforeAll(() => {
        // an HTTP failure in a test should say what the server answered
        options.api.interceptors.response.use(undefined, (error: any) => {
          if (error.response)
            error.message += ` ${error.config?.method?.toUpperCase()} ${error.config?.url}: ${JSON.stringify(error.response.data)}`
          throw error
        })
      })
      testSuite(options)
    },
  })
}
