/**
 * Which scheme a typed or scanned string is, whether it is valid, and its parts.
 *
 * Order of reading (the first shape that applies decides the candidates):
 *   1. several lines → 种子 label;
 *   2. `urn:epc:` → EPC URN; `http(s)://` → GS1 Digital Link, else a platform `/q/<code>` link, a 农药/兽药
 *      trace URL with its trailing code, else any other web address; `01/…/10/…` (the platform's key
 *      form, a Digital Link path without host) → GS1 Digital Link; another `scheme:` → other URI;
 *   3. `(`, `^`, `]C1`/`]d2`/`]Q3`/`]e0`/`]J1` or a GS character → GS1 element string;
 *   4. Chinese text → 药品批准文号 (`国药准字…`) or 特种设备使用登记证编号;
 *   5. `1234-56-7` → CAS; `XXXXXXXX-X` → 组织机构代码; `ZS…` platform code; `SC…` food licence; `MA.` drug code;
 *   6. letters and digits, by length (18 USCC/ID card, 13 detonator, 20 drug code, 9 organisation code);
 *   7. digits only, by length, each length with its candidates in the order listed in DIGIT_CANDIDATES.
 * Every candidate is validated; the best wins: valid with a passing check character, then valid and
 * clean, then a checked scheme failing only its check character, then valid with warnings, then invalid;
 * ties go to the earlier candidate. The others are listed
 * as alternatives (a 20-digit string can be a 肉菜 trace code, a drug code or an equipment registration).
 * 气瓶 codes are opaque and never guessed. Never throws.
 */
import { validatePesticideCode, validateSeedLabel, validateVetDrugCode } from './agri-input-codes.js'
import { validateCas } from './cas.js'
import { CANONICAL_DL_HOST, validateDigitalLink } from './digital-link.js'
import { validateDrugApprovalNumber, validateDrugCode } from './drug-code.js'
import { looksLikeElementString, validateElementString } from './element-string.js'
import { validateEpcUrn } from './epc-digital-link.js'
import { findAi } from './gs1-ai.js'
import { validateDetonatorCode, validateEquipmentCode, validateEquipmentRegistrationCode, validateGasCylinderCode, validateUseCertificateNumber } from './equipment-codes.js'
import { validateGln, validateGtin, validateSscc } from './gs1-keys.js'
import { validateIdCard } from './id-card.js'
import { validateLivestockTag } from './livestock-tag.js'
import { validateMeatNodeCode, validateMeatOperatorCode, validateMeatTraceCode } from './meat-codes.js'
import { compactCode, prepareCode } from './normalize.js'
import { validatePlatformCode } from './platform-code.js'
import { validateRegionCode } from './region-code.js'
import { issue, result, type CodeIssue, type CodeResult } from './result.js'
import { validateScLicence } from './sc-licence.js'
import { DIGITAL_LINK_PATH } from './trace-key.js'
import { validateOrganisationCode, validateUscc } from './uscc.js'

type Validator = (input: unknown) => CodeResult<object>

/** Every scheme by name, for callers that already know which one a code is. */
export const SCHEME_VALIDATORS = {
  uscc: validateUscc,
  organisation_code: validateOrganisationCode,
  id_card: validateIdCard,
  region: validateRegionCode,
  gtin: validateGtin,
  gln: validateGln,
  sscc: validateSscc,
  gs1_element_string: validateElementString,
  gs1_digital_link: (input: unknown) => validateDigitalLink(input),
  epc_urn: validateEpcUrn,
  platform: validatePlatformCode,
  drug_code: validateDrugCode,
  drug_approval_number: validateDrugApprovalNumber,
  meat_node: validateMeatNodeCode,
  meat_operator: validateMeatOperatorCode,
  meat_trace: validateMeatTraceCode,
  pesticide: (input: unknown) => validatePesticideCode(input),
  vet_drug: validateVetDrugCode,
  seed_label: validateSeedLabel,
  equipment_code: validateEquipmentCode,
  equipment_registration: validateEquipmentRegistrationCode,
  equipment_use_certificate: validateUseCertificateNumber,
  gas_cylinder: validateGasCylinderCode,
  detonator: validateDetonatorCode,
  livestock_tag: validateLivestockTag,
  cas: validateCas,
  sc_licence: validateScLicence,
} satisfies Record<string, Validator>

