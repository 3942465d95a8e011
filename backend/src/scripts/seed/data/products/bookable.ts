import type { ProductSeed } from "../../types"
import { l, OPTIONS, VALUES } from "../options"

const studio = (
  handle: string,
  title: [string, string, string],
  description: [string, string, string],
  azn: number,
  tags: string[],
): ProductSeed => ({
  handle,
  category: "studio-recording",
  kind: "service",
  creator: "creative-centre",
  title: l(...title),
  description: l(...description),
  tags: ["studio", "booking", "baku", ...tags],
  option: OPTIONS.duration,
  variants: [
    { value: VALUES.oneHour, azn },
    { value: l("2 hours", "2 saat", "2 часа"), azn: azn * 2 },
  ],
})

const masterclass = (handle: string, title: [string, string, string], description: [string, string, string], azn: number): ProductSeed => ({
  handle,
  category: "masterclasses",
  kind: "service",
  creator: "creative-centre",
  title: l(...title),
  description: l(...description),
  tags: ["masterclass", "ai", "booking", "baku"],
  option: OPTIONS.set,
  variants: [{ value: l("One seat", "Bir yer", "Одно место"), azn }],
})

/** The centre's own studios (booked by the hour) and masterclasses (seats in dated sessions). */
export const BOOKABLE: ProductSeed[] = [
  studio(
    "centre-photo-studio",
    ["Photo studio hire", "Foto studiya icarəsi", "Аренда фотостудии"],
    [
      "The centre's daylight photo studio with cyclorama, flash heads and backdrops. Booked by the hour; 15 minutes to reset between shoots.",
      "Mərkəzin siklorama, impuls işıqları və fonlarla təchiz olunmuş gün işıqlı foto studiyası. Saatlıq sifariş; çəkilişlər arasında 15 dəqiqə hazırlıq.",
      "Дневная фотостудия центра с циклорамой, импульсным светом и фонами. Почасовая аренда; 15 минут на подготовку между съёмками.",
    ],
    40,
    ["photo"],
  ),
  studio(
    "centre-video-studio",
    ["Video studio hire", "Video studiya icarəsi", "Аренда видеостудии"],
    [
      "A green-screen video studio with LED lighting, teleprompter and two 4K cameras. Booked by the hour.",
      "LED işıqlandırma, telesuflyor və iki 4K kamera ilə yaşıl ekranlı video studiya. Saatlıq sifariş.",
      "Видеостудия с хромакеем, LED-светом, телесуфлёром и двумя 4K-камерами. Почасовая аренда.",
    ],
    70,
    ["video"],
  ),
  studio(
    "centre-sound-studio",
    ["Sound studio hire", "Səs studiyası icarəsi", "Аренда звукозаписывающей студии"],
    [
      "A treated control room and vocal booth with an engineer on request. Booked by the hour.",
      "Akustik işlənmiş idarəetmə otağı və vokal kabinəsi, istəyə görə səs mühəndisi ilə. Saatlıq sifariş.",
      "Акустически обработанная аппаратная и вокальная кабина, звукорежиссёр по запросу. Почасовая аренда.",
    ],
    50,
    ["sound", "recording"],
  ),
  studio(
    "centre-animation-studio",
    ["Animation studio hire", "Animasiya studiyası icarəsi", "Аренда студии анимации"],
    [
      "Workstations with Toon Boom, Blender and drawing tablets, plus a stop-motion table. Booked by the hour.",
      "Toon Boom, Blender və qrafik planşetlərlə iş stansiyaları, həmçinin stop-motion masası. Saatlıq sifariş.",
      "Рабочие станции с Toon Boom, Blender и графическими планшетами, стол для стоп-моушена. Почасовая аренда.",
    ],
    30,
    ["animation"],
  ),
  studio(
    "centre-dance-studio",
    ["Dance studio hire", "Rəqs studiyası icarəsi", "Аренда танцевальной студии"],
    [
      "A 120 m² dance hall with a sprung floor, mirrors and a sound system. Booked by the hour.",
      "Amortizasiyalı döşəmə, güzgülər və səs sistemi olan 120 m²-lik rəqs zalı. Saatlıq sifariş.",
      "Танцевальный зал 120 м² с амортизирующим полом, зеркалами и звуковой системой. Почасовая аренда.",
    ],
    35,
    ["dance"],
  ),
  masterclass(
    "centre-masterclass-ai-animation",
    ["Masterclass: AI in animation", "Master-klass: animasiyada süni intellekt", "Мастер-класс: ИИ в анимации"],
    [
      "Three hours on AI tools for storyboards, in-betweening and lip-sync, with hands-on exercises. Twenty seats per session.",
      "Storibord, ara kadrlar və dodaq sinxronizasiyası üçün süni intellekt alətləri haqqında üç saat, praktik tapşırıqlarla. Hər sessiyada iyirmi yer.",
      "Три часа об ИИ-инструментах для раскадровки, промежуточных фаз и липсинка, с практикой. Двадцать мест на сессию.",
    ],
    60,
  ),
  masterclass(
    "centre-masterclass-ai-music",
    [
      "Masterclass: AI in music production",
      "Master-klass: musiqi prodüserliyində süni intellekt",
      "Мастер-класс: ИИ в музыкальном продакшене",
    ],
    [
      "From stem separation to mastering assistants: what AI does well in a studio, and what it does not. Twenty seats per session.",
      "Trek ayırmadan mastering köməkçilərinə qədər: süni intellekt studiyada nəyi yaxşı edir, nəyi yox. Hər sessiyada iyirmi yer.",
      "От разделения на стемы до ассистентов мастеринга: что ИИ умеет в студии, а что нет. Двадцать мест на сессию.",
    ],
    60,
  ),
]
