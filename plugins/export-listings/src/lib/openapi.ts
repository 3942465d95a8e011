/** The partner API, as partners read it (served at /partner/v1/openapi.json; checked against real answers in tests). */
const money = {
  type: "object",
  required: ["amount", "currency"],
  properties: { amount: { type: "string", pattern: "^\\d+\\.\\d{2}$" }, currency: { type: "string", pattern: "^[A-Z]{3}$" } },
  additionalProperties: false,
}

const item = {
  type: "object",
  required: [
    "id",
    "deleted",
    "updated_at",
    "kind",
    "title",
    "description",
    "link",
    "image_link",
    "availability",
    "price",
    "condition",
    "brand",
    "seller_id",
  ],
  properties: {
    id: { type: "string" },
    deleted: { const: false },
    updated_at: { type: "string", format: "date-time" },
    item_group_id: { type: ["string", "null"] },
    product_id: { type: "string" },
    kind: { enum: ["physical", "digital", "service"] },
    title: { type: "string", maxLength: 500 },
    description: { type: "string" },
    link: { type: "string", format: "uri" },
    image_link: { type: "string", format: "uri" },
    additional_image_links: { type: "array", items: { type: "string", format: "uri" } },
    availability: { enum: ["in_stock", "out_of_stock"] },
    price: money,
    condition: { enum: ["new"] },
    brand: { type: "string" },
    seller_id: { type: "string", pattern: "^[0-9a-zA-Z.~_-]{1,50}$" },
    gtin: { type: ["string", "null"] },
    product_type: { type: ["string", "null"] },
    material: { type: ["string", "null"] },
    origin_country: { type: ["string", "null"], pattern: "^[A-Z]{2}$" },
    hs_code: { type: ["string", "null"], pattern: "^\\d{6}$" },
    shipping_weight: {
      oneOf: [
        { type: "null" },
        {
          type: "object",
          required: ["value", "unit"],
          properties: { value: { type: "number" }, unit: { const: "g" } },
          additionalProperties: false,
        },
      ],
    },
    ships_from_country: { const: "AZ" },
  },
  additionalProperties: false,
}

const tombstone = {
  type: "object",
  required: ["id", "deleted", "updated_at"],
  properties: { id: { type: "string" }, deleted: { const: true }, updated_at: { type: "string", format: "date-time" } },
  additionalProperties: false,
}

const error = { type: "object", required: ["message"], properties: { type: { type: "string" }, message: { type: "string" } } }

const auth = [{ bearer: [] }, { basic: [] }]

export const PARTNER_OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Creative Market partner API",
    version: "1.0.0",
    description: "Catalogue feeds of export-ready listings for export partners.",
  },
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "The partner's token" },
      basic: { type: "http", scheme: "basic", description: "User: the partner id; password: the partner's token" },
    },
    schemas: { Item: item, Tombstone: tombstone, Money: money, Error: error },
  },
  paths: {
    "/partner/v1/items": {
      get: {
        summary: "Items changed since a date (JSON partners), oldest change first, with tombstones for withdrawn items",
        security: auth,
        parameters: [
          { name: "updated_since", in: "query", schema: { type: "string", format: "date-time" } },
          { name: "cursor", in: "query", schema: { type: "string" }, description: "next_cursor of the previous page" },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 } },
          { name: "If-None-Match", in: "header", schema: { type: "string" } },
          { name: "If-Modified-Since", in: "header", schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: 'A page of changes (gzip-encoded when Accept-Encoding allows it); `Link: <…>; rel="next"` while there is more',
            headers: {
              Link: { schema: { type: "string" } },
              ETag: { schema: { type: "string" }, description: "Strong; the gzip copy's ends in -gz" },
              "Last-Modified": { schema: { type: "string" }, description: "The page's newest change (absent on an empty page)" },
            },
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items", "next_cursor"],
                  properties: {
                    items: {
                      type: "array",
                      items: { oneOf: [{ $ref: "#/components/schemas/Item" }, { $ref: "#/components/schemas/Tombstone" }] },
                    },
                    next_cursor: { type: ["string", "null"] },
                  },
                  additionalProperties: false,
                },
              },
            },
          },
          "304": { description: "The partner already has this page" },
          "400": {
            description: "Malformed cursor, date or limit",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "401": {
            description: "No, invalid, revoked or another partner's token",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "429": { description: "Past the partner's rate limit", headers: { "Retry-After": { schema: { type: "integer" } } } },
        },
      },
    },
    "/feeds/{partner_id}/{file}": {
      get: {
        summary: "The partner's current snapshot: feed.xml (Google), feed.csv (Meta) or feed.jsonl (JSON), and .gz of each",
        security: auth,
        parameters: [
          { name: "partner_id", in: "path", required: true, schema: { type: "string" } },
          {
            name: "file",
            in: "path",
            required: true,
            schema: { enum: ["feed.xml", "feed.xml.gz", "feed.csv", "feed.csv.gz", "feed.jsonl", "feed.jsonl.gz"] },
          },
          { name: "If-None-Match", in: "header", schema: { type: "string" } },
          { name: "If-Modified-Since", in: "header", schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "The snapshot (gzip-encoded when Accept-Encoding allows it)",
            headers: { ETag: { schema: { type: "string" } }, "Last-Modified": { schema: { type: "string" } } },
            content: { "application/xml": {}, "text/csv": {}, "application/x-ndjson": {}, "application/gzip": {} },
          },
          "304": { description: "The partner already has this snapshot" },
          "401": {
            description: "No, invalid, revoked or another partner's token",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "429": { description: "Past the partner's rate limit", headers: { "Retry-After": { schema: { type: "integer" } } } },
          "503": { description: "No snapshot built yet", headers: { "Retry-After": { schema: { type: "integer" } } } },
        },
      },
    },
  },
} as const
