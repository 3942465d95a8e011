import { studioCommonAz } from "./common/az"
import { studioShopAz } from "./shop/az"
import { studioHomeAz } from "./home/az"
import { studioProductsAz } from "./products/az"
import { studioTeamAz } from "./team/az"
import { studioDeliveryAz } from "./delivery/az"
import { studioOrdersAz } from "./orders/az"
import { studioMoneyAz } from "./money/az"
import { studioBookingsAz } from "./bookings/az"
import { studioExportAz } from "./export/az"
import type { studioEn } from "./en"

export const studioAz: Record<keyof typeof studioEn, string> = {
  ...studioCommonAz,
  ...studioShopAz,
  ...studioHomeAz,
  ...studioProductsAz,
  ...studioTeamAz,
  ...studioDeliveryAz,
  ...studioOrdersAz,
  ...studioMoneyAz,
  ...studioBookingsAz,
  ...studioExportAz,
}
