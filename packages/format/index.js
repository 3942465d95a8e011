// Money, dates and times written out per language rather than taken from the runtime's Intl
// locale data: not every runtime carries Azerbaijani (Debian's Chromium does not), a server/browser
// difference breaks a page's hydration, and an e-mail must read the same wherever it was built.
// Intl is used only for numbers and time-zone arithmetic, which every runtime has.

const SEPARATORS = {
  az: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
  ru: { group: "\u00a0", decimal: "," },
}
const SYMBOLS = { azn: "AZN", eur: "€", usd: "$" }
const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

export function formatMoney(amount, currency, locale) {
  if (amount === null || amount === undefined || amount === "") return ""
  const { group, decimal } = SEPARATORS[locale]
  const digits = twoDecimals
    .format(Number(amount))
    .replace(/[,.]/g, (c) => (c === "," ? "\u0000" : decimal))
    .replace(/\u0000/g, group)
  const code = currency.toLowerCase()
  const symbol = SYMBOLS[code] ?? currency.toUpperCase()
  if (locale === "en") {
    // English puts the minus before the currency (-AZN 140.00, -€5.00); az and ru start with the number anyway
    const sign = digits.startsWith("-") ? "-" : ""
    const unsigned = sign ? digits.slice(1) : digits
    return code === "azn" ? `${sign}AZN ${unsigned}` : `${sign}${symbol}${unsigned}`
  }
  return `${digits}\u00a0${symbol}`
}

export const MONTHS = {
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

const clocks = new Map()
/** One formatter per time zone: building one is far dearer than using it. */
function clockIn(timeZone) {
  let clock = clocks.get(timeZone)
  if (!clock) {
    const options = { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
    clock = new Intl.DateTimeFormat("en-US", options)
    clocks.set(timeZone, clock)
  }
  return clock
}

export function wallClock(at, timeZone = "UTC") {
  const parts = clockIn(timeZone).formatToParts(new Date(at))
  const part = (type) => parts.find((p) => p.type === type)?.value ?? ""
  return { year: part("year"), month: Number(part("month")), day: part("day"), time: `${part("hour")}:${part("minute")}` }
}

export function formatDate(value, locale, timeZone = "UTC") {
  const { year, month, day } = wallClock(value, timeZone)
  const text = `${day} ${MONTHS[locale][month - 1]} ${year}`
  return locale === "ru" ? `${text} г.` : text
}

export function formatSlotRange(start, end, locale, timeZone) {
  const from = wallClock(start, timeZone)
  const to = wallClock(end, timeZone)
  const sameDay = formatDate(start, locale, timeZone) === formatDate(end, locale, timeZone)
  const until = sameDay ? to.time : `${formatDate(end, locale, timeZone)}, ${to.time}`
  return `${formatDate(start, locale, timeZone)}, ${from.time}–${until} (${timeZone})`
}
