import type { OptionValueSeed, ProductSeed } from "../../types"
import { l, MATERIALS, OPTIONS, VALUES } from "../options"

/** A one-off original and an open edition of giclée prints of it. */
const originalOrPrint = (original: number, print: number): OptionValueSeed[] => [
  { value: VALUES.original, azn: original, stock: 1 },
  { value: VALUES.fineArtPrint, azn: print, stock: 25 },
]

const posterSizes = (a3: number, a2: number): OptionValueSeed[] => [
  { value: VALUES.a3, azn: a3, stock: 40 },
  { value: VALUES.a2, azn: a2, stock: 25 },
]

const miniatures: ProductSeed[] = [
  {
    handle: "miniature-leyli-and-majnun",
    category: "miniature-paintings",
    kind: "physical",
    creator: "aysel-miniatures",
    title: l("Miniature “Leyli and Majnun”", "Miniatür «Leyli və Məcnun»", "Миниатюра «Лейли и Меджнун»"),
    description: l(
      "Majnun in the desert among the animals who befriended him, after Nizami Ganjavi's poem. Painted with mineral pigments and shell gold on burnished paper. Framed in walnut under museum glass.",
      "Nizami Gəncəvinin poeması əsasında: Məcnun onunla dostlaşan heyvanlar arasında səhrada. Cilalanmış kağız üzərində mineral boyalar və qızıl tozu ilə çəkilib. Muzey şüşəsi altında qoz ağacından çərçivədədir.",
      "Меджнун в пустыне среди подружившихся с ним зверей — по поэме Низами Гянджеви. Написано минеральными пигментами и твореным золотом на лощёной бумаге. Оформлено в ореховую раму под музейным стеклом.",
    ),
    tags: ["miniature", "painting", "nizami", "gold"],
    option: OPTIONS.edition,
    variants: originalOrPrint(1800, 120),
    material: MATERIALS.pigments,
    weight: 1500,
  },
  {
    handle: "miniature-khosrov-and-shirin",
    category: "miniature-paintings",
    kind: "physical",
    creator: "aysel-miniatures",
    title: l("Miniature “Khosrov and Shirin”", "Miniatür «Xosrov və Şirin»", "Миниатюра «Хосров и Ширин»"),
    description: l(
      "Khosrov comes upon Shirin bathing in a spring, one of the most painted scenes of the Tabriz school. The horse is drawn in a single confident line. A companion to “Leyli and Majnun”.",
      "Xosrov bulaqda çimən Şirini görür — Təbriz məktəbinin ən çox təsvir olunan səhnələrindən biri. At tək, inamlı xətlə çəkilib. «Leyli və Məcnun» miniatürünün cütüdür.",
      "Хосров застаёт Ширин, купающуюся в источнике, — одна из самых любимых сцен тебризской школы. Конь нарисован одной уверенной линией. Парная работа к миниатюре «Лейли и Меджнун».",
    ),
    tags: ["miniature", "painting", "nizami", "tabriz"],
    option: OPTIONS.edition,
    variants: originalOrPrint(1600, 120),
    material: MATERIALS.pigments,
    weight: 1500,
  },
  {
    handle: "miniature-seven-beauties",
    category: "miniature-paintings",
    kind: "physical",
    creator: "aysel-miniatures",
    title: l("Miniature “The Seven Beauties”", "Miniatür «Yeddi gözəl»", "Миниатюра «Семь красавиц»"),
    description: l(
      "Bahram Gur visits the seven princesses in their seven coloured pavilions. The painting is a grid of seven small scenes, each in its own colour. Slow work: four months at the easel.",
      "Bəhram Gur yeddi rəngli qəsrdəki yeddi şahzadəni ziyarət edir. Rəsm yeddi kiçik səhnədən ibarət toru xatırladır, hər səhnə öz rəngindədir. Çox zəhmətli iş: molbert arxasında dörd ay.",
      "Бахрам Гур навещает семь царевен в семи разноцветных павильонах. Картина — сетка из семи маленьких сцен, каждая в своём цвете. Кропотливая работа: четыре месяца за мольбертом.",
    ),
    tags: ["miniature", "painting", "nizami", "gold"],
    option: OPTIONS.edition,
    variants: originalOrPrint(2400, 150),
    material: MATERIALS.pigments,
    weight: 1800,
  },
  {
    handle: "miniature-sheki-palace-hunt",
    category: "miniature-paintings",
    kind: "physical",
    creator: "aysel-miniatures",
    title: l(
      "Miniature “Hunt at the Sheki Khan's Palace”",
      "Miniatür «Şəki xan sarayında ov»",
      "Миниатюра «Охота во дворце шекинских ханов»",
    ),
    description: l(
      "A hunting scene copied in spirit from the murals of the Sheki Khan's Palace: riders, hounds and leaping deer. The border repeats the palace's shebeke window lattice. Smaller and livelier than the Nizami series.",
      "Şəki xan sarayının divar rəsmlərindən ilhamlanan ov səhnəsi: atlılar, tazılar və sıçrayan marallar. Haşiyə sarayın şəbəkə pəncərələrini təkrarlayır. Nizami silsiləsindən kiçik və daha canlıdır.",
      "Сцена охоты по мотивам росписей дворца шекинских ханов: всадники, гончие и прыгающие олени. Кайма повторяет решётку шебеке на окнах дворца. Меньше и живее серии по Низами.",
    ),
    tags: ["miniature", "painting", "sheki"],
    option: OPTIONS.edition,
    variants: originalOrPrint(950, 90),
    material: MATERIALS.pigments,
    weight: 1100,
  },
]

