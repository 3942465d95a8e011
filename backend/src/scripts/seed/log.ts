import type { Logger } from "@medusajs/framework/types"

/** `npm start` shows the user every log line that contains `seed:`. */
export type SeedLog = (message: string) => void

export function seedLog(logger: Logger): SeedLog {
  return (message) => logger.info(`seed: ${message}`)
}
