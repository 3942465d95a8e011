// Workflows other parts of the marketplace (the backend's seed, other plugins' hooks) may run.
export { assignProductsToCreatorWorkflow } from "./assign-products-to-creator"
export { createCreatorProductWorkflow } from "./create-creator-product"
export type { AssignProductsToCreatorInput } from "./assign-products-to-creator"
export { registerCreatorWorkflow } from "./register-creator"
export type { RegisterCreatorInput } from "./register-creator"
export { decideCreatorWorkflow } from "./decide-creator"
export { addDigitalAssetsWorkflow } from "./add-digital-assets"
export type { AddDigitalAssetsInput } from "./add-digital-assets"
