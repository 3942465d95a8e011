/** The studio's fixed choices (no zod here: components import these into the browser bundle). */
export const STUDIO_LOCALES = ["en", "az", "ru"] as const
export const CURRENCY_CODES = ["azn", "eur", "usd"] as const
export const PROGRAMMES = ["music", "gametech", "cultech", "crafts", "other"] as const
export const KINDS = ["physical", "digital", "service"] as const
