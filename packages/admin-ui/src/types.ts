/** The paging fields of every Medusa list response. */
export type Page = { count: number; limit: number; offset: number }
