// The types for `require()`: the backend (CommonJS) loads this ES module through Node's require(esm)
export type * from "./index.js"
export { createRandom, hashString } from "./index.js"
