/**
 * Identifiers of the demo's parties, sites and goods, each with its real check characters: USCCs
 * (GB 32100, via completeUscc), GS1 company prefixes, GTINs, GLNs and SSCCs (GB 12904 mod 10, via
 * withGs1Check) and their EPC URNs (GS1 TDS), plus licence and document numbers in their usual shapes.
 * One instance per demo run keeps every identifier unique, and everything comes from the run's Random.
 */
import { withGs1Check } from '../../domain/identifiers/gs1.js'
import { completeUscc } from '../../domain/identifiers/uscc.js'
import type { Random } from './random.js'

/** GB 32100 alphabet: digits and capitals without I, O, S, V, Z. */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** GS1 China (GB 12904): 690/691 carry 7-digit company prefixes, 692/693 8-digit ones. */
const SEVEN_DIGIT_PREFIXES = ['690', '691']
const EIGHT_DIGIT_PREFIXES = ['692', '693']
/**
 * Company prefix under which the platform numbers the sites of members without their own GS1 prefix
 * (farms, stalls, canteens), so every site has a GLN and events can name it as an SGLN.
 */
export const PLATFORM_GLN_PREFIX = '6909999'
/** GS1 key lengths without the check digit. */
const GTIN13_BODY = 12
const GLN_BODY = 12
const SSCC_BODY = 17

/** USCC position 1–2 (登记管理部门 + 机构类别, cn-identifiers.md §1). */
export type UsccType = '91' | '92' | '93' | '12'

export interface CompanyPrefix {
  prefix: string
  /** Digits left for the item or location reference. */
  referenceDigits: number
}

export class IdentityRegistry {
  private readonly usccs = new Set<string>()
  private readonly prefixes = new Set<string>([PLATFORM_GLN_PREFIX])
  private platformLocations = 0
  private serialCounter = 0
  private readonly counters = new Map<string, number>()

  constructor(private readonly rng: Random) {}

  /** A unique, valid USCC whose positions 3–8 are the party's region. */
  uscc(type: UsccType, regionCode: string): string {
    for (;;) {
      let body = 'MA'
      for (let i = 0; i < 6; i++) body += USCC_ALPHABET[this.rng.int(0, USCC_ALPHABET.length - 1)]
      const uscc = completeUscc(`${type}${regionCode}${body}`)
      if (!this.usccs.has(uscc)) {
        this.usccs.add(uscc)
        return uscc
      }
    }
  }

  /** A Chinese GS1 company prefix for a brand owner. */
  companyPrefix(): CompanyPrefix {
    for (;;) {
      const long = this.rng.chance(0.4)
      const head = this.rng.pick(long ? EIGHT_DIGIT_PREFIXES : SEVEN_DIGIT_PREFIXES)
      const prefix = head + String(this.rng.int(0, long ? 99_999 : 9_999)).padStart(long ? 5 : 4, '0')
      if (!this.prefixes.has(prefix)) {
        this.prefixes.add(prefix)
        return { prefix, referenceDigits: GTIN13_BODY - prefix.length }
      }
    }
  }

  /** A foreign brand owner's prefix: its GS1 member organisation's 3 digits + 4 (import labels). */
  foreignPrefix(memberOrganisation: string): CompanyPrefix {
    for (;;) {
      const prefix = memberOrganisation + String(this.rng.int(1000, 9999))
      if (!this.prefixes.has(prefix)) {
        this.prefixes.add(prefix)
        return { prefix, referenceDigits: GTIN13_BODY - prefix.length }
      }
    }
  }

  /** A GLN for a site of a party without its own prefix. */
  platformGln(): Location {
    this.platformLocations++
    return location({ prefix: PLATFORM_GLN_PREFIX, referenceDigits: GLN_BODY - PLATFORM_GLN_PREFIX.length }, this.platformLocations)
  }

  /** 1, 2, 3 … per name: running numbers such as an equipment maker's serials. */
  next(name: string): number {
    const value = (this.counters.get(name) ?? 0) + 1
    this.counters.set(name, value)
    return value
  }

  /** Serial numbers that look random but never repeat within a run (a bijection of a counter). */
  serial(digits: number): string {
    this.serialCounter++
    return scramble(this.serialCounter, digits)
  }
}

export interface Location {
  gln: string
  /** `urn:epc:id:sgln:<prefix>.<location reference>.0` */
  urn: string
}

