/** FNV-1a: a stable 32-bit number from a string (a handle), to seed the generator below. */
export function hashString(text: string): number

export type Random = {
  /** a float in [0, 1) */
  next(): number
  /** an integer in [min, max] */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

/** mulberry32: small, fast and deterministic; the same seed gives the same sequence. */
export function createRandom(seed: number | string): Random
