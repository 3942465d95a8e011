// The benchmark's query mix, built deterministically from words of the catalogue itself:
// exact words (en/az/ru), one-typo words, two-word queries, and filter-only queries, each
// with text + 4 facets as a storefront's search page asks for them.

import { createRandom } from "@creative-market/random"

/** One edit a hurried buyer makes: a dropped, doubled or swapped letter, or a neighbour key. */
export function typo(word, rng) {
  const letters = [...word]
  const at = 1 + Math.floor(rng.next() * (letters.length - 2))
  switch (Math.floor(rng.next() * 3)) {
    case 0:
      letters.splice(at, 1)
      break
    case 1:
      letters.splice(at, 0, letters[at])
      break
    default:
      ;[letters[at], letters[at + 1]] = [letters[at + 1], letters[at]]
  }
  return letters.join("")
}

const FACETS = ["kind", "programme", "category_ids", { field: "price_azn", type: "stats" }]

/** `count` search bodies: 30% exact, 30% typo, 20% two words, 20% filters only. */
export function buildQueries(words, count, seed = 7) {
  const rng = createRandom(seed)
  const long = words.filter((word) => [...word].length >= 6)
  const queries = []
  for (let i = 0; i < count; i++) {
    const roll = rng.next()
    let kind
    let filters
    if (roll < 0.3) [kind, filters] = ["exact", { q: rng.pick(words) }]
    else if (roll < 0.6) [kind, filters] = ["typo", { q: typo(rng.pick(long), rng) }]
    else if (roll < 0.8) [kind, filters] = ["two words", { q: `${rng.pick(words)} ${rng.pick(words)}` }]
    else
      [kind, filters] = [
        "filters",
        { kind: rng.pick(["physical", "digital", "service"]), price_azn: { $lte: 50 + Math.floor(rng.next() * 2000) } },
      ]
    queries.push({ kind, body: { filters, pagination: { take: 20 }, search_options: { facets: FACETS, typo_tolerance: true } } })
  }
  return queries
}

/** Words of 4+ letters from the titles of the sampled documents, in every language. */
export function catalogueWords(documents) {
  const words = new Set()
  for (const doc of documents) {
    for (const field of ["title_en", "title_az", "title_ru"]) {
      for (const word of String(doc[field] ?? "")
        .toLowerCase()
        .split(/[^\p{L}]+/u))
        if ([...word].length >= 4) words.add(word)
    }
  }
  return [...words].sort()
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
