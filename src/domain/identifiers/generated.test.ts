/**
 * Property tests for the schemes without a check character: generated codes that follow the layout pass,
 * and — their known blind spot — a slip in a free part (a serial digit) passes too, because nothing in the
 * code can catch it. Only a look-up in the issuer's register can.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { regionCodes } from '../regions.js'
import { validatePesticideCode, validateSeedLabel, validateVetDrugCode } from './agri-input-codes.js'
import { digitalLinkPairs, formatDigitalLink, parseDigitalLink } from './digital-link.js'
import { validateDrugCode } from './drug-code.js'
import { validateDetonatorCode, validateEquipmentCode, validateEquipmentRegistrationCode, validateUseCertificateNumber } from './equipment-codes.js'
import { withGs1Check } from './gs1.js'
import { validateLivestockTag } from './livestock-tag.js'
import { validateMeatNodeCode, validateMeatOperatorCode, validateMeatTraceCode } from './meat-codes.js'
import { validateRegionCode } from './region-code.js'
import type { CodeResult } from './result.js'
import { validateScLicence } from './sc-licence.js'
import { organisationCodeCheck, validateOrganisationCode } from './uscc.js'

const counties = regionCodes().filter((code) => !code.endsWith('00'))
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
const county = fc.constantFrom(...counties)
const day = fc.date({ min: new Date('2016-07-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const yyyymmdd = day.map((d) => d.replace(/-/g, ''))

/** The code with the digit at `index` changed: a slip no layout check can see. */
const slip = (code: string, index: number) => code.slice(0, index) + String((Number(code[index]) + 1) % 10) + code.slice(index + 1)

const SCHEMES: [name: string, codes: fc.Arbitrary<string>, validate: (code: string) => CodeResult<object>, freeDigit: number][] = [
  ['meat node', fc.tuple(county, digits(3)).map((p) => p.join('')), validateMeatNodeCode, 8],
  ['meat operator', fc.tuple(county, digits(7)).map((p) => p.join('')), validateMeatOperatorCode, 12],
  ['meat trace code', fc.tuple(county, digits(3), day, digits(5)).map(([a, n, d, s]) => `${a}${n}${d.slice(2).replace(/-/g, '')}${s}`), validateMeatTraceCode, 19],
  ['drug code (码上放心)', digits(19).map((d) => `8${d}`), validateDrugCode, 12],
  ['pesticide', fc.tuple(fc.constantFrom('1', '2', '3'), digits(6), fc.constantFrom('1', '2', '3'), digits(24)).map((p) => p.join('')), (c) => validatePesticideCode(c), 30],
  ['vet drug', fc.tuple(yyyymmdd, digits(16)).map((p) => p.join('')), validateVetDrugCode, 20],
  ['equipment code', fc.tuple(digits(9), fc.integer({ min: 1950, max: 2099 }), digits(5)).map((p) => p.join('')), validateEquipmentCode, 16],
  ['equipment registration', fc.tuple(digits(4), county, fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), digits(4)).map(([c, r, y, m, s]) => `${c}${r}${y}${String(m).padStart(2, '0')}${s}`), validateEquipmentRegistrationCode, 18],
  ['detonator', fc.tuple(fc.integer({ min: 1, max: 99 }), digits(1), day, fc.constantFrom(...'0123456789ABDEFGHJKLMNPQRTY'), digits(5)).map(([c, y, d, f, s]) => `${String(c).padStart(2, '0')}${y}${d.slice(5, 7)}${d.slice(8, 10)}${f}${s}`), validateDetonatorCode, 11],
  ['livestock tag', fc.tuple(fc.constantFrom('1', '2', '3'), county, digits(8)).map((p) => p.join('')), validateLivestockTag, 13],
  ['SC licence', fc.tuple(fc.constantFrom('101', '106', '201'), county, digits(5)).map(([k, r, s]) => `SC${k}${r}${s}`), validateScLicence, 14],
  ['region', fc.constantFrom(...regionCodes()), validateRegionCode, -1],
]

describe.each(SCHEMES)('%s', (_, codes, validate, freeDigit) => {
  it('passes every generated code without warnings (informational ones aside)', () => {
    fc.assert(fc.property(codes, (code) => {
      const checked = validate(code)
      expect([checked.errors, checked.warnings.filter((w) => w.code !== 'check_not_public')]).toEqual([[], []])
    }))
  })

  it.skipIf(freeDigit < 0)('cannot catch a slip in its serial: no check character (the known blind spot)', () => {
    fc.assert(fc.property(codes, (code) => {
      expect(validate(slip(code, freeDigit)).valid).toBe(true)
    }))
  })
})

describe('other generated codes', () => {
  it('organisation codes with their check pass', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), minLength: 8, maxLength: 8 }), (body) => {
      expect(validateOrganisationCode(`${body}-${organisationCodeCheck(body)}`).errors).toEqual([])
    }))
  })

  it('use certificates in the TSG 08-2017 layout pass', () => {
    const certificate = fc.tuple(fc.constantFrom('11', '12', '21', '31', '41', '43'), fc.constantFrom(...'京津沪粤宁新'), fc.constantFrom('A', 'B', 'AB'), digits(5), digits(2))
      .map(([f, p, c, s, y]) => `梯${f}${p}${c}${s}(${y})`)
    fc.assert(fc.property(certificate, (code) => {
      expect(validateUseCertificateNumber(code)).toMatchObject({ valid: true, warnings: [] })
    }))
  })

  it('seed labels of four lines pass', () => {
    const line = fc.string({ unit: fc.constantFrom(...'郑单玉米种业公司ABC1'), minLength: 1, maxLength: 12 })
    const unitCode = fc.string({ unit: fc.constantFrom(...'ABZ019-'), minLength: 1, maxLength: 20 })
    fc.assert(fc.property(line, line, unitCode, (variety, producer, code) => {
      expect(validateSeedLabel([variety, producer, code, `https://zz.example.cn/t/${encodeURIComponent(code)}`].join('\n')).errors).toEqual([])
    }))
  })

  it('Digital Links built from generated element strings parse back to the same pairs', () => {
    const value = fc.string({ unit: fc.constantFrom(...'AZaz09-./_!()*+,:;=%&?\'"'), minLength: 1, maxLength: 20 })
    fc.assert(fc.property(digits(13).map(withGs1Check), value, value, (gtin, lot, serial) => {
      const pairs = [{ ai: '01', value: gtin }, { ai: '10', value: lot }, { ai: '21', value: serial }, { ai: '17', value: '270315' }]
      const built = formatDigitalLink(pairs, 'https://trace.example.cn/p')
      if (!built.ok) throw new Error(built.errors[0].message)
      const parsed = parseDigitalLink(built.uri)
      expect(parsed.ok && digitalLinkPairs(parsed.value)).toEqual(pairs)
    }))
  })
})