export function location(company: CompanyPrefix, reference: number): Location {
  const ref = String(reference).padStart(GLN_BODY - company.prefix.length, '0')
  return { gln: withGs1Check(company.prefix + ref), urn: `urn:epc:id:sgln:${company.prefix}.${ref}.0` }
}

/** GTIN-14 (indicator 0) of item reference `itemReference` under a company prefix. */
export function gtinOf(company: CompanyPrefix, itemReference: number): string {
  return `0${withGs1Check(company.prefix + String(itemReference).padStart(company.referenceDigits, '0'))}`
}

/** `urn:epc:class:lgtin:<prefix>.<indicator + item reference>.<lot>` for a GTIN-14. */
export function lgtinUrn(gtin14: string, prefixLength: number, lotNumber: string): string {
  return `urn:epc:class:lgtin:${epcGtinParts(gtin14, prefixLength)}.${encodeURIComponent(lotNumber)}`
}

export function sgtinUrn(gtin14: string, prefixLength: number, serial: string): string {
  return `urn:epc:id:sgtin:${epcGtinParts(gtin14, prefixLength)}.${encodeURIComponent(serial)}`
}

function epcGtinParts(gtin14: string, prefixLength: number): string {
  const prefix = gtin14.slice(1, 1 + prefixLength)
  const itemReference = gtin14[0] + gtin14.slice(1 + prefixLength, 13)
  return `${prefix}.${itemReference}`
}

/** An SSCC URN (extension digit 0) and its 18-digit key. */
export function ssccUrn(company: CompanyPrefix, serial: string): { urn: string; sscc: string } {
  const serialDigits = SSCC_BODY - 1 - company.prefix.length
  const reference = `0${serial.slice(-serialDigits).padStart(serialDigits, '0')}`
  return { urn: `urn:epc:id:sscc:${company.prefix}.${reference}`, sscc: withGs1Check(reference[0] + company.prefix + reference.slice(1)) }
}

/** A party's GS1 identity outside China (PGLN), for overseas producers and buyers. */
export function pglnUrn(company: CompanyPrefix, reference: number): string {
  return `urn:epc:id:pgln:${company.prefix}.${String(reference).padStart(GLN_BODY - company.prefix.length, '0')}`
}

/** Multiplies by a constant coprime to 10 modulo 10^digits: distinct inputs give distinct outputs. */
export function scramble(counter: number, digits: number): string {
  const modulus = 10 ** Math.min(digits, 12)
  const value = (BigInt(counter) * 7_919_104_729n + 48_271n) % BigInt(modulus)
  return value.toString().padStart(digits, '0')
}

const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  '44': '粤', '46': '琼', '41': '豫', '15': '蒙', '23': '黑', '53': '滇', '13': '冀', '37': '鲁', '32': '苏', '43': '湘',
  '36': '赣', '33': '浙', '31': '沪',
}

export function provinceAbbreviation(regionCode: string): string {
  return PROVINCE_ABBREVIATIONS[regionCode.slice(0, 2)] ?? '国'
}

const SURNAMES = '陈李张黄林刘王吴杨罗钟曾谢赖邓廖叶何古徐朱温丘梁郭肖'
const GIVEN = ['伟', '芳', '建华', '志强', '秀英', '海燕', '国平', '丽娟', '文辉', '晓东', '美玲', '永康', '锦荣', '少芬', '德明', '雪梅', '俊杰', '淑珍']

export function personName(rng: Random): string {
  return SURNAMES[rng.int(0, SURNAMES.length - 1)] + rng.pick(GIVEN)
}

export function landline(rng: Random, areaCode: string): string {
  return `${areaCode}-${rng.int(2, 8)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`
}

export function mobile(rng: Random): string {
  return `1${rng.pick(['35', '37', '38', '39', '50', '58', '59', '86', '88', '89'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
}

/** `粤M·3K5T2` style plate. */
export function vehiclePlate(rng: Random, prefix: string): string {
  let tail = ''
  for (let i = 0; i < 5; i++) tail += rng.chance(0.7) ? String(rng.int(0, 9)) : 'ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 23)]
  return `${prefix}·${tail}`
}

/** Masks an ID or phone number the way published records show it (110105********002X). */
export function masked(value: string): string {
  return value.length <= 7 ? value : value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4)
}

/** A 居民身份证号码 (GB 11643) with its MOD 11-2 check, for 经办人 records; stored masked. */
export function residentId(rng: Random, regionCode: string): string {
  const birth = `19${rng.int(60, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`
  const body = regionCode + birth + String(rng.int(0, 999)).padStart(3, '0')
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}
