import type { ICachingModuleService, IEventBusModuleService, Logger } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Catalogue events after which the whole Store API cache is cleared. Medusa's Caching Module
 * (2.21.2) tags an entry with the entities its answer contains, so two kinds of entry carry no
 * tags and outlive the writes that make them wrong until their TTL:
 * - an empty answer (a product page right after an unpublish, a suspended shop's page): the
 *   product that is published again, or the shop approved again, is not in it;
 * - the translations `applyTranslations` reads: cached without their ids.
 * Every product write already clears every cached product list by tag, so a full clear on
 * catalogue writes (rare next to reads) costs little more. Carts, orders, customers and stock
 * reservations never flush.
 */
const CATALOGUE_EVENTS = [
  "product.",
  "product-variant.",
  "product-option.",
  "product-category.",
  "product-collection.",
  "product-tag.",
  "product-type.",
  "region.",
  "sales-channel.",
  "translation.",
  "creator.",
  "listing.",
]

export const flushesStoreCache = (eventName: string) => CATALOGUE_EVENTS.some((prefix) => eventName.startsWith(prefix))

type InjectedDependencies = { [Modules.EVENT_BUS]: IEventBusModuleService; logger: Logger }

/**
 * Clears the Store API cache where Medusa's own invalidation falls short (docs/decisions/008).
 * It intercepts events in the process that emits them, before they are queued, as Medusa's own
 * strategy does: the clear is under way before the writing request answers, in every profile.
 */
export default class StoreCacheService {
  protected readonly eventBus: IEventBusModuleService
  protected readonly logger: Logger
  protected readonly container: InjectedDependencies

  __hooks = { onApplicationStart: async () => this.listen() }

  constructor(container: InjectedDependencies) {
    this.container = container
    this.eventBus = container[Modules.EVENT_BUS]
    this.logger = container.logger
  }

  protected caching(): ICachingModuleService | undefined {
    try {
      return (this.container as any)[Modules.CACHING]
    } catch {
      return undefined
    }
  }

  protected listen() {
    const caching = this.caching()
    if (!caching || !this.eventBus.addInterceptor) return
    this.eventBus.addInterceptor(async (message: { name: string }) => {
      if (flushesStoreCache(message.name)) await this.flush(caching)
    })
  }

  private flushing: Promise<void> | null = null
  private flushAgain = false

  /** One clear at a time; events during a clear make one more, so nothing cached meanwhile survives. */
  protected flush(caching: ICachingModuleService): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true
      return this.flushing
    }
    this.flushing = (async () => {
      do {
        this.flushAgain = false
        await caching.clear({ tags: ["*"] }).catch((error: Error) => this.logger.warn(`store cache: could not clear (${error.message})`))
      } while (this.flushAgain)
    })().finally(() => {
      this.flushing = null
    })
    return this.flushing
  }
}
