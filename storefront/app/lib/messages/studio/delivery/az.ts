import type { studioDeliveryEn } from "./en"

/** The studio's strings for the shop's own delivery options (Azerbaijani). */
export const studioDeliveryAz: Record<keyof typeof studioDeliveryEn, string> = {
  "studio.nav.delivery": "Çatdırılma",
  "studio.delivery.title": "Çatdırılma",
  "studio.delivery.intro":
    "Fiziki mallarınızı özünüz göndərin: alıcılar ödəniş zamanı seçimlərinizdən birini seçir və haqq sizindir. Öz seçimləriniz olmadıqda onları marketin çatdırılması göndərir.",
  "studio.delivery.none": "Mallarınız marketin çatdırılması ilə göndərilir.",
  "studio.delivery.new": "Çatdırılma seçimi əlavə edin",
  "studio.delivery.name": "Alıcıların gördüyü ad",
  "studio.delivery.zone": "Çatdırılır",
  "studio.delivery.fee": "Haqq, {currency}",
  "studio.delivery.feeOptional": "Haqq, {currency} (istəyə görə)",
  "studio.delivery.feeInvalid": "0 və ya daha çox haqq yazın, məsələn 8 və ya 8.50.",
  "studio.delivery.add": "Əlavə et",
  "studio.delivery.save": "Yadda saxla",
  "studio.delivery.edit": "Redaktə et",
  "studio.delivery.delete": "Sil",
  "studio.delivery.deleteWho": "{name} seçimini sil",
  "studio.delivery.lastHint": "Son seçiminizi silsəniz, mallarınız yenidən marketin çatdırılması ilə göndəriləcək.",
  "studio.delivery.inUse":
    "Bu seçimlə alınmış sifarişlər hələ göndərilməyib: onları göndərilmiş kimi qeyd edin (və ya ləğv etdirin), sonra seçimi silin.",
  "studio.delivery.ownersOnly": "Mağazanın çatdırılma seçimlərini yalnız sahibi dəyişə bilər.",
  "studio.delivery.zoneNeedsFee":
    "Seçdiyiniz zonada alıcılar bu valyutada ödəyir: bu valyutada haqq yazın, yoxsa onlar bu seçimi edə bilməz.",
  "studio.delivery.zoneName.azerbaijan": "Azərbaycan",
  "studio.delivery.zoneName.europe": "Avropa",
  "studio.delivery.zoneName.international": "Beynəlxalq",
  "studio.delivery.zoneHint":
    "Alıcılar seçimi yalnız ödədikləri valyutada görür: hər zonanın valyutası mötərizədədir və onda haqq tələb olunur.",
}
