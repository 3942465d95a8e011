/** Why a GTIN is refused, or null when it is a valid trade item number. */
export function gtinProblem(value: string): string | null {
  if (!/^\d+$/.test(value) || ![8, 12, 13, 14].includes(value.length)) return "must be 8, 12, 13 or 14 digits"
  const digits = value.split("").map(Number)
  const check = digits.pop()!
  // GS1 mod-10: from the right, weights 3,1,3,1… on the digits before the check digit
  const sum = digits.reverse().reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 3 : 1), 0)
  if ((10 - (sum % 10)) % 10 !== check) return "has a wrong check digit"
  const gtin13 = value.padStart(14, "0").slice(1)
  // restricted GS1 prefixes: 02x/04x and 20–29 (in-store numbers), 05 and 98–99 (coupons)
  if (/^(0[245]|2\d|9[89])/.test(gtin13)) return "uses a restricted GS1 prefix (in-store or coupon number)"
  return null
}