export type KnownScheme = keyof typeof SCHEME_VALIDATORS
export type CodeScheme = KnownScheme | 'uri' | 'unknown'
export const CODE_SCHEMES = [...(Object.keys(SCHEME_VALIDATORS) as KnownScheme[]), 'uri', 'unknown'] as CodeScheme[]

/** Schemes whose check character is public and verified here: a pass is strong evidence. */
const CHECKED = new Set<CodeScheme>(['uscc', 'organisation_code', 'id_card', 'gtin', 'gln', 'sscc', 'platform', 'cas'])
/** Warnings that say what a scheme cannot verify, not that this code looks wrong. */
const INFORMATIONAL = new Set<string>(['check_not_public', 'legacy_id_card'])

/** Candidates for a string of digits, by length, most likely first. */
const DIGIT_CANDIDATES: Record<number, KnownScheme[]> = {
  6: ['region'],
  8: ['gtin'],
  9: ['meat_node', 'organisation_code'],
  12: ['gtin'],
  13: ['gtin', 'gln', 'meat_operator', 'detonator'],
  14: ['gtin'],
  15: ['livestock_tag', 'id_card'],
  18: ['id_card', 'uscc', 'sscc', 'equipment_code'],
  19: ['equipment_registration', 'equipment_code'],
  20: ['meat_trace', 'equipment_registration', 'drug_code'],
  24: ['vet_drug'],
  32: ['pesticide'],
}
/** Digits that begin like an element string without FNC1 (a scanner that drops the symbology identifier). */
const BARE_ELEMENT_STRING = /^(00|01|02|414|8003|8004)\d/

export interface Alternative { scheme: CodeScheme; valid: boolean }

export interface IdentifiedCode extends CodeResult<Record<string, unknown>> {
  scheme: CodeScheme
  alternatives: Alternative[]
}

/**
 * 4 valid with a passing public check; 3 valid and clean; 2 a checked scheme whose only fault is the check
 * character (most likely a typo in a code of that scheme); 1 valid with warnings; 0 invalid.
 */
function score(scheme: CodeScheme, checked: CodeResult<object>): number {
  if (!checked.valid) return CHECKED.has(scheme) && checked.errors.every((e) => e.code === 'check_character') ? 2 : 0
  if (CHECKED.has(scheme) && !checked.warnings.some((w) => w.code === 'legacy_id_card')) return 4
  return checked.warnings.some((w) => !INFORMATIONAL.has(w.code)) ? 1 : 3
}

function pick(input: string, candidates: KnownScheme[]): IdentifiedCode {
  const checked = candidates.map((scheme) => ({ scheme, outcome: SCHEME_VALIDATORS[scheme](input) as CodeResult<Record<string, unknown>>, rank: 0 }))
  for (const c of checked) c.rank = score(c.scheme, c.outcome)
  const best = checked.reduce((a, b) => (b.rank > a.rank ? b : a))
  const alternatives = checked.filter((c) => c !== best).map((c) => ({ scheme: c.scheme, valid: c.outcome.valid }))
  const validOthers = alternatives.filter((a) => a.valid).map((a) => a.scheme)
  const warnings = best.outcome.valid && validOthers.length > 0 ? [...best.outcome.warnings, issue('ambiguous', { alternatives: validOthers.join(', ') })] : best.outcome.warnings
  return { ...best.outcome, warnings, scheme: best.scheme, alternatives }
}

function unknown(normalized: string, errors: CodeIssue[] = [issue('unknown_scheme')]): IdentifiedCode {
  return { ...result<Record<string, unknown>>(normalized, {}, errors), scheme: 'unknown', alternatives: [] }
}

