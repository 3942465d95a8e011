import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Locale = "az" | "en" | "ru"
type Refusal = "invalid" | "gone" | "cancelled" | "refunded"

const TEXT: Record<Refusal, Record<Locale, { title: string; message: string }>> = {
  invalid: {
    az: {
      title: "Link etibarsızdır",
      message: "Bu yükləmə linki etibarsızdır. Sifariş məktubundakı və ya hesabınızdakı linkdən istifadə edin.",
    },
    en: { title: "Link not valid", message: "This download link is not valid. Use the link from your order e-mail or your account." },
    ru: {
      title: "Ссылка недействительна",
      message: "Эта ссылка на скачивание недействительна. Воспользуйтесь ссылкой из письма о заказе или из личного кабинета.",
    },
  },
  gone: {
    az: {
      title: "Link artıq işləmir",
      message: "Bu yükləmə linkinin vaxtı bitib, yükləmə limiti dolub və ya fayl geri çəkilib. Yaradıcı ilə əlaqə saxlayın.",
    },
    en: {
      title: "Link no longer works",
      message: "This download link has expired, reached its download limit, or its file was withdrawn. Contact the creator.",
    },
    ru: {
      title: "Ссылка больше не работает",
      message: "Срок действия ссылки истёк, лимит скачиваний исчерпан или файл снят с продажи. Свяжитесь с автором.",
    },
  },
  cancelled: {
    az: {
      title: "Sifariş ləğv edilib",
      message: "Bu alış ləğv edildiyi üçün fayl artıq yüklənə bilməz. Ödənişiniz geri qaytarılıb.",
    },
    en: {
      title: "Order cancelled",
      message: "This purchase was cancelled, so its file can no longer be downloaded. Your payment was returned.",
    },
    ru: {
      title: "Заказ отменён",
      message: "Эта покупка отменена, поэтому файл больше нельзя скачать. Оплата возвращена.",
    },
  },
  refunded: {
    az: {
      title: "Alışın pulu qaytarılıb",
      message: "Bu alışın pulu qaytarıldığı üçün fayl artıq yüklənə bilməz.",
    },
    en: { title: "Purchase refunded", message: "This purchase was refunded, so its file can no longer be downloaded." },
    ru: {
      title: "Деньги за покупку возвращены",
      message: "За эту покупку возвращены деньги, поэтому файл больше нельзя скачать.",
    },
  },
}
const ACCOUNT: Record<Locale, string> = { az: "Hesabıma keç", en: "Go to my account", ru: "Перейти в личный кабинет" }
const STATUS: Record<Refusal, number> = { invalid: 403, gone: 410, cancelled: 410, refunded: 410 }
const TYPE: Record<Refusal, string> = { invalid: "forbidden", gone: "gone", cancelled: "gone", refunded: "gone" }

/** The buyer's language from Accept-Language (az, en or ru; English otherwise). */
function localeOf(req: MedusaRequest): Locale {
  const wanted = req.acceptsLanguages("az", "en", "ru")
  return wanted === "az" || wanted === "ru" ? wanted : "en"
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A download link that cannot be served: JSON for programs, and for a browser (the link is opened
 * from an e-mail) a short page in the buyer's language that says why and leads to their account.
 */
export function refuseDownload(req: MedusaRequest, res: MedusaResponse, refusal: Refusal, storefrontUrl: string) {
  res.status(STATUS[refusal])
  res.setHeader("Cache-Control", "private, no-store")
  if (req.accepts(["json", "html"]) !== "html") {
    res.json({ type: TYPE[refusal], message: TEXT[refusal].en.message })
    return
  }
  const locale = localeOf(req)
  const { title, message } = TEXT[refusal][locale]
  const account = `${storefrontUrl.replace(/\/$/, "")}/${locale}/account`
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
  res
    .type("html")
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<meta name="robots" content="noindex"><title>${escape(title)} – Creative Market</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917}a{color:#9f1239}</style></head>` +
        `<body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="${escape(account)}">${escape(ACCOUNT[locale])}</a></p></main></body></html>`,
    )
}
