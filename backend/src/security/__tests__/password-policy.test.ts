import { describe, expect, it } from "vitest"
import { passwordProblem } from "../password-policy"

describe("the password policy", () => {
  it("accepts a long password of unrelated words", () => {
    expect(passwordProblem("quince-kettle-ribbon-1899", "ada@example.az")).toBeNull()
    expect(passwordProblem("xalça toxuyan nənəm 1961", "ada@example.az")).toBeNull()
  })

  it("refuses passwords too short or too long, and anything that is not text", () => {
    expect(passwordProblem("Ab3$xY9", null)).toMatch(/^password must be 10 to 128 characters long/)
    expect(passwordProblem("a".repeat(129), null)).toMatch(/^password must be 10 to 128/)
    expect(passwordProblem(1234567890, null)).toMatch(/^password must be 10 to 128/)
  })

  it("refuses common passwords, also with digits or symbols around them or inside", () => {
    for (const password of ["1234567890", "qwertyuiop", "Password123!", "azerbaijan2024", "!!creativemarket!!", "pass-word-2026"]) {
      expect(passwordProblem(password, null)).toMatch(/attackers try first/)
    }
  })

  it("refuses passwords of too few different characters", () => {
    expect(passwordProblem("abababababab", null)).toMatch(/at least 5 different characters/)
  })

  it("refuses a password holding the e-mail address or its name part", () => {
    expect(passwordProblem("Rashad.Aliyev.Studio", "rashad.aliyev@example.az")).toMatch(/must not contain your e-mail/)
    expect(passwordProblem("ada@example.az!", "ada@example.az")).toMatch(/must not contain your e-mail/)
    // a short name part is too common a fragment to refuse
    expect(passwordProblem("adagio-for-strings", "ada@example.az")).toBeNull()
  })
})