const prints: ProductSeed[] = [
  {
    handle: "print-maiden-tower-linocut",
    category: "prints",
    kind: "physical",
    creator: "baku-print-club",
    title: l("Maiden Tower linocut", "Qız qalası — linoqravüra", "Девичья башня — линогравюра"),
    description: l(
      "The Maiden Tower cut in linoleum and printed by hand in two colours, sea blue and sandstone. Each print is numbered and signed. Printed on heavy cotton paper.",
      "Qız qalası linoleumda oyulub və iki rəngdə — dəniz göyü və qum daşı rənglərində — əl ilə çap olunub. Hər nüsxə nömrələnib və imzalanıb. Qalın pambıq kağıza çap edilib.",
      "Девичья башня, вырезанная на линолеуме и вручную отпечатанная в два цвета — морской синий и песчаник. Каждый оттиск пронумерован и подписан. Печать на плотной хлопковой бумаге.",
    ),
    tags: ["print", "linocut", "baku", "maiden-tower"],
    option: OPTIONS.size,
    variants: posterSizes(55, 90),
    material: MATERIALS.paper,
    weight: 250,
  },
  {
    handle: "print-baku-boulevard-poster",
    category: "prints",
    kind: "physical",
    creator: "baku-print-club",
    title: l("Baku Boulevard poster", "Bakı bulvarı posteri", "Постер «Бакинский бульвар»"),
    description: l(
      "A sunny travel poster of the seaside boulevard: the carousel, the Caspian and the Flame Towers above. Inspired by 1960s Soviet tourism posters. Giclée print with archival inks.",
      "Dənizkənarı bulvarın günəşli səyahət posteri: karusel, Xəzər və yuxarıda Alov qüllələri. 1960-cı illərin sovet turizm posterlərindən ilhamlanıb. Arxiv mürəkkəbləri ilə giklé çapı.",
      "Солнечный туристический постер приморского бульвара: карусель, Каспий и Пламенные башни над ними. Вдохновлён советскими туристическими плакатами 1960-х. Жикле-печать архивными чернилами.",
    ),
    tags: ["print", "poster", "baku", "travel"],
    option: OPTIONS.size,
    variants: posterSizes(45, 75),
    material: MATERIALS.paper,
    weight: 200,
  },
  {
    handle: "print-flame-towers-riso",
    category: "prints",
    kind: "physical",
    creator: "baku-print-club",
    title: l("Flame Towers risograph", "Alov qüllələri — rizoqraf çapı", "Пламенные башни — ризография"),
    description: l(
      "The Flame Towers at night in fluorescent pink and orange, printed on a risograph so every copy grains a little differently. A small edition of 100. Looks best in a black frame.",
      "Gecə vaxtı Alov qüllələri flüoresent çəhrayı və narıncı rənglərdə; rizoqrafda çap olunduğu üçün hər nüsxənin dənəsi bir az fərqlidir. 100 nüsxəlik kiçik tiraj. Qara çərçivədə daha yaxşı görünür.",
      "Пламенные башни ночью во флуоресцентных розовых и оранжевых тонах; напечатано на ризографе, поэтому зерно у каждого экземпляра немного своё. Малый тираж — 100 экземпляров. Лучше всего смотрится в чёрной раме.",
    ),
    tags: ["print", "risograph", "baku", "architecture"],
    option: OPTIONS.size,
    variants: posterSizes(40, 70),
    material: MATERIALS.paper,
    weight: 200,
  },
  {
    handle: "print-gobustan-petroglyphs",
    category: "prints",
    kind: "physical",
    creator: "baku-print-club",
    title: l("Gobustan petroglyphs print", "Qobustan qayaüstü təsvirləri — çap", "Принт «Петроглифы Гобустана»"),
    description: l(
      "Dancers, boats and wild bulls from the rock carvings of Gobustan, redrawn as a frieze. Earth-red ink on stone-coloured paper. A portion of each sale goes to the Gobustan reserve.",
      "Qobustan qayaüstü rəsmlərindən rəqqaslar, qayıqlar və vəhşi öküzlər friz kimi yenidən çəkilib. Daş rəngli kağız üzərində torpaq-qırmızı mürəkkəb. Hər satışın bir hissəsi Qobustan qoruğuna gedir.",
      "Танцоры, лодки и дикие быки с наскальных рисунков Гобустана, перерисованные в виде фриза. Землисто-красная краска на бумаге цвета камня. Часть выручки с каждой продажи идёт заповеднику Гобустан.",
    ),
    tags: ["print", "gobustan", "heritage"],
    option: OPTIONS.size,
    variants: posterSizes(50, 85),
    material: MATERIALS.paper,
    weight: 200,
  },
]

export const VISUAL_ART: ProductSeed[] = [...miniatures, ...prints]
