import type { ProductSeed } from "../../types"
import { l, licences, OPTIONS } from "../options"

const gameAssets: ProductSeed[] = [
  {
    handle: "assets-caravanserai-pixel-tileset",
    category: "game-assets",
    kind: "digital",
    creator: "pixel-caravan",
    title: l("Caravanserai pixel-art tileset", "Karvansara piksel-art tayl dəsti", "Пиксель-арт тайлсет «Караван-сарай»"),
    description: l(
      "A 16×16 pixel tileset for building Silk Road caravanserais: arches, courtyards, stables, carpets and merchants. Over 900 tiles with autotile rules for Tiled, Godot and Unity. Palette of 32 colours taken from Sheki frescoes.",
      "İpək Yolu karvansaraları qurmaq üçün 16×16 piksellik tayl dəsti: tağlar, həyətlər, tövlələr, xalçalar və tacirlər. Tiled, Godot və Unity üçün avtotayl qaydaları ilə 900-dən çox tayl. Şəki freskalarından götürülmüş 32 rəngli palitra.",
      "Тайлсет 16×16 пикселей для строительства караван-сараев Шёлкового пути: арки, дворы, конюшни, ковры и купцы. Более 900 тайлов с правилами автотайлов для Tiled, Godot и Unity. Палитра из 32 цветов с шекинских фресок.",
    ),
    tags: ["game-assets", "pixel-art", "tileset", "godot", "unity"],
    option: OPTIONS.licence,
    variants: licences(18, 45),
  },
  {
    handle: "assets-baku-bazaar-lowpoly",
    category: "game-assets",
    kind: "digital",
    creator: "pixel-caravan",
    title: l("Baku bazaar low-poly 3D pack", "Bakı bazarı low-poly 3D paketi", "Low-poly 3D-набор «Бакинский базар»"),
    description: l(
      "Stalls of pomegranates, saffron and tea glasses, copper pots, awnings and a samovar: 140 low-poly models with one shared texture atlas. FBX, glTF and Blender files. Light enough for mobile games.",
      "Nar, zəfəran və stəkan piştaxtaları, mis qazanlar, çardaqlar və samovar: ümumi tekstura atlası olan 140 low-poly model. FBX, glTF və Blender faylları. Mobil oyunlar üçün kifayət qədər yüngüldür.",
      "Прилавки с гранатами, шафраном и стаканами, медные котлы, навесы и самовар: 140 low-poly моделей с общим атласом текстур. Файлы FBX, glTF и Blender. Достаточно лёгкие для мобильных игр.",
    ),
    tags: ["game-assets", "3d", "low-poly", "blender"],
    option: OPTIONS.licence,
    variants: licences(30, 75),
  },
  {
    handle: "assets-dede-gorgud-characters",
    category: "game-assets",
    kind: "digital",
    creator: "pixel-caravan",
    title: l("Dede Gorgud character sprites", "Dədə Qorqud personaj spraytları", "Спрайты персонажей «Деде Горгуд»"),
    description: l(
      "Heroes and monsters of the Book of Dede Gorgud as animated 32×32 sprites: Bamsi Beyrek, Gazan Khan, the Cyclops Tepegoz and more. Idle, walk, attack and death cycles for each. A free sample character is included in the personal tier.",
      "«Kitabi-Dədə Qorqud»un qəhrəmanları və canavarları animasiyalı 32×32 spraytlar kimi: Bamsı Beyrək, Qazan xan, Təpəgöz və başqaları. Hər biri üçün dayanma, yeriş, hücum və ölüm animasiyaları. Şəxsi lisenziyaya pulsuz nümunə personaj daxildir.",
      "Герои и чудовища «Китаби Деде Горгуд» в виде анимированных спрайтов 32×32: Бамсы Бейрек, Газан-хан, циклоп Тепегёз и другие. Для каждого — циклы ожидания, ходьбы, атаки и гибели. В личную лицензию входит бесплатный пробный персонаж.",
    ),
    tags: ["game-assets", "pixel-art", "sprites", "characters"],
    option: OPTIONS.licence,
    variants: licences(22, 55),
  },
  {
    handle: "assets-bazaar-sound-effects",
    category: "game-assets",
    kind: "digital",
    creator: "pixel-caravan",
    title: l("Bazaar ambience and UI sound effects", "Bazar atmosferi və UI səs effektləri", "Звуки базара и интерфейса для игр"),
    description: l(
      "Field recordings from Baku's Taza Bazar cut into loopable ambiences, plus 200 UI sounds made from coins, tea glasses and copper. Normalised 48 kHz WAV and OGG. Named and sorted for quick search in your engine.",
      "Bakının Təzə Bazarında aparılmış çöl yazılarından hazırlanmış dövri atmosfer səsləri və sikkə, stəkan və misdən yaradılmış 200 UI səsi. Normallaşdırılmış 48 kHz WAV və OGG. Mühərrikdə tez tapmaq üçün adlandırılıb və çeşidlənib.",
      "Полевые записи бакинского Тязя-базара, нарезанные в зацикливаемые атмосферы, и 200 звуков интерфейса из монет, стаканов и меди. Нормализованные WAV и OGG 48 кГц. С понятными названиями для быстрого поиска в движке.",
    ),
    tags: ["game-assets", "sound-effects", "ambience", "audio"],
    option: OPTIONS.licence,
    variants: licences(15, 40),
  },
]

