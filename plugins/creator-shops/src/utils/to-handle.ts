/**
 * Azerbaijani letters outside ASCII, and Russian Cyrillic in a common simple scheme. ə, ı and the
 * Cyrillic letters do not decompose, and й/ё would lose their letter to the accent-stripping below.
 */
// prettier-ignore
const LETTERS: Record<string, string> = {
  ə: "e", ı: "i", ş: "s", ç: "c", ğ: "g", ö: "o", ü: "u",
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  ß: "ss",
}

/**
 * A store URL handle from a title: lowercase Latin letters, digits and single dashes, at most
 * `maxLength` long and not ending in a dash, as the handle validator asks. Medusa's `toHandle`
 * keeps letters of every script ("şəki"), which the validator refuses. Empty when nothing is left
 * (a title of emoji): the caller picks the fallback.
 */
export function toHandle(title: string, maxLength = 56): string {
  return (
    title
      .toLowerCase()
      .replace(/./gu, (letter) => LETTERS[letter] ?? letter)
      // é → e, and İ lowercases to i with a combining dot
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // "Nənə'nin" → "nenenin", not "nene-nin"
      .replace(/['’ʼ`]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, maxLength)
      .replace(/-+$/, "")
  )
}
