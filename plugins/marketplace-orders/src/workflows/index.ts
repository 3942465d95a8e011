export * from "./complete-split-cart"
export * from "./confirm-service"
export * from "./ship-creator-order"
