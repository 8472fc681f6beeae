/**
 * What a complainant may send: text of 10–2000 characters without markup, and a way to answer them (a
 * Chinese mobile number or an email address). Markup is refused rather than silently stripped, so what
 * is stored is what the person wrote; every page renders complaint text escaped anyway.
 */
import { ZhuisuError } from '../errors.js'

export const TEXT_MIN = 10
export const TEXT_MAX = 2000
/** A tag-like `<letter`, `</`, `<!`, or a `javascript:` / `on…=` handler: refused as markup. */
const MARKUP = /<\s*[a-z!/?]|javascript\s*:|\bon[a-z]+\s*=/i
/** Mainland mobile numbers: 11 digits starting 13–19, optionally +86 / 86. */
const MOBILE = /^(?:\+?86[- ]?)?(1[3-9]\d{9})$/
const EMAIL = /^[^\s@<>()]{1,64}@[^\s@<>()]{1,190}\.[a-z]{2,}$/i

export interface ComplaintContact {
  name?: string
  phone?: string
  email?: string
}

export function checkComplaintText(raw: string, field = '/text'): string {
  const text = raw.trim()
  if ([...text].length < TEXT_MIN || [...text].length > TEXT_MAX) throw new ZhuisuError('complaint_text_length', field)
  if (MARKUP.test(text)) throw new ZhuisuError('complaint_text_markup', field)
  return text
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value)
}

/** The mobile number in 11-digit form, or undefined when it is not one. */
export function normaliseMobile(raw: string): string | undefined {
  return MOBILE.exec(raw.replace(/[\s-]/g, ''))?.[1]
}

export function checkContact(contact: ComplaintContact, field = '/contact'): ComplaintContact {
  const name = contact.name?.trim() || undefined
  const phoneRaw = contact.phone?.trim() || undefined
  const emailRaw = contact.email?.trim() || undefined
  if (!phoneRaw && !emailRaw) throw new ZhuisuError('complaint_contact_required', `${field}/phone`)
  const phone = phoneRaw === undefined ? undefined : normaliseMobile(phoneRaw)
  if (phoneRaw !== undefined && phone === undefined) throw new ZhuisuError('complaint_phone_invalid', `${field}/phone`)
  if (emailRaw !== undefined && !isEmail(emailRaw)) throw new ZhuisuError('complaint_email_invalid', `${field}/email`)
  if (name !== undefined && ([...name].length > 50 || MARKUP.test(name))) throw new ZhuisuError('complaint_text_markup', `${field}/name`)
  return { name, phone, email: emailRaw }
}

/** Masks a mobile number for people who need not see it whole: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}
