// Plugins do not import each other, so what their Admin extensions show alike lives here. `medusa
// plugin:build` leaves this package out of each plugin's bundle (it is a dependency); the backend's
// dashboard build (Vite) compiles it from this source together with the plugins' extensions.
export { DrawerActions } from "./drawer-actions"
export { errorMessage, formatDate, formatDateTime, formatMoney, titleCase, type BadgeColor } from "./format"
export { LoadState } from "./load-state"
export type { Page } from "./types"
