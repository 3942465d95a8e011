/**
 * An amount with its currency in an API message ("28.00 AZN"): the messages are English for
 * operators and the storefront maps them, so no locale here; never a bare number (043).
 */
export const moneyText = (amount: number, currency: string) => `${Number(amount).toFixed(2)} ${currency.toUpperCase()}`
