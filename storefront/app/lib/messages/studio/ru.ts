import { studioCommonRu } from "./common/ru"
import { studioShopRu } from "./shop/ru"
import { studioHomeRu } from "./home/ru"
import { studioProductsRu } from "./products/ru"
import { studioTeamRu } from "./team/ru"
import { studioDeliveryRu } from "./delivery/ru"
import { studioOrdersRu } from "./orders/ru"
import { studioMoneyRu } from "./money/ru"
import { studioBookingsRu } from "./bookings/ru"
import { studioExportRu } from "./export/ru"
import type { studioEn } from "./en"

export const studioRu: Record<keyof typeof studioEn, string> = {
  ...studioCommonRu,
  ...studioShopRu,
  ...studioHomeRu,
  ...studioProductsRu,
  ...studioTeamRu,
  ...studioDeliveryRu,
  ...studioOrdersRu,
  ...studioMoneyRu,
  ...studioBookingsRu,
  ...studioExportRu,
}
