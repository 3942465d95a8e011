/**
 * The main crafts and goods across az / en / ru (and ASCII spellings buyers type), so a search
 * in one language finds listings written in another. Each group is mutually synonymous.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["carpet", "rug", "xalça", "xalca", "ковёр", "ковер", "палас", "kilim", "kilim", "palaz"],
  ["scarf", "shawl", "kəlağayı", "kelagayi", "платок", "шаль", "кялагаи"],
  ["ceramics", "pottery", "keramika", "dulusçuluq", "керамика", "гончарство"],
  ["copper", "copperware", "mis", "мис", "медь", "медная посуда", "lahij", "lahıc"],
  ["miniature", "miniatür", "miniatur", "миниатюра"],
  ["print", "poster", "çap", "plakat", "принт", "постер"],
  ["vinyl", "record", "lp", "val", "винил", "пластинка"],
  ["music", "musiqi", "музыка"],
  ["mugham", "muğam", "mugam", "мугам"],
  ["sample pack", "samples", "sempl", "сэмплы", "семплы"],
  ["font", "typeface", "şrift", "srift", "шрифт"],
  ["ebook", "e-book", "book", "kitab", "книга", "электронная книга"],
  ["game assets", "sprites", "oyun", "игровые ассеты"],
  ["masterclass", "workshop", "master-klass", "мастер-класс"],
  ["dance", "rəqs", "reqs", "танец", "танцы"],
  ["recording", "studio", "səsyazma", "studiya", "запись", "студия"],
  ["animation", "animasiya", "анимация"],
  ["jewellery", "jewelry", "zərgərlik", "ювелирные"],
]

/** Meilisearch's shape: every word maps to the others of its group. */
export function synonymMap(groups = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.toLowerCase()))]
    for (const word of words) map[word] = words.filter((other) => other !== word)
  }
  return map
}