const fonts: ProductSeed[] = [
  {
    handle: "font-icherisheher-serif",
    category: "fonts",
    kind: "digital",
    creator: "narin-type",
    title: l("Icherisheher Serif typeface", "İçərişəhər Serif şrifti", "Шрифт «Ичеришехер Serif»"),
    description: l(
      "A book serif with calm, chiselled shapes inspired by stone inscriptions in the Old City. Six weights with italics, full Azerbaijani Latin and Cyrillic. OTF, TTF and web fonts.",
      "İçərişəhərdəki daş kitabələrdən ilhamlanan sakit, yonulmuş formalı kitab şrifti. Kursivləri ilə altı qalınlıq, tam Azərbaycan latın və kiril əlifbası. OTF, TTF və veb-şriftlər.",
      "Книжная антиква со спокойными, словно высеченными формами, вдохновлёнными каменными надписями старого города. Шесть начертаний с курсивами, полная азербайджанская латиница и кириллица. OTF, TTF и веб-шрифты.",
    ),
    tags: ["font", "serif", "typeface", "cyrillic"],
    option: OPTIONS.licence,
    variants: licences(45, 240),
  },
  {
    handle: "font-neft-grotesk",
    category: "fonts",
    kind: "digital",
    creator: "narin-type",
    title: l("Neft Grotesk typeface", "Neft Grotesk şrifti", "Шрифт «Нефть Гротеск»"),
    description: l(
      "An industrial grotesque drawn from the lettering of Baku's early oil-boom signs. Variable weight axis from Thin to Black. Designed for posters, wayfinding and interfaces.",
      "Bakının ilk neft bumu dövrünün lövhələrindəki yazılardan götürülmüş sənaye qroteski. Thin-dən Black-ə qədər dəyişən qalınlıq oxu. Posterlər, naviqasiya və interfeyslər üçün hazırlanıb.",
      "Индустриальный гротеск, нарисованный по вывескам бакинского нефтяного бума начала XX века. Вариативная ось насыщенности от Thin до Black. Создан для плакатов, навигации и интерфейсов.",
    ),
    tags: ["font", "sans-serif", "variable", "typeface"],
    option: OPTIONS.licence,
    variants: licences(40, 200),
  },
  {
    handle: "font-khatai-display",
    category: "fonts",
    kind: "digital",
    creator: "narin-type",
    title: l("Khatai Display ornamental typeface", "Xətai Display ornamental şrifti", "Орнаментальный шрифт «Хатаи Display»"),
    description: l(
      "A display face whose letters grow the curling leaves of the khatai ornament. Comes with 120 ornament glyphs for borders and frames. For headlines, packaging and wedding invitations.",
      "Hərfləri xətai ornamentinin qıvrım yarpaqlarından yaranan başlıq şrifti. Haşiyə və çərçivələr üçün 120 ornament qlifi ilə. Başlıqlar, qablaşdırma və toy dəvətnamələri üçün.",
      "Акцидентный шрифт, буквы которого прорастают завитками листьев орнамента хатаи. В комплекте 120 орнаментальных глифов для рамок и бордюров. Для заголовков, упаковки и свадебных приглашений.",
    ),
    tags: ["font", "display", "ornament", "typeface"],
    option: OPTIONS.licence,
    variants: licences(35, 180),
  },
]