export function identifyCode(input: unknown): IdentifiedCode {
  const prepared = prepareCode(input, { compact: false, upper: false, multiline: true, maxLength: 2048 })
  if (!prepared.ok) return unknown(prepared.result.normalized, prepared.result.errors)
  const text = prepared.text
  if (text.includes('\n')) return pick(text, ['seed_label'])
  if (/^urn:epc:/i.test(text)) return pick(text, ['epc_urn'])
  if (/^https?:\/\//i.test(text)) return fromUrl(text)
  // The platform's own key form: a Digital Link path without host, read against GS1's canonical host.
  if (DIGITAL_LINK_PATH.test(text) && findAi(text.split('/')[0])?.dlQualifiers) {
    return { ...validateDigitalLink(`${CANONICAL_DL_HOST}/${text}`), scheme: 'gs1_digital_link', alternatives: [] }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return otherUri(text)
  if (looksLikeElementString(text)) return pick(text, ['gs1_element_string'])
  if (/\p{Script=Han}/u.test(text)) {
    if (/^\s*国药准字/.test(text)) return pick(text, ['drug_approval_number'])
    return pick(text, ['equipment_use_certificate'])
  }
  if (/^\d{2,7}-\d{2}-\d$/.test(text)) return pick(text, ['cas'])
  if (/^[0-9A-Z]{8}-[0-9X]$/i.test(text)) return pick(text, ['organisation_code'])
  const compact = compactCode(text).toUpperCase()
  if (/^ZS\d/.test(compact)) return pick(compact, ['platform'])
  if (/^SC\d/.test(compact)) return pick(compact, ['sc_licence'])
  if (/^MA\./.test(compact)) return pick(compact, ['drug_code'])
  if (/^\d+$/.test(compact)) return fromDigits(compact)
  if (/^[0-9A-Z]+$/.test(compact)) return fromAlphanumeric(compact)
  return unknown(text)
}

function fromDigits(digits: string): IdentifiedCode {
  const candidates = [...(DIGIT_CANDIDATES[digits.length] ?? [])]
  if (digits.length === 20 && digits.startsWith('8')) candidates.unshift(...candidates.splice(candidates.indexOf('drug_code'), 1))
  if (BARE_ELEMENT_STRING.test(digits) && digits.length > 14) candidates.push('gs1_element_string')
  if (candidates.length === 0) return unknown(digits)
  return pick(digits, candidates)
}

function fromAlphanumeric(code: string): IdentifiedCode {
  if (code.length === 18) return pick(code, /^\d{17}X$/.test(code) ? ['id_card', 'uscc'] : ['uscc'])
  if (code.length === 13) return pick(code, ['detonator'])
  if (code.length === 20) return pick(code, ['drug_code'])
  if (code.length === 9) return pick(code, ['organisation_code'])
  return unknown(code)
}

const PLATFORM_LINK = /\/q\/([^/?#]+)$/

function fromUrl(text: string): IdentifiedCode {
  const link = validateDigitalLink(text)
  const noKey = link.errors.every((e) => e.code === 'no_primary_key' || e.code === 'dl_syntax')
  if (link.valid || !noKey) return { ...link, scheme: 'gs1_digital_link', alternatives: [] }
  const path = text.split(/[?#]/)[0]
  const platform = PLATFORM_LINK.exec(path)
  if (platform) {
    const inner = identifyCode(safeDecode(platform[1]))
    return { ...inner, parts: { ...inner.parts, carrierUrl: text } }
  }
  if (/\d{32}\D*$/.test(text)) return pick(text, ['pesticide'])
  if (/\d{24}\D*$/.test(text)) return pick(text, ['vet_drug'])
  return otherUri(text)
}

/**
 * Another absolute URI (a company's own trace page, `urn:…`): accepted as written, as trace-key.ts does.
 * A path ending in one long base64url segment is probably a compressed Digital Link, which is not decoded.
 */
function otherUri(text: string): IdentifiedCode {
  const compressed = /^https?:\/\/[^/]+\/(?:[^?#]*\/)?[A-Za-z0-9_-]{10,}$/.test(text.split(/[?#]/)[0]) && !/\/\d+\//.test(text)
  return { ...result<Record<string, unknown>>(text, { uri: text }, [], compressed ? [issue('dl_compressed')] : []), scheme: 'uri', alternatives: [] }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
