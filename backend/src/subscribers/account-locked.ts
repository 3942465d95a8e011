import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type AccountLocked = {
  email: string
  reason: "too_many_failures_from_all_addresses" | "repeated_lockouts"
  lockouts_in_24h: number
  last_address: string
  locked_minutes: number
}

/** Tells the operators, in the admin's notification feed, that someone keeps failing to sign in to an account. */
export default async function accountLocked({ event: { data }, container }: SubscriberArgs<AccountLocked>) {
  const why =
    data.reason === "repeated_lockouts"
      ? `has been locked ${data.lockouts_in_24h} times in 24 hours`
      : "is locked for every address after too many failed sign-ins"
  const description = `The account ${data.email} ${why} (last attempt from ${data.last_address}); sign-in reopens in about ${data.locked_minutes} minutes. If its owner did not cause this, someone may be guessing its password.`
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`auth.account_locked: ${description}`)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: "",
    channel: "feed",
    template: "admin-ui",
    data: { title: "Account locked after failed sign-ins", description },
  })
}

export const config: SubscriberConfig = { event: "auth.account_locked" }
