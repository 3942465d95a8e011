/** Export data of the demo catalogue: an HS 2022 code and a customs description per category. */
export const EXPORT_BY_CATEGORY: Record<string, { hs_code: string; customs: string }> = {
  carpets: { hs_code: "570110", customs: "Hand-knotted wool carpet" },
  kelagayi: { hs_code: "621410", customs: "Silk headscarf (kelagayi)" },
  ceramics: { hs_code: "691200", customs: "Ceramic tableware, handmade" },
  "lahij-copperware": { hs_code: "741810", customs: "Copper household article, hand-hammered" },
  "miniature-paintings": { hs_code: "970191", customs: "Painting executed by hand" },
  prints: { hs_code: "491191", customs: "Printed picture (art print)" },
  "vinyl-and-cds": { hs_code: "852380", customs: "Recorded music media" },
}

/** Demo partners (their tokens and feed URLs are written to .data/export-partners.json). */
export const DEMO_PARTNERS = [
  {
    name: "Google Shopping DE (demo)",
    format: "google-xml" as const,
    market_country: "DE",
    language: "en",
    currency: "eur",
    allowed_kinds: ["physical"],
    postal: true,
  },
  {
    name: "Trade desk US (demo)",
    format: "json" as const,
    market_country: "US",
    language: "en",
    currency: "usd",
    allowed_kinds: ["physical", "digital", "service"],
    postal: false,
  },
]
