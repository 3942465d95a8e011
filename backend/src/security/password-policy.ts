import { COMMON_PASSWORDS } from "./common-passwords"

/**
 * The one password policy for every actor (operators, creators, customers): docs/decisions/009.
 * Applied by backend/src/api/middlewares.ts wherever a password is set over HTTP.
 */
export const PASSWORD_POLICY = {
  minLength: 10,
  maxLength: 128,
  /** "aaaaaaaaaa" and "abababab12" are long but guessed at once */
  minDistinctCharacters: 5,
} as const

const common = new Set(COMMON_PASSWORDS.map((password) => password.toLowerCase()))

/** The password without digits and symbols added at either end: "Password123!" → "password". */
const core = (password: string) => password.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")

/**
 * What is wrong with a password that is about to be set, as a sentence a person can act on, or
 * null when it is acceptable. `email` is the account's e-mail address, when known.
 */
export function passwordProblem(password: unknown, email?: string | null): string | null {
  const { minLength, maxLength, minDistinctCharacters } = PASSWORD_POLICY
  if (typeof password !== "string" || [...password].length < minLength || [...password].length > maxLength) {
    return `password must be ${minLength} to ${maxLength} characters long: a few unrelated words make a long password that is easy to remember.`
  }
  const lower = password.toLowerCase()
  const squashed = lower.replace(/[^\p{L}\p{N}]/gu, "")
  if ([lower, core(lower), squashed, core(squashed)].some((candidate) => common.has(candidate))) {
    return "password is one of the passwords attackers try first: choose something less predictable, such as a few unrelated words."
  }
  if (new Set(lower).size < minDistinctCharacters) {
    return `password must use at least ${minDistinctCharacters} different characters: choose something less predictable, such as a few unrelated words.`
  }
  const address = email?.trim().toLowerCase()
  const name = address?.split("@")[0] ?? ""
  if (address && (lower.includes(address) || (name.length >= 4 && lower.includes(name)))) {
    return "password must not contain your e-mail address or its name part: choose something else."
  }
  return null
}
