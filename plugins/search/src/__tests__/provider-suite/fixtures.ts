import type { SearchTypes } from "@medusajs/framework/types"

/** A small az/en/ru marketplace catalogue; each test names the ids it expects. */
export const FIELDS: Record<string, SearchTypes.SearchFieldDefinition> = {
  id: { type: "keyword", filterable: true },
  title: { type: "text", searchable: { weight: 5 } },
  description: { type: "text", searchable: { weight: 1 } },
  brand: { type: "keyword", searchable: { weight: 3 }, filterable: true, facetable: true, sortable: true },
  tags: { type: "keyword", array: true, filterable: true, facetable: true },
  price: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
  rating: { type: "integer", filterable: true, sortable: true },
  in_stock: { type: "boolean", filterable: true, facetable: true },
  created_at: { type: "date", filterable: true, sortable: true },
  seller: {
    type: "object",
    fields: { id: { type: "keyword", filterable: true, facetable: true }, name: { type: "text", searchable: { weight: 2 } } },
  },
  // Typos are disabled on it below; its own weight class lets the embedded provider tell its words apart.
  sku: { type: "keyword", searchable: { weight: 1.5 } },
}

export const RETRIEVABLE = ["id", "title", "description", "brand", "tags", "price", "rating", "in_stock", "created_at", "seller.id", "seller.name", "sku"]

export function suiteDefinition(physicalName: string, provider: string): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: physicalName,
    entity: "product",
    primary_key: "id",
    provider,
    fields: FIELDS,
    settings: { typo_tolerance: { enabled: true, disabled_on_attributes: ["sku"] } },
    definition_hash: `suite-${physicalName}`,
    physical_name: physicalName,
    seed: async function* () {},
  }
}

const doc = (id: string, title: string, description: string, brand: string, tags: string[], price: number, rating: number | undefined, in_stock: boolean, created_at: string, seller: [string, string], sku: string) => ({
  id, title, description, brand, tags, price, ...(rating === undefined ? {} : { rating }), in_stock, created_at, seller: { id: seller[0], name: seller[1] }, sku,
})

export const DOCUMENTS = [
  doc("p_carpet_red", "Red wool carpet", "Hand-knotted carpet from Quba, natural dyes", "Quba Weavers", ["carpet", "wool", "handmade"], 450, 5, true, "2026-01-10T10:00:00.000Z", ["s_quba", "Quba Weavers Guild"], "QW-001"),
  doc("p_xalca", "Qırmızı yun xalça", "Əl toxunması Quba xalçası", "Quba Weavers", ["carpet", "wool"], 380, 4, true, "2026-02-01T10:00:00.000Z", ["s_quba", "Quba Weavers Guild"], "QW-002"),
  doc("p_kelagayi", "İpək kəlağayı", "Şəki ipəyindən əl işi kəlağayı", "Şəki İpək", ["silk", "scarf"], 120, 5, true, "2026-03-05T10:00:00.000Z", ["s_seki", "Şəki İpək Evi"], "SI-010"),
  doc("p_kover", "Шерстяной ковёр ручной работы", "Ковёр из Дагестана, натуральная шерсть", "Дербент", ["carpet", "wool"], 300, 3, false, "2026-03-20T10:00:00.000Z", ["s_derbent", "Дербентские мастера"], "DB-100"),
  doc("p_vinyl", "Mugham vinyl record", "Live recording of classical mugham", "Baku Sound", ["music", "vinyl"], 35, 4, true, "2026-04-02T10:00:00.000Z", ["s_baku", "Baku Sound Records"], "BS-7"),
  doc("p_copper", "Lahij copper tray", "Hand-hammered copper from Lahij", "Lahij Masters", ["copper", "handmade"], 90, 5, false, "2026-04-15T10:00:00.000Z", ["s_lahij", "Lahij Masters"], "lahijtray"),
  doc("p_samples", "Tar sample pack", "Three hundred tar samples for producers", "Baku Sound", ["music", "digital"], 15, 2, true, "2026-05-01T10:00:00.000Z", ["s_baku", "Baku Sound Records"], "BS-8"),
  doc("p_quote", "Glazed ceramic bowl", "Stoneware bowl", `O'Brien "Studio"`, ["ceramics"], 60, 3, true, "2026-05-12T10:00:00.000Z", ["s_obrien", "O'Brien Studio"], "OB-1"),
  doc("p_runner", "Blue carpet runner", "Narrow runner for hallways", "Gəncə Xalça", ["carpet"], 200, 4, true, "2026-06-01T10:00:00.000Z", ["s_ganja", "Gəncə Xalça Evi"], "GX-3"),
  doc("p_scarf", "Silk scarf", "Silk from Shaki", "Şəki İpək", ["silk", "scarf"], 80, 4, true, "2026-06-15T10:00:00.000Z", ["s_seki", "Şəki İpək Evi"], "SI-011"),
  doc("p_font", "Azeri display font", "Typeface family for posters and record sleeves", "Type Lab", ["digital", "font"], 25, 3, true, "2026-07-01T10:00:00.000Z", ["s_type", "Type Lab"], "TL-2"),
  doc("p_class", "Ceramics masterclass", "Two hour pottery class in Baku", "Clay House", ["service", "ceramics"], 70, undefined, true, "2026-07-20T10:00:00.000Z", ["s_clay", "Clay House"], "CH-9"),
]

