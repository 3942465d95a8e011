/** The shortest new password the backend takes (its policy: 10–128 characters, see docs/decisions/009). */
export const NEW_PASSWORD_MIN = 10
