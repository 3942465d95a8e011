/**
 * Turns for the CPU-bound part of checkouts in this process (docs/decisions/042). A checkout that
 * holds its reservation waits for a turn before its cart read and writes, so a burst of winners is
 * served a few at a time, in order, instead of all of them sharing the CPU and finishing together
 * at the end. It pauses its turn while the payment provider authorises (a network wait for Stripe)
 * and comes back ahead of checkouts that have not started. Work a purchase triggers that can wait
 * (the placed-order e-mails) waits until no checkout is under way. In memory on purpose: it shares
 * out one process's CPU; the stock's truth stays the reservation in the database.
 */
export class CheckoutTurns {
  private readonly held = new Set<string>()
  private readonly paused = new Set<string>()
  private readonly queue: { token: string; start: () => void }[] = []
  private settled: (() => void)[] = []
  private readonly leases = new Map<string, NodeJS.Timeout>()

  /**
   * `leaseMs`: a turn held longer than this is taken back and the next checkout served (a checkout
   * stuck on its database or a lost compensation must not stop every other checkout of the process;
   * the turn only orders CPU work, so taking it back endangers nothing).
   */
  constructor(
    private readonly turns: number,
    private readonly leaseMs = 30_000,
  ) {}

  /** Resolves once `token` holds a turn; a paused checkout is served before new ones. */
  async take(token: string): Promise<void> {
    if (this.held.has(token) || this.queue.some((q) => q.token === token)) return
    const returning = this.paused.delete(token)
    if (this.held.size < this.turns) {
      this.hold(token)
      return
    }
    await new Promise<void>((start) => (returning ? this.queue.unshift({ token, start }) : this.queue.push({ token, start })))
  }

  /** Lends the turn to the next checkout while this one waits on something else (it stays under way). */
  pause(token: string): void {
    if (!this.release(token)) return
    this.paused.add(token)
    this.next()
  }

  /** Gives the turn back (or leaves the queue); giving back a turn not held changes nothing. */
  give(token: string): void {
    const queued = this.queue.findIndex((q) => q.token === token)
    if (queued >= 0) this.queue.splice(queued, 1)
    if (this.release(token)) this.next()
    this.paused.delete(token)
    if (this.busy()) return
    const waiting = this.settled
    this.settled = []
    for (const resolve of waiting) resolve()
  }

  /** Whether a checkout holds, awaits or paused a turn. */
  busy(): boolean {
    return this.held.size > 0 || this.paused.size > 0 || this.queue.length > 0
  }

  /** Resolves when no checkout is under way, or after `atMostMs` (deferred work is never starved). */
  async settle(atMostMs: number): Promise<void> {
    if (!this.busy()) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, atMostMs)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.settled.push(done)
    })
  }

  private hold(token: string) {
    this.held.add(token)
    this.leases.set(
      token,
      setTimeout(() => this.give(token), this.leaseMs),
    )
    this.leases.get(token)!.unref?.()
  }

  private release(token: string): boolean {
    clearTimeout(this.leases.get(token))
    this.leases.delete(token)
    return this.held.delete(token)
  }

  private next() {
    const next = this.queue.shift()
    if (!next) return
    this.hold(next.token)
    next.start()
  }
}

/** One checkout at a time on the CPU: measured best on two cores (docs/decisions/042). */
export const CHECKOUT_TURNS = 1

/** The process's turns, shared by the split checkout and the subscribers that wait for it. */
export const checkoutTurns = new CheckoutTurns(CHECKOUT_TURNS)

/** The longest placed-order work waits for checkouts under way: it is delayed, never starved. */
export const SETTLE_AT_MOST_MS = 10_000

/** Resolves once no checkout is under way in this process (at most SETTLE_AT_MOST_MS). */
export const checkoutsSettled = () => checkoutTurns.settle(SETTLE_AT_MOST_MS)
