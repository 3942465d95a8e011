import type { MailContent } from "../compose"
import type { MailLocale } from "../format"
import type { Words } from "./words"

export type PasswordResetMail = { locale: MailLocale; reset_url: string; valid_minutes: number }

const RESET: Words<{ subject: string; heading: string; body: (minutes: number) => string; ignore: string; action: string }> = {
  az: {
    subject: "Şifrənizi yeniləyin",
    heading: "Şifrəni yeniləmək üçün keçid",
    body: (minutes) =>
      `Kimsə (ümid edirik ki, siz) Creative Market hesabınızın şifrəsini yeniləmək istədi. Keçid ${minutes} dəqiqə etibarlıdır.`,
    ignore: "Bunu siz istəməmisinizsə, bu məktubu nəzərə almayın: şifrəniz dəyişməyəcək.",
    action: "Yeni şifrə təyin edin",
  },
  en: {
    subject: "Reset your password",
    heading: "Your link to set a new password",
    body: (minutes) =>
      `Someone (we hope you) asked to reset the password of your Creative Market account. The link works for ${minutes} minutes.`,
    ignore: "If this was not you, ignore this e-mail: your password stays as it is.",
    action: "Set a new password",
  },
  ru: {
    subject: "Сброс пароля",
    heading: "Ссылка для нового пароля",
    body: (minutes) => `Кто-то (надеемся, вы) запросил сброс пароля вашего аккаунта Creative Market. Ссылка действует ${minutes} минут.`,
    ignore: "Если это были не вы, просто проигнорируйте письмо: пароль не изменится.",
    action: "Задать новый пароль",
  },
}

/** To whoever asked for a reset link (buyer or operator). */
export function passwordReset(data: PasswordResetMail): MailContent {
  const w = RESET[data.locale]
  return {
    locale: data.locale,
    subject: w.subject,
    heading: w.heading,
    blocks: [{ paragraph: w.body(data.valid_minutes) }, { action: { label: w.action, url: data.reset_url } }, { paragraph: w.ignore }],
  }
}
