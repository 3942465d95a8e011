// The types for `require()`: the plugins (CommonJS) load this ES module through Node's require(esm)
export { isPurchaseReceipt, purchaseReceipt } from "./index.js"
