import type { studioDeliveryEn } from "./en"

/** The studio's strings for the shop's own delivery options (Russian). */
export const studioDeliveryRu: Record<keyof typeof studioDeliveryEn, string> = {
  "studio.nav.delivery": "Доставка",
  "studio.delivery.title": "Доставка",
  "studio.delivery.intro":
    "Отправляйте свои физические товары сами: покупатель выбирает один из ваших вариантов при оформлении, и плата за доставку ваша. Без своих вариантов их отправляет доставка маркетплейса.",
  "studio.delivery.none": "Ваши товары отправляет доставка маркетплейса.",
  "studio.delivery.new": "Добавить вариант доставки",
  "studio.delivery.name": "Название для покупателей",
  "studio.delivery.zone": "Куда доставляет",
  "studio.delivery.fee": "Плата, {currency}",
  "studio.delivery.feeOptional": "Плата, {currency} (необязательно)",
  "studio.delivery.feeInvalid": "Укажите плату 0 или больше, например 8 или 8.50.",
  "studio.delivery.add": "Добавить",
  "studio.delivery.save": "Сохранить",
  "studio.delivery.edit": "Изменить",
  "studio.delivery.delete": "Удалить",
  "studio.delivery.deleteWho": "Удалить {name}",
  "studio.delivery.lastHint": "Если удалить последний вариант, товары снова будет отправлять доставка маркетплейса.",
  "studio.delivery.inUse":
    "Заказы с этим вариантом доставки ещё не отправлены: отметьте их отправленными (или попросите отменить), затем удалите вариант.",
  "studio.delivery.ownersOnly": "Менять варианты доставки может только владелец магазина.",
  "studio.delivery.zoneNeedsFee":
    "Покупатели в выбранной зоне платят в этой валюте: укажите стоимость в ней, иначе они не смогут выбрать этот вариант.",
  "studio.delivery.zoneName.azerbaijan": "Азербайджан",
  "studio.delivery.zoneName.europe": "Европа",
  "studio.delivery.zoneName.international": "Международная",
  "studio.delivery.zoneHint":
    "Покупатели видят вариант только в валюте, в которой платят: валюта каждой зоны указана в скобках, и стоимость в ней обязательна.",
}
