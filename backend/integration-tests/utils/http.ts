/** Axios options for a call whose refusal the test reads instead of throwing on it. */
export const ok = { validateStatus: () => true }

/** A price list of one AZN amount, as the creator API takes prices. */
export const azn = (amount: number) => [{ currency_code: "azn", amount }]

/** Polls `probe` every 100 ms until it returns a value (for effects of subscribers and jobs); 6 s at most. */
export async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 60; i++) {
    const value = await probe()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("timed out waiting")
}
