import type { OptionValueSeed, ProductSeed } from "../../types"
import { l, licences, MATERIALS, OPTIONS, VALUES } from "../options"

const vinylOrCd = (vinyl: number, cd: number, vinylStock: number, cdStock: number): OptionValueSeed[] => [
  { value: VALUES.vinyl, azn: vinyl, stock: vinylStock },
  { value: VALUES.cd, azn: cd, stock: cdStock },
]

const records: ProductSeed[] = [
  {
    handle: "vinyl-caspian-jazz-mugham",
    category: "vinyl-and-cds",
    kind: "physical",
    creator: "xazar-records",
    title: l("Caspian Jazz-Mugham — LP / CD", "Xəzər caz-muğamı — LP / CD", "Каспийский джаз-мугам — LP / CD"),
    description: l(
      "A quartet of piano, tar, double bass and drums plays jazz standards through the modes of mugham, the way Vagif Mustafazadeh taught Baku to. Recorded live to tape in one evening. Gatefold sleeve with liner notes in three languages.",
      "Fortepiano, tar, kontrabas və nağaradan ibarət kvartet caz standartlarını Vaqif Mustafazadənin Bakıya öyrətdiyi kimi muğam məqamlarında ifa edir. Bir axşamda canlı olaraq lentə yazılıb. Üç dildə annotasiyalı açılan üzlük.",
      "Квартет из фортепиано, тара, контрабаса и барабанов играет джазовые стандарты в ладах мугама — так, как научил Баку Вагиф Мустафазаде. Записано вживую на плёнку за один вечер. Раскладной конверт с аннотацией на трёх языках.",
    ),
    tags: ["vinyl", "cd", "jazz", "mugham"],
    option: OPTIONS.format,
    variants: vinylOrCd(65, 25, 40, 80),
    material: MATERIALS.vinyl,
    weight: 320,
  },
  {
    handle: "vinyl-shusha-nights",
    category: "vinyl-and-cds",
    kind: "physical",
    creator: "mugham-heritage",
    title: l(
      "Shusha Nights: classic mugham — LP / CD",
      "Şuşa gecələri: klassik muğam — LP / CD",
      "Шушинские ночи: классический мугам — LP / CD",
    ),
    description: l(
      "Restored recordings of Shusha khanandas from the 1950s and 60s, sung with tar and kamancha. The tapes were cleaned frame by frame from the radio archive. A booklet tells the story of each singer.",
      "1950–60-cı illərin Şuşa xanəndələrinin tar və kamança müşayiəti ilə bərpa olunmuş yazıları. Lentlər radio arxivindən kadr-kadr təmizlənib. Kitabçada hər müğənninin hekayəsi var.",
      "Отреставрированные записи шушинских ханенде 1950–60-х годов в сопровождении тара и кяманчи. Плёнки из радиоархива очищены кадр за кадром. В буклете — история каждого певца.",
    ),
    tags: ["vinyl", "cd", "mugham", "archive", "shusha"],
    option: OPTIONS.format,
    variants: vinylOrCd(70, 28, 30, 60),
    material: MATERIALS.vinyl,
    weight: 320,
  },
  {
    handle: "cd-baku-ethno-electronica",
    category: "vinyl-and-cds",
    kind: "physical",
    creator: "xazar-records",
    title: l("Baku Ethno-Electronica — CD", "Bakı etno-elektronikası — CD", "Бакинская этно-электроника — CD"),
    description: l(
      "Twelve tracks by young Baku producers mixing balaban, naghara and field recordings with deep house. Compiled by Xazar Records for the centre's music programme. Eco-wallet sleeve.",
      "Gənc Bakı prodüserlərinin balaban, nağara və çöl yazılarını dip-hausla qarışdırdığı on iki trek. Mərkəzin musiqi proqramı üçün Xəzər Records tərəfindən tərtib olunub. Ekoloji karton üzlük.",
      "Двенадцать треков молодых бакинских продюсеров, смешивающих балабан, нагару и полевые записи с дип-хаусом. Составлено Xəzər Records для музыкальной программы центра. Экологичный картонный конверт.",
    ),
    tags: ["cd", "electronic", "baku", "compilation"],
    option: OPTIONS.format,
    variants: [{ value: VALUES.cd, azn: 22, stock: 100 }],
    weight: 110,
  },
  {
    handle: "vinyl-kamancha-sessions",
    category: "vinyl-and-cds",
    kind: "physical",
    creator: "xazar-records",
    title: l("Kamancha Sessions — LP / CD", "Kamança seansları — LP / CD", "Сессии кяманчи — LP / CD"),
    description: l(
      "Solo kamancha improvisations recorded in an empty caravanserai in Sheki, its stone walls giving a long natural echo. Two sides, two evenings. Pressed on marbled red vinyl.",
      "Şəkidə boş karvansarada yazılmış solo kamança improvizasiyaları; daş divarlar uzun təbii əks-səda verir. İki tərəf — iki axşam. Mərmər naxışlı qırmızı vinilə basılıb.",
      "Сольные импровизации на кяманче, записанные в пустом караван-сарае в Шеки: каменные стены дают долгое естественное эхо. Две стороны — два вечера. Отпечатано на мраморном красном виниле.",
    ),
    tags: ["vinyl", "cd", "kamancha", "sheki"],
    option: OPTIONS.format,
    variants: vinylOrCd(60, 24, 25, 50),
    material: MATERIALS.vinyl,
    weight: 320,
  },
]

