import { l, MATERIALS, OPTIONS, VALUES } from "../../seed/data/options"
import { type Family, noun, q } from "./types"

const after = (ru: string) => ({ after: ru })

const PERSONAL_COMMERCIAL = [VALUES.personal, VALUES.commercial]

/** Music on records, as downloads and as samples. */
export const MEDIA_FAMILIES: Family[] = [
  {
    category: "vinyl-and-cds",
    kind: "physical",
    creators: ["xazar-records", "mugham-heritage"],
    nouns: [
      noun("LP", "valı", "пластинка", "f"),
      noun("double LP", "ikiqat valı", "двойная пластинка", "f"),
      noun("CD", "CD diski", "CD-диск", "m"),
      noun("box set", "kolleksiya qutusu", "бокс-сет", "m"),
    ],
    qualifiers: [
      q("Mugham", "Muğam", after("с мугамом")),
      q("Jazz", "Caz", after("с джазом")),
      q("Ashug", "Aşıq", after("с ашугской музыкой")),
      q("Folk song", "Xalq mahnısı", after("с народными песнями")),
      q("Ethno-electronica", "Etno-elektronika", after("с этно-электроникой")),
    ],
    option: OPTIONS.format,
    values: [VALUES.cd, VALUES.vinyl],
    price: [18, 95],
    step: 1,
    materials: [MATERIALS.vinyl],
    sentences: [
      l("Remastered from the original tapes.", "Orijinal lentlərdən yenidən masterinq edilib.", "Ремастеринг с оригинальных плёнок."),
      l(
        "Liner notes in Azerbaijani, English and Russian.",
        "Azərbaycan, ingilis və rus dillərində annotasiya.",
        "Аннотация на азербайджанском, английском и русском.",
      ),
      l("Pressed in a numbered edition.", "Nömrələnmiş tirajla buraxılıb.", "Отпечатано нумерованным тиражом."),
      l("Recorded live in one evening.", "Bir axşamda canlı yazılıb.", "Записано вживую за один вечер."),
    ],
    tags: ["music", "vinyl", "cd"],
  },
  {
    category: "digital-music",
    kind: "digital",
    creators: ["mugham-heritage", "xazar-records"],
    nouns: [
      noun("album", "albomu", "альбом", "m"),
      noun("recording", "yazısı", "запись", "f"),
      noun("EP", "EP-si", "EP", "m"),
      noun("live session", "canlı seansı", "живая сессия", "f"),
    ],
    qualifiers: [
      q("Mugham", "Muğam", after("мугама")),
      q("Jazz-mugham", "Caz-muğam", after("джаз-мугама")),
      q("Tar", "Tar", after("для тара")),
      q("Ashug", "Aşıq", after("ашугов")),
      q("Kamancha", "Kamança", after("для кяманчи")),
    ],
    option: OPTIONS.licence,
    values: PERSONAL_COMMERCIAL,
    price: [8, 180],
    step: 1,
    sentences: [
      l("Delivered as 24-bit FLAC and MP3.", "24-bit FLAC və MP3 formatında təqdim olunur.", "Поставляется в 24-битном FLAC и MP3."),
      l(
        "The commercial licence covers film, theatre and broadcast.",
        "Kommersiya lisenziyası film, teatr və yayımı əhatə edir.",
        "Коммерческая лицензия покрывает кино, театр и эфир.",
      ),
      l(
        "Recorded with a traditional trio of tar, kamancha and daf.",
        "Tar, kamança və qavaldan ibarət ənənəvi üçlüklə yazılıb.",
        "Записано с традиционным трио: тар, кяманча и дэф.",
      ),
      l("Includes a PDF with the poems that are sung.", "Oxunan şeirlərlə PDF daxildir.", "Включает PDF с исполняемыми стихами."),
    ],
    tags: ["music", "digital", "mugham"],
  },
  {
    category: "sample-packs",
    kind: "digital",
    creators: ["elvin-beats"],
    nouns: [
      noun("sample pack", "sempl paketi", "сэмпл-пак", "m"),
      noun("loop pack", "lup paketi", "набор лупов", "m"),
      noun("one-shot kit", "tək səslər dəsti", "набор ваншотов", "m"),
      noun("multisampled instrument", "multisempl aləti", "мультисэмпл-инструмент", "m"),
    ],
    qualifiers: [
      q("Tar", "Tar", after("тара")),
      q("Kamancha", "Kamança", after("кяманчи")),
      q("Balaban", "Balaban", after("балабана")),
      q("Naghara", "Nağara", after("нагары")),
      q("Saz", "Saz", after("саза")),
      q("Oud", "Ud", after("уда")),
      q("Zurna", "Zurna", after("зурны")),
      q("Garmon", "Qarmon", after("гармони")),
    ],
    option: OPTIONS.licence,
    values: PERSONAL_COMMERCIAL,
    price: [15, 60],
    step: 1,
    sentences: [
      l(
        "24-bit WAV, tagged by key, mode and tempo.",
        "Tonallıq, məqam və tempə görə işarələnmiş 24-bit WAV.",
        "24-битный WAV с разметкой по тональности, ладу и темпу.",
      ),
      l("Royalty-free for your releases.", "Buraxılışlarınız üçün qonorarsızdır.", "Без отчислений для ваших релизов."),
      l(
        "Kits for Ableton, Kontakt and Decent Sampler.",
        "Ableton, Kontakt və Decent Sampler üçün dəstlər.",
        "Наборы для Ableton, Kontakt и Decent Sampler.",
      ),
      l(
        "Played by conservatory musicians in a treated room.",
        "Akustik işlənmiş otaqda konservatoriya musiqiçiləri ifa edib.",
        "Сыграно музыкантами консерватории в подготовленной комнате.",
      ),
    ],
    tags: ["samples", "wav", "loops"],
  },
]
