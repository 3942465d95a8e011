export const INCOTERMS = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"] as const
export type Incoterm = (typeof INCOTERMS)[number]

export const FEED_FORMATS = ["google-xml", "meta-csv", "json"] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

export const ITEM_KINDS = ["physical", "digital", "service"] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const HS_EDITIONS = ["HS2022"] as const

export const SNAPSHOT_STATUSES = ["published", "held", "failed"] as const
