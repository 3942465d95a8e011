import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../../modules/export-listing"
import type ExportListingModuleService from "../../modules/export-listing/service"
import type { FeedFetchEntry } from "../../modules/export-listing/service"

/** how long a fetch waits in this process before its line is written, and how many wait at most */
const FLUSH_MS = 250
const MAX_PENDING = 500

type Log = { pending: FeedFetchEntry[]; timer?: NodeJS.Timeout; flushing: Promise<void> }

const logs = new WeakMap<ExportListingModuleService, Log>()

/**
 * The partners' fetch log, written in batches (ADR 044): a partner's request adds its line here and
 * is answered at once; the lines of the last quarter second go to the database in one statement,
 * with the time each request was answered. A process that stops loses at most that quarter second
 * of log; a log that cannot be written is reported, never the partner's error.
 */
export function recordFetch(container: MedusaContainer, entry: Omit<FeedFetchEntry, "created_at">) {
  const service = container.resolve<ExportListingModuleService>(EXPORT_LISTING_MODULE)
  let log = logs.get(service)
  if (!log) logs.set(service, (log = { pending: [], flushing: Promise.resolve() }))
  log.pending.push({ ...entry, created_at: new Date() })
  if (log.pending.length >= MAX_PENDING) void flushFetches(container)
  else log.timer ??= setTimeout(() => void flushFetches(container), FLUSH_MS).unref()
}

/** Writes this process's waiting lines now (the Admin's log page asks first, so it shows every fetch). */
export function flushFetches(container: MedusaContainer): Promise<void> {
  const service = container.resolve<ExportListingModuleService>(EXPORT_LISTING_MODULE)
  const log = logs.get(service)
  if (!log) return Promise.resolve()
  clearTimeout(log.timer)
  log.timer = undefined
  const lines = log.pending.splice(0)
  log.flushing = log.flushing.then(async () => {
    if (!lines.length) return
    try {
      await service.recordFeedFetches(lines)
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`${lines.length} feed fetch log lines not written: ${(error as Error).message}`)
    }
  })
  return log.flushing
}
