import type { ProductSeed } from "../../types"
import { hours, l, OPTIONS, remoteOrOnsite } from "../options"

const studio: ProductSeed[] = [
  {
    handle: "studio-live-room-recording",
    category: "studio-recording",
    kind: "service",
    creator: "ritm-studio",
    title: l("Live room recording session", "Canlı otaqda səsyazma", "Запись в live-комнате"),
    description: l(
      "Book the 40 m² live room at Ritm Studio with a recording engineer, Neumann microphones and an analogue console. Ideal for tar, kamancha, piano trios and small ensembles. Raw multitracks are yours the same day.",
      "Ritm Studiyasının 40 m²-lik canlı otağını səs mühəndisi, Neumann mikrofonları və analoq pultla sifariş edin. Tar, kamança, fortepiano triosu və kiçik ansambllar üçün idealdır. Çoxtrekli yazılar elə həmin gün sizə verilir.",
      "Забронируйте live-комнату студии «Ритм» площадью 40 м² со звукорежиссёром, микрофонами Neumann и аналоговым пультом. Идеально для тара, кяманчи, фортепианного трио и небольших ансамблей. Многодорожечные записи — в тот же день.",
    ),
    tags: ["studio", "recording", "engineer", "baku"],
    option: OPTIONS.duration,
    variants: hours(60, 210),
  },
  {
    handle: "studio-mixing-and-mastering",
    category: "studio-recording",
    kind: "service",
    creator: "ritm-studio",
    title: l("Mixing and mastering", "Miksinq və mastering", "Сведение и мастеринг"),
    description: l(
      "Send your stems and get a mix and master ready for streaming, vinyl or broadcast. Two rounds of revisions are included. Engineers with credits on mugham, jazz and pop releases.",
      "Treklərinizi göndərin və strimlinq, vinil və ya yayım üçün hazır miks və mastering alın. İki düzəliş mərhələsi daxildir. Muğam, caz və pop buraxılışlarında işləmiş mühəndislər.",
      "Пришлите дорожки и получите сведение и мастеринг, готовые для стриминга, винила или эфира. Две правки включены. Звукорежиссёры с опытом релизов мугама, джаза и поп-музыки.",
    ),
    tags: ["studio", "mixing", "mastering", "remote"],
    option: OPTIONS.scope,
    variants: [
      { value: l("1 track", "1 trek", "1 трек"), azn: 120 },
      { value: l("EP (up to 5 tracks)", "EP (5 trekə qədər)", "EP (до 5 треков)"), azn: 480 },
    ],
  },
  {
    handle: "studio-vocal-booth",
    category: "studio-recording",
    kind: "service",
    creator: "ritm-studio",
    title: l("Vocal booth with engineer", "Mühəndislə vokal kabinəsi", "Вокальная кабина со звукорежиссёром"),
    description: l(
      "A treated vocal booth for singers, khanandas, podcasters and voice actors. The engineer comps and tunes the takes if you wish. Tea and lemon are on the house.",
      "Müğənnilər, xanəndələr, podkasterlər və səs aktyorları üçün akustik işlənmiş vokal kabinəsi. İstəsəniz, mühəndis dublları birləşdirib tənzimləyəcək. Çay və limon müəssisədəndir.",
      "Акустически подготовленная вокальная кабина для певцов, ханенде, подкастеров и актёров озвучания. По желанию звукорежиссёр склеит и выровняет дубли. Чай с лимоном — за счёт заведения.",
    ),
    tags: ["studio", "vocals", "podcast", "voice-over"],
    option: OPTIONS.duration,
    variants: hours(40, 140),
  },
]

