import type { CategorySeed } from "../types"

/** Four top-level groups, then the leaf categories that products belong to. */
export const CATEGORIES: CategorySeed[] = [
  {
    handle: "crafts-and-art",
    name: { en: "Crafts & art", az: "Sənətkarlıq və incəsənət", ru: "Ремёсла и искусство" },
    description: {
      en: "Handmade goods and artworks from Azerbaijani masters.",
      az: "Azərbaycan ustalarının əl işləri və sənət əsərləri.",
      ru: "Изделия ручной работы и произведения азербайджанских мастеров.",
    },
  },
  {
    handle: "music",
    name: { en: "Music", az: "Musiqi", ru: "Музыка" },
    description: {
      en: "Records, recordings and sounds from Azerbaijani musicians and labels.",
      az: "Azərbaycan musiqiçilərinin və leyblərinin valları, yazıları və səsləri.",
      ru: "Пластинки, записи и звуки от азербайджанских музыкантов и лейблов.",
    },
  },
  {
    handle: "digital",
    name: { en: "Digital goods", az: "Rəqəmsal məhsullar", ru: "Цифровые товары" },
    description: {
      en: "Game assets, typefaces and books to download.",
      az: "Yükləmək üçün oyun resursları, şriftlər və kitablar.",
      ru: "Игровые ассеты, шрифты и книги для скачивания.",
    },
  },
  {
    handle: "services",
    name: { en: "Services & classes", az: "Xidmətlər və dərslər", ru: "Услуги и занятия" },
    description: {
      en: "Studio time, commissions, masterclasses and classes with Azerbaijani creators.",
      az: "Azərbaycan yaradıcıları ilə studiya vaxtı, sifarişlər, master-klaslar və dərslər.",
      ru: "Студийное время, заказы, мастер-классы и занятия с азербайджанскими авторами.",
    },
  },
  {
    handle: "carpets",
    parent: "crafts-and-art",
    name: { en: "Carpets", az: "Xalçalar", ru: "Ковры" },
    description: {
      en: "Hand-knotted and flat-woven carpets from the Karabakh, Guba, Shirvan and Ganja schools.",
      az: "Qarabağ, Quba, Şirvan və Gəncə məktəblərinin əl ilə toxunmuş xovlu və xovsuz xalçaları.",
      ru: "Ковры ручной работы карабахской, кубинской, ширванской и гянджинской школ.",
    },
  },
  {
    handle: "kelagayi",
    parent: "crafts-and-art",
    name: { en: "Kelaghayi silk scarves", az: "Kəlağayılar", ru: "Кялагаи — шёлковые платки" },
    description: {
      en: "Silk head scarves printed with wooden blocks in Sheki and Basqal, a UNESCO-listed tradition.",
      az: "Şəki və Basqalda taxta qəliblərlə naxışlanan ipək kəlağayılar — UNESCO siyahısındakı ənənə.",
      ru: "Шёлковые платки с набойкой деревянными штампами из Шеки и Басгала — традиция из списка ЮНЕСКО.",
    },
  },
  {
    handle: "ceramics",
    parent: "crafts-and-art",
    name: { en: "Ceramics", az: "Keramika", ru: "Керамика" },
    description: {
      en: "Glazed and unglazed pottery, tiles and tableware from Azerbaijani studios.",
      az: "Azərbaycan emalatxanalarının şirli və şirsiz saxsı qabları, kaşıları və süfrə dəstləri.",
      ru: "Глазурованная и неглазурованная керамика, изразцы и посуда азербайджанских мастерских.",
    },
  },
  {
    handle: "lahij-copperware",
    parent: "crafts-and-art",
    name: { en: "Lahij copperware", az: "Lahıc mis qabları", ru: "Лагичская медная посуда" },
    description: {
      en: "Hand-hammered and engraved copper from the coppersmiths of Lahij.",
      az: "Lahıc misgərlərinin əl ilə döyülmüş və naxışlanmış mis məmulatları.",
      ru: "Медная посуда ручной ковки и чеканки от мастеров Лагича.",
    },
  },
  {
    handle: "miniature-paintings",
    parent: "crafts-and-art",
    name: { en: "Miniature paintings", az: "Miniatür rəsmlər", ru: "Миниатюрная живопись" },
    description: {
      en: "Paintings in the Tabriz and Shirvan miniature tradition, on paper and silk.",
      az: "Təbriz və Şirvan miniatür ənənəsində kağız və ipək üzərində rəsmlər.",
      ru: "Живопись в традиции тебризской и ширванской миниатюры на бумаге и шёлке.",
    },
  },
  {
    handle: "prints",
    parent: "crafts-and-art",
    name: { en: "Prints", az: "Çap əsərləri", ru: "Принты и графика" },
    description: {
      en: "Posters, linocuts and giclée prints by Baku illustrators.",
      az: "Bakılı illüstratorların posterləri, linoqravüraları və giklé çapları.",
      ru: "Постеры, линогравюры и жикле-принты бакинских иллюстраторов.",
    },
  },
  {
    handle: "vinyl-and-cds",
    parent: "music",
    name: { en: "Vinyl & CDs", az: "Vinil və CD", ru: "Винил и CD" },
    description: {
      en: "Mugham, jazz and new Azerbaijani music on records and discs.",
      az: "Muğam, caz və yeni Azərbaycan musiqisi vallarda və disklərdə.",
      ru: "Мугам, джаз и новая азербайджанская музыка на пластинках и дисках.",
    },
  },
  {
    handle: "digital-music",
    parent: "music",
    name: { en: "Digital music", az: "Rəqəmsal musiqi", ru: "Цифровая музыка" },
    description: {
      en: "Lossless albums and mugham recordings to download.",
      az: "Yükləmək üçün itkisiz keyfiyyətli albomlar və muğam yazıları.",
      ru: "Альбомы без потерь качества и записи мугама для скачивания.",
    },
  },
  {
    handle: "sample-packs",
    parent: "music",
    name: { en: "Sample packs", az: "Sempl paketləri", ru: "Сэмпл-паки" },
    description: {
      en: "Royalty-free loops and one-shots of tar, kamancha, balaban and naghara.",
      az: "Tar, kamança, balaban və nağaranın qonorarsız luplar və tək səsləri.",
      ru: "Лупы и ваншоты тара, кяманчи, балабана и нагары без отчислений.",
    },
  },
  {
    handle: "game-assets",
    parent: "digital",
    name: { en: "Game asset packs", az: "Oyun resurs paketləri", ru: "Наборы игровых ассетов" },
    description: {
      en: "Sprites, tilesets, 3D models and sound effects inspired by Azerbaijan.",
      az: "Azərbaycandan ilhamlanan spraytlar, tayl dəstləri, 3D modellər və səs effektləri.",
      ru: "Спрайты, тайлсеты, 3D-модели и звуковые эффекты по мотивам Азербайджана.",
    },
  },
  {
    handle: "fonts",
    parent: "digital",
    name: { en: "Fonts", az: "Şriftlər", ru: "Шрифты" },
    description: {
      en: "Typefaces with full Azerbaijani Latin and Cyrillic support.",
      az: "Azərbaycan latın və kiril əlifbalarını tam dəstəkləyən şriftlər.",
      ru: "Шрифты с полной поддержкой азербайджанской латиницы и кириллицы.",
    },
  },
  {
    handle: "ebooks",
    parent: "digital",
    name: { en: "E-books", az: "Elektron kitablar", ru: "Электронные книги" },
    description: {
      en: "Books on Azerbaijani crafts, music and design in EPUB and PDF.",
      az: "Azərbaycan sənətkarlığı, musiqisi və dizaynı haqqında EPUB və PDF kitablar.",
      ru: "Книги об азербайджанских ремёслах, музыке и дизайне в EPUB и PDF.",
    },
  },
  {
    handle: "studio-recording",
    parent: "services",
    name: { en: "Studio recording hours", az: "Studiya yazısı saatları", ru: "Часы студийной записи" },
    description: {
      en: "Book time in Baku recording studios, with or without an engineer.",
      az: "Bakı səsyazma studiyalarında mühəndislə və ya mühəndissiz vaxt sifariş edin.",
      ru: "Бронируйте время в бакинских студиях звукозаписи — со звукорежиссёром или без.",
    },
  },
  {
    handle: "commissions",
    parent: "services",
    name: { en: "Animation & design commissions", az: "Animasiya və dizayn sifarişləri", ru: "Заказы анимации и дизайна" },
    description: {
      en: "Commission logos, illustrations, motion graphics and animated shorts.",
      az: "Loqo, illüstrasiya, hərəkətli qrafika və qısa animasiya sifariş edin.",
      ru: "Закажите логотип, иллюстрацию, моушн-графику или короткий анимационный ролик.",
    },
  },
  {
    handle: "masterclasses",
    parent: "services",
    name: { en: "Masterclasses", az: "Master-klaslar", ru: "Мастер-классы" },
    description: {
      en: "Learn weaving, pottery, copper chasing and music from working masters.",
      az: "Toxuculuq, dulusçuluq, mis işləmə və musiqini fəal ustalardan öyrənin.",
      ru: "Ткачество, гончарное дело, чеканка и музыка — у практикующих мастеров.",
    },
  },
  {
    handle: "dance-classes",
    parent: "services",
    name: { en: "Dance classes", az: "Rəqs dərsləri", ru: "Уроки танцев" },
    description: {
      en: "Azerbaijani folk dance, from yalli to lezginka, in Baku or online.",
      az: "Yallıdan ləzginkaya qədər Azərbaycan xalq rəqsləri — Bakıda və ya onlayn.",
      ru: "Азербайджанские народные танцы, от яллы до лезгинки, в Баку или онлайн.",
    },
  },
]