const digitalMusic: ProductSeed[] = [
  {
    handle: "mugham-rast-recording",
    category: "digital-music",
    kind: "digital",
    creator: "mugham-heritage",
    title: l("Mugham “Rast” — full dastgah recording", "«Rast» muğamı — tam dəstgah yazısı", "Мугам «Раст» — полная запись дестгяха"),
    description: l(
      "The complete Rast dastgah, the “mother of mughams”, sung by a young khananda with a traditional trio. 52 minutes in 24-bit FLAC and MP3. The commercial licence covers film, theatre and broadcast use.",
      "«Muğamların anası» sayılan tam Rast dəstgahı gənc xanəndə və ənənəvi üçlük tərəfindən ifa olunur. 24-bit FLAC və MP3 formatında 52 dəqiqə. Kommersiya lisenziyası film, teatr və yayımda istifadəni əhatə edir.",
      "Полный дестгях «Раст», «мать мугамов», в исполнении молодого ханенде с традиционным трио. 52 минуты в 24-битном FLAC и MP3. Коммерческая лицензия покрывает использование в кино, театре и эфире.",
    ),
    tags: ["mugham", "digital", "flac", "rast"],
    option: OPTIONS.licence,
    variants: licences(12, 150),
  },
  {
    handle: "mugham-segah-recording",
    category: "digital-music",
    kind: "digital",
    creator: "mugham-heritage",
    title: l("Mugham “Segah” — full dastgah recording", "«Segah» muğamı — tam dəstgah yazısı", "Мугам «Сегях» — полная запись дестгяха"),
    description: l(
      "Segah, the mugham of love and longing, in a 47-minute performance recorded at the Mugham Centre in Baku. Includes the tasnifs and rengs between sections. Delivered as FLAC, MP3 and a PDF with the poems.",
      "Məhəbbət və həsrət muğamı Segah Bakıdakı Muğam Mərkəzində yazılmış 47 dəqiqəlik ifada. Şöbələr arasındakı təsnif və rənglər daxildir. FLAC, MP3 və şeirlərlə birlikdə PDF formatında təqdim olunur.",
      "«Сегях», мугам любви и тоски, в 47-минутном исполнении, записанном в Центре мугама в Баку. Включает тесниф и ренги между разделами. Поставляется в FLAC, MP3 и PDF со стихами.",
    ),
    tags: ["mugham", "digital", "flac", "segah"],
    option: OPTIONS.licence,
    variants: licences(12, 150),
  },
  {
    handle: "mugham-shur-recording",
    category: "digital-music",
    kind: "digital",
    creator: "mugham-heritage",
    title: l("Mugham “Shur” — archive recording 1968", "«Şur» muğamı — 1968-ci il arxiv yazısı", "Мугам «Шур» — архивная запись 1968 года"),
    description: l(
      "A legendary radio session of Shur from 1968, digitised from the original reel and carefully restored. The hiss is gone, the breath of the room is kept. Liner notes by a musicologist of the Baku Music Academy.",
      "1968-ci ilə aid əfsanəvi Şur radio yazısı orijinal lentdən rəqəmsallaşdırılıb və diqqətlə bərpa olunub. Xışıltı aradan qaldırılıb, otağın nəfəsi saxlanılıb. Bakı Musiqi Akademiyasının musiqişünasının annotasiyası ilə.",
      "Легендарная радиозапись мугама «Шур» 1968 года, оцифрованная с оригинальной катушки и бережно отреставрированная. Шипение убрано, дыхание зала сохранено. Аннотация музыковеда Бакинской музыкальной академии.",
    ),
    tags: ["mugham", "digital", "archive", "shur"],
    option: OPTIONS.licence,
    variants: licences(10, 120),
  },
  {
    handle: "album-tar-and-strings",
    category: "digital-music",
    kind: "digital",
    creator: "xazar-records",
    title: l("Tar and Strings — digital album", "Tar və simlilər — rəqəmsal albom", "Тар и струнные — цифровой альбом"),
    description: l(
      "Eight new pieces for tar and string quartet, where the tar leads and the quartet answers in Western harmony. Recorded at Ritm Studio in Baku. Hi-res download with stems under the commercial licence.",
      "Tar və simli kvartet üçün səkkiz yeni əsər: tar aparıcıdır, kvartet isə Qərb harmoniyası ilə cavab verir. Bakıda Ritm Studiyasında yazılıb. Kommersiya lisenziyası ilə yüksək keyfiyyətli yükləmə və ayrı treklər.",
      "Восемь новых пьес для тара и струнного квартета: тар ведёт, а квартет отвечает западной гармонией. Записано на студии «Ритм» в Баку. Загрузка в высоком разрешении; с коммерческой лицензией — отдельные дорожки.",
    ),
    tags: ["tar", "digital", "album", "strings"],
    option: OPTIONS.licence,
    variants: licences(15, 180),
  },
]