/**
 * One-way synonyms, the same map for both engines, each under its own key of
 * `provider_options` (each provider reads its own and ignores the other's).
 * No key folds to another, so Meilisearch's normalisation (lower case,
 * diacritics, ё→е) and the embedded fold read them alike.
 */
export const SYNONYMS: Record<string, string[]> = {
  carpet: ["rug", "xalça", "ковёр"],
  "xalça": ["carpet", "rug", "ковёр"],
  "ковёр": ["carpet", "rug", "xalça"],
  "sample pack": ["loops"],
  loops: ["sample pack"],
}

export function synonymDefinition(physicalName: string, provider: string, synonyms: unknown = SYNONYMS): SearchTypes.ResolvedSearchIndexDefinition {
  const base = suiteDefinition(physicalName, provider)
  return {
    ...base,
    settings: { ...base.settings, provider_options: { embedded: { synonyms }, meilisearch: { synonyms } } },
    definition_hash: `suite-synonyms-${physicalName}`,
  }
}

/** Words in their own index, so the main catalogue's counts stay as they are. */
export const SYNONYM_DOCUMENTS = [
  doc("s_qarabag", "Qarabağ xalçası", "Yun xalça, əl işi", "Şuşa Ustaları", ["carpet"], 900, 5, true, "2026-01-05T10:00:00.000Z", ["s_susa", "Şuşa Ustaları"], "SU-1"),
  doc("s_rug", "Wool rug", "Flatweave rug for hallways", "Lankaran Looms", ["carpet"], 150, 4, true, "2026-01-06T10:00:00.000Z", ["s_lankaran", "Lankaran Looms"], "LL-1"),
  doc("s_kover", "Шерстяной ковёр", "Ковёр ручной работы", "Дербент", ["carpet"], 300, 3, true, "2026-01-07T10:00:00.000Z", ["s_derbent", "Дербентские мастера"], "DB-2"),
  doc("s_pack", "Tar sample pack", "Recorded in Baku", "Baku Sound", ["music"], 15, 4, true, "2026-01-08T10:00:00.000Z", ["s_baku", "Baku Sound Records"], "BS-9"),
  doc("s_loops", "Drum loops", "One-shot drum loops for producers", "Beat Lab", ["music"], 12, 4, true, "2026-01-09T10:00:00.000Z", ["s_beat", "Beat Lab"], "BL-1"),
  doc("s_cards", "Pack of sample cards", "Paper swatches for printers", "Print House", ["paper"], 8, 3, true, "2026-01-10T10:00:00.000Z", ["s_print", "Print House"], "PH-1"),
  doc("s_tray", "Lahij copper tray", "Hand-hammered copper", "Lahij Masters", ["copper"], 90, 5, true, "2026-01-11T10:00:00.000Z", ["s_lahij", "Lahij Masters"], "LM-1"),
]
