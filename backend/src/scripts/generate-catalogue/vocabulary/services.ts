import { l, OPTIONS, VALUES } from "../../seed/data/options"
import { type Family, noun, q } from "./types"

const after = (ru: string) => ({ after: ru })

/** Studio time, commissions, masterclasses and dance classes. */
export const SERVICE_FAMILIES: Family[] = [
  {
    category: "studio-recording",
    kind: "service",
    creators: ["ritm-studio"],
    nouns: [
      noun("recording session", "səsyazma seansı", "сессия звукозаписи", "f"),
      noun("mixing session", "miksinq seansı", "сессия сведения", "f"),
      noun("studio booking", "studiya bronu", "бронирование студии", "n"),
      noun("podcast recording", "podkast yazısı", "запись подкаста", "f"),
    ],
    qualifiers: [
      q("Baku", "Bakı", after("в Баку")),
      q("Ensemble", "Ansambl", after("для ансамбля")),
      q("Tar", "Tar", after("для тара")),
      q("Vocal", "Vokal", after("для вокала")),
      q("Choir", "Xor", after("для хора")),
    ],
    option: OPTIONS.duration,
    values: [VALUES.oneHour, VALUES.fourHours],
    price: [35, 320],
    step: 5,
    sentences: [
      l(
        "With an engineer, Neumann microphones and an analogue console.",
        "Səs mühəndisi, Neumann mikrofonları və analoq pultla.",
        "Со звукорежиссёром, микрофонами Neumann и аналоговым пультом.",
      ),
      l("Multitracks are yours the same day.", "Çoxtrekli yazılar elə həmin gün sizə verilir.", "Многодорожечные записи — в тот же день."),
      l("Tea and lemon are on the house.", "Çay və limon müəssisədəndir.", "Чай с лимоном — за счёт заведения."),
    ],
    tags: ["studio", "recording", "service"],
  },
  {
    category: "commissions",
    kind: "service",
    creators: ["koch-animation", "aysel-miniatures"],
    nouns: [
      noun("logo design", "loqo dizaynı", "дизайн логотипа", "m"),
      noun("illustration", "illüstrasiyası", "иллюстрация", "f"),
      noun("animated short", "qısa animasiyası", "анимационный ролик", "m"),
      noun("motion graphics", "hərəkətli qrafikası", "моушн-графика", "f"),
      noun("book cover", "kitab üz qabığı", "обложка книги", "f"),
    ],
    qualifiers: [
      q("Brand", "Brend", after("для бренда")),
      q("Festival", "Festival", after("для фестиваля")),
      q("Children's", "Uşaq", after("для детей")),
      q("Music video", "Klip", after("для клипа")),
      q("Startup", "Startap", after("для стартапа")),
    ],
    option: OPTIONS.delivery,
    values: [VALUES.remote, VALUES.onsite],
    price: [250, 6000],
    step: 50,
    sentences: [
      l("Three concepts and two rounds of revisions.", "Üç konsepsiya və iki düzəliş mərhələsi.", "Три концепции и два раунда правок."),
      l(
        "Azerbaijani ornament motifs on request.",
        "İstəyə görə Azərbaycan ornament motivləri.",
        "Азербайджанские орнаментальные мотивы по желанию.",
      ),
      l("Files for print, web and social media.", "Çap, veb və sosial şəbəkələr üçün fayllar.", "Файлы для печати, веба и соцсетей."),
    ],
    tags: ["design", "commission", "service"],
  },
  {
    category: "masterclasses",
    kind: "service",
    creators: ["qarabag-weavers", "leyla-ceramics", "lahij-coppersmiths", "sheki-silk", "ritm-studio"],
    nouns: [
      noun("masterclass", "master-klası", "мастер-класс", "m"),
      noun("workshop", "seminarı", "воркшоп", "m"),
      noun("weekend course", "həftəsonu kursu", "курс выходного дня", "m"),
    ],
    qualifiers: [
      q("Carpet weaving", "Xalçaçılıq", after("по ковроткачеству")),
      q("Pottery", "Dulusçuluq", after("по гончарному делу")),
      q("Copper chasing", "Misgərlik", after("по чеканке")),
      q("Kelaghayi printing", "Kəlağayı", after("по набойке кялагаи")),
      q("Tar", "Tar", after("по игре на таре")),
      q("Calligraphy", "Xəttatlıq", after("по каллиграфии")),
      q("Miniature painting", "Miniatür", after("по миниатюре")),
    ],
    option: OPTIONS.delivery,
    values: [VALUES.remote, VALUES.onsite],
    price: [40, 220],
    step: 5,
    sentences: [
      l("Materials and tools are included.", "Materiallar və alətlər daxildir.", "Материалы и инструменты включены."),
      l("Groups of up to six people.", "Altı nəfərə qədər qruplar.", "Группы до шести человек."),
      l("You take home what you make.", "Hazırladığınızı evə aparırsınız.", "Всё, что сделаете, заберёте домой."),
    ],
    tags: ["masterclass", "workshop", "service"],
  },
  {
    category: "dance-classes",
    kind: "service",
    creators: ["yalli-dance"],
    nouns: [
      noun("group class", "qrup dərsi", "групповое занятие", "n"),
      noun("private lesson", "fərdi dərsi", "индивидуальный урок", "m"),
      noun("dance course", "rəqs kursu", "танцевальный курс", "m"),
      noun("intensive", "intensivi", "интенсив", "m"),
    ],
    qualifiers: [
      q("Yalli", "Yallı", after("по яллы")),
      q("Lezginka", "Ləzginka", after("по лезгинке")),
      q("Uzundara", "Uzundərə", after("по узундаре")),
      q("Shalakho", "Şalaxo", after("по шалахо")),
      q("Wedding dance", "Toy rəqsi", after("по свадебному танцу")),
      q("Folk dance", "Xalq rəqsləri", after("по народным танцам")),
    ],
    option: OPTIONS.delivery,
    values: [VALUES.remote, VALUES.onsite],
    price: [12, 400],
    step: 1,
    sentences: [
      l("No partner or experience needed.", "Partnyor və təcrübə tələb olunmur.", "Партнёр и опыт не нужны."),
      l(
        "Online lessons need two square metres of floor.",
        "Onlayn dərslər üçün iki kvadrat metr yer kifayətdir.",
        "Для онлайн-урока достаточно двух квадратных метров пола.",
      ),
      l("Music and a video of the steps are included.", "Musiqi və addımların videosu daxildir.", "Музыка и видео с шагами включены."),
    ],
    tags: ["dance", "folk", "service"],
  },
]