const samplePacks: ProductSeed[] = [
  {
    handle: "samples-tar-loops-vol-1",
    category: "sample-packs",
    kind: "digital",
    creator: "elvin-beats",
    title: l("Tar Loops Vol. 1 — sample pack", "Tar lupları 1 — sempl paketi", "Tar Loops Vol. 1 — сэмпл-пак тара"),
    description: l(
      "120 tar loops at 80–140 BPM, tagged by key and mode, played by a conservatory tarist. 24-bit WAV, dry and with room. Ready for hip-hop, house and film scoring.",
      "Konservatoriya tarzəni tərəfindən ifa olunmuş, tonallıq və məqama görə işarələnmiş 80–140 BPM-lik 120 tar lupu. 24-bit WAV, quru və otaq akustikası ilə. Hip-hop, haus və kino musiqisi üçün hazırdır.",
      "120 лупов тара в темпе 80–140 BPM, размеченных по тональности и ладу, в исполнении тариста консерватории. 24-битный WAV, сухие и с залом. Готовы для хип-хопа, хауса и музыки к фильмам.",
    ),
    tags: ["samples", "tar", "loops", "wav"],
    option: OPTIONS.licence,
    variants: licences(29, 59),
  },
  {
    handle: "samples-naghara-rhythms",
    category: "sample-packs",
    kind: "digital",
    creator: "elvin-beats",
    title: l("Naghara Rhythms — drum sample pack", "Nağara ritmləri — zərb sempl paketi", "Ритмы нагары — пак ударных сэмплов"),
    description: l(
      "Naghara, gosha-naghara and def: 300 one-shots and 90 grooves from wedding rhythms to the six-eight of yalli. Multi-velocity kits for Ableton, Kontakt and plain WAV. Recorded with three microphones.",
      "Nağara, qoşa nağara və qaval: toy ritmlərindən yallının altı-səkkizliyinə qədər 300 tək zərbə və 90 ritm. Ableton, Kontakt və adi WAV üçün çoxsəviyyəli dəstlər. Üç mikrofonla yazılıb.",
      "Нагара, гоша-нагара и дэф: 300 ваншотов и 90 грувов — от свадебных ритмов до шесть восьмых яллы. Многослойные наборы для Ableton, Kontakt и простой WAV. Записано на три микрофона.",
    ),
    tags: ["samples", "drums", "naghara", "wav"],
    option: OPTIONS.licence,
    variants: licences(25, 49),
  },
  {
    handle: "samples-balaban-textures",
    category: "sample-packs",
    kind: "digital",
    creator: "elvin-beats",
    title: l(
      "Balaban Textures — ambient sample pack",
      "Balaban teksturaları — ambient sempl paketi",
      "Текстуры балабана — эмбиент сэмпл-пак",
    ),
    description: l(
      "Long, breathy balaban drones, swells and granular textures for ambient and film. 2.4 GB of 24-bit WAV. Each sound also comes time-stretched and reversed.",
      "Ambient və kino üçün uzun, nəfəsli balaban dronları, yüksəlişlər və qranulyar teksturalar. 2,4 GB 24-bit WAV. Hər səsin zamanca uzadılmış və tərsinə çevrilmiş variantı da var.",
      "Долгие дышащие дроны балабана, нарастания и гранулярные текстуры для эмбиента и кино. 2,4 ГБ 24-битного WAV. Каждый звук есть также в растянутой и обратной версии.",
    ),
    tags: ["samples", "balaban", "ambient", "wav"],
    option: OPTIONS.licence,
    variants: licences(19, 39),
  },
  {
    handle: "samples-kamancha-one-shots",
    category: "sample-packs",
    kind: "digital",
    creator: "elvin-beats",
    title: l("Kamancha One-Shots — sample pack", "Kamança tək səsləri — sempl paketi", "Ваншоты кяманчи — сэмпл-пак"),
    description: l(
      "Every note of the kamancha across two octaves, bowed, plucked and with vibrato, mapped into a playable instrument. Includes 40 short melodic phrases in Segah and Bayati-Shiraz. For Kontakt, Decent Sampler and WAV.",
      "Kamançanın iki oktava boyunca bütün notları — kamanla, dartma ilə və vibrato ilə — çalınabilən alətə çevrilib. Segah və Bayatı-Şiraz məqamlarında 40 qısa melodik ifadə daxildir. Kontakt, Decent Sampler və WAV üçün.",
      "Все ноты кяманчи в двух октавах — смычком, щипком и с вибрато, собранные в играбельный инструмент. Включает 40 коротких мелодических фраз в ладах сегях и баяты-шираз. Для Kontakt, Decent Sampler и WAV.",
    ),
    tags: ["samples", "kamancha", "instrument", "wav"],
    option: OPTIONS.licence,
    variants: licences(35, 60),
  },
]

export const MUSIC: ProductSeed[] = [...records, ...digitalMusic, ...samplePacks]