const commissions: ProductSeed[] = [
  {
    handle: "commission-logo-design",
    category: "commissions",
    kind: "service",
    creator: "koch-animation",
    title: l("Logo and brand mark design", "Loqo və brend nişanı dizaynı", "Дизайн логотипа и фирменного знака"),
    description: l(
      "A logo with three concepts, two rounds of revisions and files for print, web and social media. Optional Azerbaijani ornament motifs drawn to fit your brand. Delivered in two to three weeks.",
      "Üç konsepsiya, iki düzəliş mərhələsi və çap, veb və sosial şəbəkələr üçün fayllarla loqo. İstəyə görə brendinizə uyğun çəkilmiş Azərbaycan ornament motivləri. İki-üç həftəyə təhvil verilir.",
      "Логотип с тремя концепциями, двумя раундами правок и файлами для печати, веба и соцсетей. По желанию — азербайджанские орнаментальные мотивы, нарисованные под ваш бренд. Срок — две-три недели.",
    ),
    tags: ["design", "logo", "branding", "commission"],
    option: OPTIONS.scope,
    variants: [
      { value: l("Logo", "Loqo", "Логотип"), azn: 900 },
      { value: l("Logo + brand book", "Loqo + brendbuk", "Логотип + брендбук"), azn: 2400 },
    ],
  },
  {
    handle: "commission-animated-short",
    category: "commissions",
    kind: "service",
    creator: "koch-animation",
    title: l("30-second animated short", "30 saniyəlik qısa animasiya", "30-секундный анимационный ролик"),
    description: l(
      "A 30-second 2D animation for an advert, a music video or a festival trailer, from script and storyboard to final render. Music and sound design by our partner studio. Usually ready in six weeks.",
      "Reklam, klip və ya festival treyleri üçün ssenari və raskadrovkadan son renderə qədər 30 saniyəlik 2D animasiya. Musiqi və səs dizaynı tərəfdaş studiyamızdandır. Adətən altı həftəyə hazır olur.",
      "30-секундная 2D-анимация для рекламы, клипа или фестивального трейлера — от сценария и раскадровки до финального рендера. Музыка и саунд-дизайн — от студии-партнёра. Обычно готово за шесть недель.",
    ),
    tags: ["animation", "2d", "video", "commission"],
    option: OPTIONS.scope,
    variants: [
      { value: l("2D, 30 seconds", "2D, 30 saniyə", "2D, 30 секунд"), azn: 3200 },
      { value: l("2D, 60 seconds", "2D, 60 saniyə", "2D, 60 секунд"), azn: 5600 },
    ],
  },
  {
    handle: "commission-miniature-portrait",
    category: "commissions",
    kind: "service",
    creator: "aysel-miniatures",
    title: l("Portrait in the miniature style", "Miniatür üslubunda portret", "Портрет в стиле миниатюры"),
    description: l(
      "A portrait of you, your family or your pet painted in the style of Tabriz miniatures, with a garden and border of your choice. Send photographs; a sketch comes back for approval in a week. The finished painting ships framed.",
      "Sizin, ailənizin və ya ev heyvanınızın Təbriz miniatürü üslubunda, seçdiyiniz bağ və haşiyə ilə çəkilmiş portreti. Fotoşəkillər göndərin; bir həftəyə təsdiq üçün eskiz gələcək. Hazır rəsm çərçivədə göndərilir.",
      "Ваш портрет, портрет семьи или питомца в стиле тебризской миниатюры — с садом и каймой на ваш выбор. Пришлите фотографии; через неделю вернётся эскиз на утверждение. Готовая работа отправляется в раме.",
    ),
    tags: ["miniature", "portrait", "commission", "gift"],
    option: OPTIONS.scope,
    variants: [
      { value: l("One person", "Bir nəfər", "Один человек"), azn: 650 },
      { value: l("Family (up to 4)", "Ailə (4 nəfərə qədər)", "Семья (до 4 человек)"), azn: 1200 },
    ],
  },
]