const ebooks: ProductSeed[] = [
  {
    handle: "ebook-azerbaijani-carpet-patterns",
    category: "ebooks",
    kind: "digital",
    creator: "kitab-lab",
    title: l(
      "Azerbaijani Carpet Patterns: a field guide",
      "Azərbaycan xalça naxışları: bələdçi",
      "Узоры азербайджанских ковров: путеводитель",
    ),
    description: l(
      "How to tell a Guba from a Shirvan, and a Karabakh from a Ganja: 240 illustrated pages on the schools, motifs and colours of Azerbaijani carpets. Written with weavers from four regions. EPUB and print-quality PDF.",
      "Qubanı Şirvandan, Qarabağı Gəncədən necə ayırmaq olar: Azərbaycan xalçalarının məktəbləri, motivləri və rəngləri haqqında 240 səhifəlik illüstrasiyalı kitab. Dörd bölgənin toxucuları ilə birlikdə yazılıb. EPUB və çap keyfiyyətli PDF.",
      "Как отличить кубинский ковёр от ширванского, а карабахский от гянджинского: 240 иллюстрированных страниц о школах, мотивах и цветах азербайджанских ковров. Написано вместе с ткачихами из четырёх регионов. EPUB и PDF типографского качества.",
    ),
    tags: ["ebook", "carpet", "guide", "pdf"],
    option: OPTIONS.licence,
    variants: licences(18, 90),
  },
  {
    handle: "ebook-mugham-for-beginners",
    category: "ebooks",
    kind: "digital",
    creator: "kitab-lab",
    title: l("Mugham for Beginners", "Yeni başlayanlar üçün muğam", "Мугам для начинающих"),
    description: l(
      "A friendly introduction to the seven main mughams, their moods and the instruments of the trio. Each chapter links to short audio examples. No musical training needed.",
      "Yeddi əsas muğama, onların əhval-ruhiyyəsinə və üçlüyün alətlərinə səmimi giriş. Hər fəsil qısa audio nümunələrə keçidlə müşayiət olunur. Musiqi təhsili tələb olunmur.",
      "Доброжелательное введение в семь основных мугамов, их настроения и инструменты трио. Каждая глава ссылается на короткие аудиопримеры. Музыкальное образование не требуется.",
    ),
    tags: ["ebook", "mugham", "music", "epub"],
    option: OPTIONS.licence,
    variants: licences(15, 75),
  },
  {
    handle: "ebook-baku-oil-boom-architecture",
    category: "ebooks",
    kind: "digital",
    creator: "kitab-lab",
    title: l("Baku Architecture of the Oil Boom", "Neft bumu dövrünün Bakı memarlığı", "Архитектура Баку времён нефтяного бума"),
    description: l(
      "The mansions, theatres and banks that oil money built in Baku between 1870 and 1920, street by street. 180 photographs and measured drawings. Three walking routes with maps.",
      "1870–1920-ci illər arasında neft pulu ilə Bakıda tikilən malikanələr, teatrlar və banklar — küçə-küçə. 180 fotoşəkil və ölçülü çertyojlar. Xəritələri ilə üç piyada marşrutu.",
      "Особняки, театры и банки, построенные в Баку на нефтяные деньги между 1870 и 1920 годами, — улица за улицей. 180 фотографий и обмерных чертежей. Три пешеходных маршрута с картами.",
    ),
    tags: ["ebook", "architecture", "baku", "history"],
    option: OPTIONS.licence,
    variants: licences(20, 95),
  },
]

export const DIGITAL: ProductSeed[] = [...gameAssets, ...fonts, ...ebooks]
