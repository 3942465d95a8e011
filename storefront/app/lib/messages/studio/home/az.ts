import type { studioHomeEn } from "./en"

export const studioHomeAz: Record<keyof typeof studioHomeEn, string> = {
  "studio.home.title": "Studiyanın əsas səhifəsi",
  "studio.home.attention": "Diqqətinizi tələb edənlər",
  "studio.home.rejected": "Moderasiyadan keçməyənlər",
  "studio.home.pending": "Moderasiya gözləyənlər",
  "studio.home.lowStock": "Ehtiyatı azalanlar",
  "studio.home.drafts": "Qaralamalar (dərc edilməyib)",
  "studio.home.allGood": "Hazırda diqqət tələb edən heç nə yoxdur.",
  "studio.home.noListings": "Hələ elanınız yoxdur: ilkini yaradın.",
  "studio.home.allListings": "Bütün elanlar ({count})",
  "studio.home.ordersToday": "Bugünkü sifarişlər",
  "studio.home.toShip": "Göndərilməli sifarişlər",
  "studio.home.allOrders": "Bütün sifarişlər",
  "studio.home.unready": "Heç bir bazara hazır olmayan ixraclar",
  "studio.home.exportScore": "ən yaxşı bal {score}%",
  "studio.home.sales": "Son 30 gündə satışlar",
  "studio.home.salesSummary": "{from} – {to}: {orders} sifarişdə {total}",
  "studio.home.salesTable": "Cədvəl kimi göstər",
  "studio.home.salesOrders": "Sifarişlər",
  "studio.home.noSales": "Son 30 gündə hələ satış yoxdur.",
}
