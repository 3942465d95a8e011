import type { studioHomeEn } from "./en"

export const studioHomeRu: Record<keyof typeof studioHomeEn, string> = {
  "studio.home.title": "Главная студии",
  "studio.home.attention": "Требует внимания",
  "studio.home.rejected": "Отклонены модерацией",
  "studio.home.pending": "Ждут модерации",
  "studio.home.lowStock": "Заканчиваются",
  "studio.home.drafts": "Черновики (не опубликованы)",
  "studio.home.allGood": "Сейчас ничего не требует внимания.",
  "studio.home.noListings": "Товаров пока нет: создайте первый.",
  "studio.home.allListings": "Все товары ({count})",
  "studio.home.ordersToday": "Заказы сегодня",
  "studio.home.toShip": "Заказы к отправке",
  "studio.home.allOrders": "Все заказы",
  "studio.home.unready": "Экспорт не готов ни для одного рынка",
  "studio.home.exportScore": "лучшая оценка {score}%",
  "studio.home.sales": "Продажи за последние 30 дней",
  "studio.home.salesSummary": "{total} в заказах: {orders}, {from} – {to}",
  "studio.home.salesTable": "Показать таблицей",
  "studio.home.salesOrders": "Заказы",
  "studio.home.noSales": "За последние 30 дней продаж пока нет.",
}
