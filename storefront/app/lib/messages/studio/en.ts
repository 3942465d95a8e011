import { studioCommonEn } from "./common/en"
import { studioShopEn } from "./shop/en"
import { studioHomeEn } from "./home/en"
import { studioProductsEn } from "./products/en"
import { studioTeamEn } from "./team/en"
import { studioDeliveryEn } from "./delivery/en"
import { studioOrdersEn } from "./orders/en"
import { studioMoneyEn } from "./money/en"
import { studioBookingsEn } from "./bookings/en"
import { studioExportEn } from "./export/en"

/** The creator studio's UI strings (English), one folder per studio area; az.ts and ru.ts have every key (the types check it). */
export const studioEn = {
  ...studioCommonEn,
  ...studioShopEn,
  ...studioHomeEn,
  ...studioProductsEn,
  ...studioTeamEn,
  ...studioDeliveryEn,
  ...studioOrdersEn,
  ...studioMoneyEn,
  ...studioBookingsEn,
  ...studioExportEn,
}
