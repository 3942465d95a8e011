import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pluginOptions } from "../options"
import { buildAllFeeds } from "./build"

let timer: NodeJS.Timeout | undefined
let building: Promise<unknown> | undefined
let again = false

/**
 * Asks for every partner's feed to be rebuilt soon: many events within the debounce window make one
 * build; events during a build make one more build after it. A debounce of 0 turns event-driven
 * builds off (the scheduled job and the Admin's "build now" remain).
 */
export function scheduleRebuild(container: MedusaContainer) {
  const wait = pluginOptions(container).rebuild_debounce_ms
  if (wait <= 0) return
  if (timer) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = undefined
    if (building) {
      again = true
      return
    }
    building = buildAllFeeds(container)
      .catch((error) => container.resolve(ContainerRegistrationKeys.LOGGER).error(`export feeds: rebuild failed: ${error.message}`))
      .finally(() => {
        building = undefined
        if (again) {
          again = false
          scheduleRebuild(container)
        }
      })
  }, wait)
  timer.unref()
}
