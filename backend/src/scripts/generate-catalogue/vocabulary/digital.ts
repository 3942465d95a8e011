import { l, OPTIONS, VALUES } from "../../seed/data/options"
import { type Family, noun, q } from "./types"

const after = (ru: string) => ({ after: ru })

const PERSONAL_COMMERCIAL = [VALUES.personal, VALUES.commercial]

/** Game assets, fonts and e-books. */
export const DIGITAL_FAMILIES: Family[] = [
  {
    category: "game-assets",
    kind: "digital",
    creators: ["pixel-caravan"],
    nouns: [
      noun("pixel tileset", "piksel tayl dəsti", "пиксельный тайлсет", "m"),
      noun("sprite pack", "sprayt paketi", "набор спрайтов", "m"),
      noun("3D model pack", "3D model paketi", "набор 3D-моделей", "m"),
      noun("UI kit", "UI dəsti", "UI-кит", "m"),
      noun("sound effects pack", "səs effektləri paketi", "набор звуковых эффектов", "m"),
    ],
    qualifiers: [
      q("Caravanserai", "Karvansara", after("в стиле караван-сарая")),
      q("Bazaar", "Bazar", after("в стиле восточного базара")),
      q("Old Baku", "Köhnə Bakı", after("в стиле старого Баку")),
      q("Silk Road", "İpək Yolu", after("в стиле Шёлкового пути")),
      q("Fairy-tale", "Nağıl", after("в сказочном стиле")),
      q("Dede Gorgud", "Dədə Qorqud", after("по мотивам Деде Горгуда")),
    ],
    option: OPTIONS.licence,
    values: PERSONAL_COMMERCIAL,
    price: [10, 90],
    step: 1,
    sentences: [
      l("Ready for Godot, Unity and Unreal.", "Godot, Unity və Unreal üçün hazırdır.", "Готово для Godot, Unity и Unreal."),
      l("A palette taken from Sheki frescoes.", "Şəki freskalarından götürülmüş palitra.", "Палитра взята с шекинских фресок."),
      l(
        "Free updates for the lifetime of the pack.",
        "Paket mövcud olduqca pulsuz yeniləmələr.",
        "Бесплатные обновления на всё время жизни набора.",
      ),
      l(
        "Source files included under the commercial licence.",
        "Kommersiya lisenziyası ilə mənbə faylları daxildir.",
        "С коммерческой лицензией прилагаются исходные файлы.",
      ),
    ],
    tags: ["game-assets", "gamedev"],
  },
  {
    category: "fonts",
    kind: "digital",
    creators: ["narin-type"],
    nouns: [
      noun("typeface", "şrifti", "шрифт", "m"),
      noun("font family", "şrift ailəsi", "семейство шрифтов", "n"),
      noun("variable font", "dəyişən şrifti", "вариативный шрифт", "m"),
    ],
    qualifiers: [
      q("Poster", "Poster", after("для плакатов")),
      q("Book", "Kitab", after("для книг")),
      q("Web", "Veb", after("для веба")),
      q("Signage", "Lövhə", after("для навигации")),
      q("Packaging", "Qablaşdırma", after("для упаковки")),
    ],
    option: OPTIONS.licence,
    values: PERSONAL_COMMERCIAL,
    price: [25, 260],
    step: 5,
    sentences: [
      l(
        "Full Azerbaijani Latin with ə, ğ, ı, ö, ş, ü and ç, and Cyrillic.",
        "ə, ğ, ı, ö, ş, ü və ç ilə tam Azərbaycan latın əlifbası və kiril.",
        "Полная азербайджанская латиница с ə, ğ, ı, ö, ş, ü и ç, а также кириллица.",
      ),
      l("OTF, TTF, WOFF2 and a variable font.", "OTF, TTF, WOFF2 və dəyişən şrift.", "OTF, TTF, WOFF2 и вариативный шрифт."),
      l("Six weights with matching italics.", "Uyğun kursivləri ilə altı qalınlıq.", "Шесть начертаний с парными курсивами."),
    ],
    tags: ["font", "typeface", "cyrillic"],
  },
  {
    category: "ebooks",
    kind: "digital",
    creators: ["kitab-lab"],
    nouns: [
      noun("e-book", "elektron kitabı", "электронная книга", "f"),
      noun("guide", "bələdçisi", "путеводитель", "m"),
      noun("handbook", "dərsliyi", "учебник", "m"),
      noun("photo book", "fotoalbomu", "фотокнига", "f"),
    ],
    qualifiers: [
      q("Carpet", "Xalça", after("о коврах")),
      q("Mugham", "Muğam", after("о мугаме")),
      q("Architecture", "Memarlıq", after("об архитектуре")),
      q("Crafts", "Sənətkarlıq", after("о ремёслах")),
      q("Cuisine", "Mətbəx", after("об азербайджанской кухне")),
      q("Design", "Dizayn", after("о дизайне")),
    ],
    option: OPTIONS.licence,
    values: PERSONAL_COMMERCIAL,
    price: [8, 95],
    step: 1,
    sentences: [
      l("EPUB and print-quality PDF.", "EPUB və çap keyfiyyətli PDF.", "EPUB и PDF типографского качества."),
      l(
        "Illustrated with photographs and drawings.",
        "Fotoşəkillər və rəsmlərlə illüstrasiya olunub.",
        "Иллюстрировано фотографиями и рисунками.",
      ),
      l(
        "Written with masters from four regions.",
        "Dörd bölgənin ustaları ilə birlikdə yazılıb.",
        "Написано вместе с мастерами из четырёх регионов.",
      ),
    ],
    tags: ["ebook", "book", "pdf"],
  },
]
