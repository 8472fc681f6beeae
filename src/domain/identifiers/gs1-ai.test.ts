import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkAiValue, findAi, isYymmdd, knownAis, measureOf } from './gs1-ai.js'
import { hasValidGs1Check } from './gs1.js'

// Conformance data is read in place from the shared checkout; CI always has it.
const CONFORMANCE = fileURLToPath(new URL('../../../../shared/conformance/epcis/digital-link/', import.meta.url))
const hasConformance = existsSync(CONFORMANCE)
if (!hasConformance) process.stdout.write(`[conformance] ${CONFORMANCE} is absent: syntax-dictionary and check-digit vectors skipped\n`)
const read = (name: string) => readFileSync(CONFORMANCE + name, 'utf8')

describe('AI value formats', () => {
  it('checks check digits, dates and lengths', () => {
    expect(checkAiValue(findAi('01')!, '06901234567892')).toBeUndefined()
    expect(checkAiValue(findAi('01')!, '06901234567893')).toMatch(/check digit/)
    expect(checkAiValue(findAi('17')!, '270300')).toBeUndefined()
    expect(checkAiValue(findAi('17')!, '271301')).toMatch(/YYMMDD/)
    expect(checkAiValue(findAi('10')!, 'A'.repeat(21))).toMatch(/X\.\.20/)
    expect(checkAiValue(findAi('8003')!, '050606547800290002')).toBeUndefined()
    expect(checkAiValue(findAi('8003')!, '150606547800290002')).toBe('must be 0')
    expect(checkAiValue(findAi('8006')!, '040123451234560302')).toMatch(/piece/)
  })

  it('reads day 00 as the end of the month and knows leap years', () => {
    expect(isYymmdd('250200')).toBe(true)
    expect(isYymmdd('240229')).toBe(true)
    expect(isYymmdd('250229')).toBe(false)
    expect(isYymmdd('250200', false)).toBe(false)
  })

  it('gives trade measures as exact decimals with their UN/CEFACT unit', () => {
    expect(measureOf('3103', '000189')).toEqual({ quantity: '0.189', uom: 'KGM' })
    expect(measureOf('3100', '000189')).toEqual({ quantity: '189', uom: 'KGM' })
    expect(measureOf('3105', '123456')).toEqual({ quantity: '1.23456', uom: 'KGM' })
    expect(measureOf('3302', '001250')).toEqual({ quantity: '12.50', uom: 'KGM' })
    expect(measureOf('3922', '0299')).toBeUndefined()
  })
})

interface DictionaryEntry { flags: string; spec: string; attributes: string[] }

/** `AIs [Flags] Specification [Attributes…] [# Title]` (header of gs1-syntax-dictionary.txt). */
function parseDictionary(text: string): Map<string, DictionaryEntry> {
  const entries = new Map<string, DictionaryEntry>()
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue
    const tokens = line.split('#')[0].trim().split(/\s+/)
    const [range, ...rest] = tokens
    const flags = /^[*?]+$/.test(rest[0]) ? rest.shift()! : ''
    const firstAttribute = rest.findIndex((t) => t.includes('=') || t === 'dlpkey')
    const spec = (firstAttribute < 0 ? rest : rest.slice(0, firstAttribute)).join(' ')
    const attributes = firstAttribute < 0 ? [] : rest.slice(firstAttribute)
    const [from, to = from] = range.split('-')
    for (let n = Number(from); n <= Number(to); n++) entries.set(String(n).padStart(from.length, '0'), { flags, spec, attributes })
  }
  return entries
}

describe.skipIf(!hasConformance)('the AI table agrees with the GS1 Barcode Syntax Dictionary (conformance/…/gs1-syntax-dictionary.txt)', () => {
  it('has every AI it knows with the same format, flags, pairing rules and Digital Link role', () => {
    const dictionary = parseDictionary(read('gs1-syntax-dictionary.txt'))
    const differences: string[] = []
    for (const ai of knownAis()) {
      const entry = dictionary.get(ai)
      if (!entry) {
        differences.push(`${ai}: not in the dictionary`)
        continue
      }
      const ours = findAi(ai)!
      // Company-prefix positions need GS1's prefix list and are not checked offline (see gs1-ai.ts).
      const theirSpec = entry.spec.replace(/,gcppos[12]/g, '')
      const ourSpec = ours.components.map((c) => `${c.optional ? '[' : ''}${[`${c.type}${c.min === c.max ? '' : '..'}${c.max}`, ...c.linters].join(',')}${c.optional ? ']' : ''}`).join(' ')
      if (theirSpec !== ourSpec) differences.push(`${ai}: spec ${ourSpec} ≠ ${theirSpec}`)
      if (entry.flags.includes('*') !== ours.predefined || entry.flags.includes('?') !== ours.dlAttribute) differences.push(`${ai}: flags`)
      const req = entry.attributes.filter((a) => a.startsWith('req=')).map((a) => a.slice(4).split(',').map((g) => g.split('+')))
      const ex = entry.attributes.filter((a) => a.startsWith('ex=')).flatMap((a) => a.slice(3).split(','))
      const dlpkey = entry.attributes.find((a) => a.startsWith('dlpkey'))
      const ourDlpkey = ours.dlQualifiers && (ours.dlQualifiers[0].length === 0 ? 'dlpkey' : `dlpkey=${ours.dlQualifiers.map((s) => s.join(',')).join('|')}`)
      if (JSON.stringify(req) !== JSON.stringify(ours.requires)) differences.push(`${ai}: req`)
      if (JSON.stringify(ex) !== JSON.stringify(ours.excludes)) differences.push(`${ai}: ex`)
      if (dlpkey !== ourDlpkey) differences.push(`${ai}: dlpkey ${ourDlpkey} ≠ ${dlpkey}`)
    }
    expect(differences).toEqual([])
  })
})

describe.skipIf(!hasConformance)('GS1 mod-10 check-digit vectors (conformance/…/check-digit-vectors.json)', () => {
  it('accepts every valid, rejects every invalid and non-digit input', () => {
    const vectors = JSON.parse(read('check-digit-vectors.json')) as { valid: string[]; invalid: string[]; nonDigit: string[]; graiCheckDigitAtPosition14: { valid: string; invalid: string } }
    expect(vectors.valid.filter((code) => !hasValidGs1Check(code))).toEqual([])
    expect(vectors.invalid.filter((code) => hasValidGs1Check(code))).toEqual([])
    expect(vectors.nonDigit.filter((code) => hasValidGs1Check(code))).toEqual([])
    expect(checkAiValue(findAi('8003')!, vectors.graiCheckDigitAtPosition14.valid)).toBeUndefined()
    expect(checkAiValue(findAi('8003')!, vectors.graiCheckDigitAtPosition14.invalid)).toMatch(/check digit/)
  })
})
