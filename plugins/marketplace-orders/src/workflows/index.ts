export * from "./complete-split-cart"
