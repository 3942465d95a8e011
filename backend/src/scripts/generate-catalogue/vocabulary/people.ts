import type { Localized } from "../../seed/types"
import { l } from "../../seed/data/options"

/** Towns of Azerbaijani crafts and music, in the three spellings. */
export const CITIES: Localized[] = [
  l("Baku", "Bakı", "Баку"),
  l("Sheki", "Şəki", "Шеки"),
  l("Guba", "Quba", "Губа"),
  l("Ganja", "Gəncə", "Гянджа"),
  l("Lahij", "Lahıc", "Лагич"),
  l("Shusha", "Şuşa", "Шуша"),
  l("Lankaran", "Lənkəran", "Ленкорань"),
  l("Gabala", "Qəbələ", "Габала"),
  l("Shamakhi", "Şamaxı", "Шемаха"),
  l("Nakhchivan", "Naxçıvan", "Нахичевань"),
  l("Sumgait", "Sumqayıt", "Сумгаит"),
  l("Zagatala", "Zaqatala", "Закаталы"),
  l("Ismayilli", "İsmayıllı", "Исмаиллы"),
  l("Basqal", "Basqal", "Басгал"),
  l("Gazakh", "Qazax", "Газах"),
]

/** Names of motifs, places, poems and modes that titles are named after. */
export const MOTIFS: Localized[] = [
  l("Chelebi", "Çələbi", "Челеби"),
  l("Khanlig", "Xanlıq", "Ханлыг"),
  l("Gulustan", "Gülüstan", "Гюлюстан"),
  l("Buta", "Buta", "Бута"),
  l("Shusha", "Şuşa", "Шуша"),
  l("Khazar", "Xəzər", "Хазар"),
  l("Nizami", "Nizami", "Низами"),
  l("Leyli", "Leyli", "Лейли"),
  l("Novruz", "Novruz", "Новруз"),
  l("Gobustan", "Qobustan", "Гобустан"),
  l("Icherisheher", "İçərişəhər", "Ичеришехер"),
  l("Yanar Dag", "Yanar Dağ", "Янардаг"),
  l("Shahdag", "Şahdağ", "Шахдаг"),
  l("Goygol", "Göygöl", "Гёйгёль"),
  l("Khari Bulbul", "Xarı bülbül", "Хары бюльбюль"),
  l("Sari Gelin", "Sarı gəlin", "Сары гялин"),
  l("Gunesh", "Günəş", "Гюнеш"),
  l("Ulduz", "Ulduz", "Улдуз"),
  l("Bahar", "Bahar", "Бахар"),
  l("Payiz", "Payız", "Паиз"),
  l("Dan Ulduzu", "Dan ulduzu", "Дан улдузу"),
  l("Karvan", "Karvan", "Карван"),
  l("Nar", "Nar", "Нар"),
  l("Segah", "Segah", "Сегях"),
  l("Rast", "Rast", "Раст"),
  l("Bayati", "Bayatı", "Баяты"),
  l("Shur", "Şur", "Шур"),
  l("Kapaz", "Kəpəz", "Кяпаз"),
  l("Murov", "Murov", "Муров"),
  l("Araz", "Araz", "Араз"),
  l("Kur", "Kür", "Кура"),
  l("Dede Gorgud", "Dədə Qorqud", "Деде Горгуд"),
  l("Koroglu", "Koroğlu", "Кёроглу"),
  l("Ashug", "Aşıq", "Ашуг"),
  l("Simurg", "Simurq", "Симург"),
  l("Pari", "Pəri", "Пери"),
  l("Jeyran", "Ceyran", "Джейран"),
  l("Lale", "Lalə", "Лале"),
  l("Nargiz", "Nərgiz", "Наргиз"),
  l("Sona", "Sona", "Сона"),
  l("Ay Ishigi", "Ay işığı", "Ай ышыгы"),
  l("Dashkasan", "Daşkəsən", "Дашкесан"),
  l("Gulnar", "Gülnar", "Гюльнар"),
  l("Shirvanshah", "Şirvanşah", "Ширваншах"),
  l("Khatai", "Xətai", "Хатаи"),
  l("Fuzuli", "Füzuli", "Физули"),
  l("Natavan", "Natəvan", "Натаван"),
  l("Uzeyir", "Üzeyir", "Узеир"),
  l("Mugan", "Muğan", "Мугань"),
  l("Sabah", "Sabah", "Сабах"),
]

type Person = { first: Localized; female: boolean }

const FIRST_NAMES: Person[] = [
  { first: l("Rashid", "Rəşid", "Рашид"), female: false },
  { first: l("Elchin", "Elçin", "Эльчин"), female: false },
  { first: l("Tural", "Tural", "Турал"), female: false },
  { first: l("Farid", "Fərid", "Фарид"), female: false },
  { first: l("Orkhan", "Orxan", "Орхан"), female: false },
  { first: l("Ilgar", "İlqar", "Ильгар"), female: false },
  { first: l("Vugar", "Vüqar", "Вугар"), female: false },
  { first: l("Samir", "Samir", "Самир"), female: false },
  { first: l("Nigar", "Nigar", "Нигяр"), female: true },
  { first: l("Gunel", "Günel", "Гюнель"), female: true },
  { first: l("Sevinj", "Sevinc", "Севиндж"), female: true },
  { first: l("Aytan", "Aytən", "Айтен"), female: true },
  { first: l("Lala", "Lalə", "Лала"), female: true },
  { first: l("Shahla", "Şəhla", "Шахла"), female: true },
  { first: l("Konul", "Könül", "Кёнуль"), female: true },
  { first: l("Ulviyya", "Ülviyyə", "Ульвия"), female: true },
]

/** Surnames in the masculine; the feminine adds -a in all three languages. */
const SURNAMES: Localized[] = [
  l("Mammadov", "Məmmədov", "Мамедов"),
  l("Aliyev", "Əliyev", "Алиев"),
  l("Hasanov", "Həsənov", "Гасанов"),
  l("Huseynov", "Hüseynov", "Гусейнов"),
  l("Guliyev", "Quliyev", "Кулиев"),
  l("Ismayilov", "İsmayılov", "Исмаилов"),
  l("Jafarov", "Cəfərov", "Джафаров"),
  l("Rzayev", "Rzayev", "Рзаев"),
  l("Abbasov", "Abbasov", "Аббасов"),
  l("Najafov", "Nəcəfov", "Наджафов"),
  l("Safarov", "Səfərov", "Сафаров"),
  l("Karimov", "Kərimov", "Керимов"),
]

/** A master's full name: "Nigar Hasanova", "Nigar Həsənova", "Нигяр Гасанова". */
export function masterName(firstIndex: number, surnameIndex: number): Localized {
  const person = FIRST_NAMES[firstIndex % FIRST_NAMES.length]
  const surname = SURNAMES[surnameIndex % SURNAMES.length]
  const suffix = person.female ? "a" : ""
  const ruSuffix = person.female ? "а" : ""
  return l(
    `${person.first.en} ${surname.en}${suffix}`,
    `${person.first.az} ${surname.az}${suffix}`,
    `${person.first.ru} ${surname.ru}${ruSuffix}`,
  )
}
export const MASTER_COMBINATIONS = FIRST_NAMES.length * SURNAMES.length