const masterclasses: ProductSeed[] = [
  {
    handle: "masterclass-carpet-weaving",
    category: "masterclasses",
    kind: "service",
    creator: "qarabag-weavers",
    title: l("Carpet weaving masterclass", "Xalçaçılıq üzrə master-klas", "Мастер-класс по ковроткачеству"),
    description: l(
      "Learn the Turkish knot on a real loom and weave a small sample to take home. The masters explain how a Karabakh pattern is read from a drawing. Online, the loom kit ships to you beforehand.",
      "Əsl dəzgahda türk ilməsini öyrənin və evə aparmaq üçün kiçik nümunə toxuyun. Ustalar Qarabağ naxışının çertyojdan necə oxunduğunu izah edir. Onlayn formatda dəzgah dəsti sizə əvvəlcədən göndərilir.",
      "Освойте турецкий узел на настоящем станке и сотките небольшой образец, который заберёте домой. Мастера объяснят, как карабахский узор читается с рисунка. Для онлайн-формата набор со станком присылается заранее.",
    ),
    tags: ["masterclass", "carpet", "weaving", "workshop"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(90, 140),
  },
  {
    handle: "masterclass-pottery-wheel",
    category: "masterclasses",
    kind: "service",
    creator: "leyla-ceramics",
    title: l("Pottery wheel masterclass", "Dulus dəzgahında master-klas", "Мастер-класс на гончарном круге"),
    description: l(
      "Three hours at the wheel in Leyla's Icherisheher studio: centring, throwing a bowl and trimming it. Your pieces are glazed and fired, then ready to collect two weeks later. Groups of up to six.",
      "Leylanın İçərişəhərdəki emalatxanasında dulus dəzgahı arxasında üç saat: mərkəzləmə, kasa düzəltmə və onun işlənməsi. Əsərləriniz şirlənib bişirilir və iki həftə sonra götürməyə hazır olur. Altı nəfərə qədər qruplar.",
      "Три часа за гончарным кругом в мастерской Лейлы в Ичеришехере: центровка, вытягивание чаши и её обточка. Ваши изделия покроют глазурью и обожгут — через две недели их можно забрать. Группы до шести человек.",
    ),
    tags: ["masterclass", "ceramics", "pottery", "baku"],
    option: OPTIONS.delivery,
    variants: [{ value: l("On-site", "Əyani", "Очно"), azn: 110 }],
  },
  {
    handle: "masterclass-copper-chasing",
    category: "masterclasses",
    kind: "service",
    creator: "lahij-coppersmiths",
    title: l("Copper chasing masterclass in Lahij", "Lahıcda mis döymə master-klası", "Мастер-класс по чеканке меди в Лагиче"),
    description: l(
      "Spend a day in a Lahij workshop and chase your own copper plate with a traditional pattern. Lunch at a village house is included. Online, you get a starter tool kit and a live session with the master.",
      "Bir gününüzü Lahıc emalatxanasında keçirin və öz mis boşqabınızı ənənəvi naxışla döyün. Kənd evində nahar daxildir. Onlayn formatda başlanğıc alət dəsti və usta ilə canlı dərs alırsınız.",
      "Проведите день в лагичской мастерской и вычеканьте собственную медную тарелку с традиционным узором. Обед в деревенском доме включён. В онлайн-формате — стартовый набор инструментов и живое занятие с мастером.",
    ),
    tags: ["masterclass", "copper", "lahij", "workshop"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(70, 150),
  },
  {
    handle: "masterclass-kelagayi-printing",
    category: "masterclasses",
    kind: "service",
    creator: "sheki-silk",
    title: l("Kelaghayi block-printing masterclass", "Kəlağayı naxışlama master-klası", "Мастер-класс по набойке кялагаи"),
    description: l(
      "Print your own kelaghayi with the wooden stamps of Sheki masters and learn how the wax-resist dyeing works. You leave with a finished silk scarf. The online version ships a silk blank and two stamps.",
      "Şəki ustalarının taxta qəlibləri ilə öz kəlağayınızı naxışlayın və mumla boyama üsulunu öyrənin. Hazır ipək kəlağayı ilə qayıdırsınız. Onlayn versiyada ipək parça və iki qəlib göndərilir.",
      "Набейте собственный кялагаи деревянными штампами шекинских мастеров и узнайте, как работает резервное крашение воском. Вы уйдёте с готовым шёлковым платком. Для онлайн-версии высылаются шёлковая заготовка и два штампа.",
    ),
    tags: ["masterclass", "kelagayi", "silk", "sheki"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(80, 120),
  },
  {
    handle: "masterclass-tar-first-steps",
    category: "masterclasses",
    kind: "service",
    creator: "ritm-studio",
    title: l("Tar first steps masterclass", "Tarda ilk addımlar — master-klas", "Мастер-класс «Первые шаги на таре»"),
    description: l(
      "Hold a tar for the first time and play a simple melody by the end of the class. A conservatory tarist teaches posture, the plectrum and the first mode. Instruments are provided on site.",
      "Tarı ilk dəfə əlinizə alın və dərsin sonunda sadə bir melodiya çalın. Konservatoriya tarzəni duruşu, mizrabı və ilk məqamı öyrədir. Əyani dərslərdə alətlər verilir.",
      "Впервые возьмите в руки тар и к концу занятия сыграйте простую мелодию. Тарист консерватории научит посадке, работе медиатором и первому ладу. На очных занятиях инструменты предоставляются.",
    ),
    tags: ["masterclass", "tar", "music", "beginner"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(45, 70),
  },
]

const dance: ProductSeed[] = [
  {
    handle: "dance-yalli-group-class",
    category: "dance-classes",
    kind: "service",
    creator: "yalli-dance",
    title: l("Yalli group dance class", "Yallı qrup dərsi", "Групповое занятие по яллы"),
    description: l(
      "Yalli is the oldest round dance of Azerbaijan, danced hand in hand in a chain. Learn the basic steps and two regional variants in a friendly group. No partner or experience needed.",
      "Yallı Azərbaycanın ən qədim dairəvi rəqsidir, əl-ələ tutub zəncir şəklində oynanılır. Səmimi qrupda əsas addımları və iki bölgə variantını öyrənin. Partnyor və təcrübə tələb olunmur.",
      "Яллы — древнейший хороводный танец Азербайджана, который танцуют цепочкой, держась за руки. Выучите базовые шаги и два региональных варианта в дружной группе. Партнёр и опыт не нужны.",
    ),
    tags: ["dance", "yalli", "folk", "group"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(15, 25),
  },
  {
    handle: "dance-lezginka-private-lesson",
    category: "dance-classes",
    kind: "service",
    creator: "yalli-dance",
    title: l("Lezginka private lesson", "Ləzginka fərdi dərsi", "Индивидуальный урок лезгинки"),
    description: l(
      "A one-to-one lesson in the fast, proud lezginka of northern Azerbaijan. The teacher adapts the pace to you, from first steps to tricks for a wedding. Online lessons need two square metres of floor.",
      "Şimali Azərbaycanın sürətli, qürurlu ləzginkası üzrə fərdi dərs. Müəllim tempi sizə uyğunlaşdırır — ilk addımlardan toy üçün fəndlərə qədər. Onlayn dərslər üçün iki kvadrat metr yer kifayətdir.",
      "Индивидуальный урок быстрой и гордой лезгинки северного Азербайджана. Преподаватель подстроит темп под вас — от первых шагов до трюков для свадьбы. Для онлайн-урока достаточно двух квадратных метров пола.",
    ),
    tags: ["dance", "lezginka", "private", "folk"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(35, 50),
  },
  {
    handle: "dance-wedding-choreography",
    category: "dance-classes",
    kind: "service",
    creator: "yalli-dance",
    title: l("Wedding dance choreography", "Toy rəqsi xoreoqrafiyası", "Постановка свадебного танца"),
    description: l(
      "A first dance for the couple that blends a waltz with the Azerbaijani vagzali and uzundara. Five rehearsals and a video of the choreography to practise at home. Music editing is included.",
      "Valsı Azərbaycan vağzalı və uzundərəsi ilə birləşdirən cütlüyün ilk rəqsi. Beş məşq və evdə təkrar etmək üçün xoreoqrafiyanın videosu. Musiqinin montajı daxildir.",
      "Первый танец пары, соединяющий вальс с азербайджанскими вагзалы и узундара. Пять репетиций и видео хореографии, чтобы репетировать дома. Монтаж музыки включён.",
    ),
    tags: ["dance", "wedding", "choreography"],
    option: OPTIONS.delivery,
    variants: remoteOrOnsite(300, 400),
  },
]

export const SERVICES: ProductSeed[] = [...studio, ...commissions, ...masterclasses, ...dance]
