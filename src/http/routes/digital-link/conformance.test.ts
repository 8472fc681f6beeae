/**
 * The resolver against the shared GS1 test data (read in place): every vector whose URI can be asked
 * of a resolver at the platform root is sent over HTTP. The parser itself is tested on every vector in
 * src/domain/identifiers/digital-link.test.ts; here we check what the resolver answers.
 *
 * The resolver is lenient where the GS1 Syntax Engine has options (unpadded GTIN-8/12/13, the short
 * names of Digital Link ≤ 1.2): a URI valid under either option is redirected (301) to its canonical
 * path. A URI valid as written is resolved (404 here, since the platform holds none of these keys).
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { DL_PRIMARY_KEYS, DL_SHORT_NAMES } from '../../../domain/identifiers/gs1.js'
import { buildTestPlatform, type TestPlatform } from '../../../../test/support/build-app.js'
import { engines } from '../../../../test/support/engines.js'

const CONFORMANCE = fileURLToPath(new URL('../../../../../shared/conformance/epcis/digital-link/', import.meta.url))
const hasConformance = existsSync(CONFORMANCE)
if (!hasConformance) process.stdout.write(`[conformance] ${CONFORMANCE} is absent: Digital Link resolver vectors skipped\n`)
// The vector files are plain JSON, typed where they are used.
const load = (name: string): any => JSON.parse(readFileSync(CONFORMANCE + name, 'utf8'))

const ROUTE_PREFIXES = new Set([...Object.keys(DL_PRIMARY_KEYS), ...Object.entries(DL_SHORT_NAMES).filter(([, ai]) => ai in DL_PRIMARY_KEYS).map(([name]) => name)])
const URI = /^https?:\/\/[^/?#]*(\/[^?#]*)(\?[^#]*)?(#.*)?$/i

/** The request target a resolver at the root would receive, or undefined when the URI has a stem. */
function targetOf(uri: string): string | undefined {
  const match = URI.exec(uri)
  if (!match) return undefined
  const first = match[1].split('/')[1]
  return ROUTE_PREFIXES.has(first) ? `${match[1]}${match[2] ?? ''}` : undefined
}

type Outcome = 'resolved' | 'canonical' | 'invalid'

function outcomeOf(status: number): Outcome | number {
  return status === 404 ? 'resolved' : status === 301 ? 'canonical' : status === 400 ? 'invalid' : status
}

describe.skipIf(!hasConformance).each(engines())('Digital Link resolver conformance on %s', (engine) => {
  let platform: TestPlatform
  const ask = async (target: string) => {
    const reply = await platform.server.inject({ method: 'GET', url: target })
    return { outcome: outcomeOf(reply.statusCode), location: reply.headers.location as string | undefined, body: reply.body }
  }

  beforeAll(async () => {
    platform = await buildTestPlatform(engine)
  })

  it('answers every GS1 Syntax Engine parse vector at the root as the engine judges it', async () => {
    const vectors: { uri: string; shouldSucceed: boolean; flags: Record<string, boolean> }[] = hasConformance ? load('gs1-syntax-engine-dl-vectors.json').parse : []
    const known = vectors.filter((v) => !v.flags.permitUnknownAIs)
    const strictOk = new Set(known.filter((v) => v.shouldSucceed && !v.flags.permitZeroSuppressedGTINinDLuris && !v.flags.permitConvenienceAlphas).map((v) => v.uri))
    const lenientOk = new Set(known.filter((v) => v.shouldSucceed).map((v) => v.uri))
    const NOT_AT_ROOT: Record<string, string> = {
      'https://a/00/faux/00/006141411234567890': 'reads as the key /00/… under the stem /00/faux; a resolver at the root has no stem',
      'https://[fe80::1%25lo]/01/12312312312333': 'the fault is in the host, which a resolver never receives in the path',
    }
    const asked = [...new Set(known.map((v) => v.uri))].filter((uri) => targetOf(uri) !== undefined && !NOT_AT_ROOT[uri])
    expect(asked.length).toBeGreaterThan(80)
    const mismatches: string[] = []
    for (const uri of asked) {
      const expected: Outcome = strictOk.has(uri) ? 'resolved' : lenientOk.has(uri) ? 'canonical' : 'invalid'
      const got = await ask(targetOf(uri)!)
      // A valid URI whose path is not canonical (escapes, extra qualifiers) is redirected, not resolved;
      // an unpadded GTIN in the query is read and resolved with the query left as given.
      const acceptable = expected === 'invalid' ? ['invalid'] : expected === 'canonical' && !/\/(01|gtin)\/\d{8,13}(\/|$)|[a-z]\//.test(targetOf(uri)!.split('?')[0]) ? ['resolved', 'canonical'] : expected === 'resolved' ? ['resolved', 'canonical'] : [expected]
      if (!acceptable.includes(got.outcome as Outcome)) mismatches.push(`${uri}: ${got.outcome}, expected ${expected}`)
    }
    expect(mismatches).toEqual([])
  })

  it('judges validity as digital-link.js does for every vector at the root', async () => {
    const vectors: { uri: string; isValid: boolean }[] = hasConformance ? load('digital-link-js-vectors.json').validity : []
    const asked = vectors.filter((v) => targetOf(v.uri) !== undefined)
    expect(asked.length).toBeGreaterThan(5)
    for (const v of asked) {
      const { outcome } = await ask(targetOf(v.uri)!)
      // digital-link.js wants a check digit in a GIAI (8004), which has none (GS1 GenSpecs §3.9.8), and
      // accepts a trailing slash, which the GS1 Syntax Engine rejects (as we do).
      const expected = v.uri.includes('/8004/') ? true : v.uri.endsWith('/') ? false : v.isValid
      expect(outcome !== 'invalid', v.uri).toBe(expected)
    }
  })

  it('answers 400 for every wrong check digit and resolves every right one', async () => {
    const vectors: { valid: string[]; invalid: string[]; graiCheckDigitAtPosition14: { valid: string; invalid: string } } = load('check-digit-vectors.json')
    const keyPath = (digits: string) => (digits.length === 18 ? `/00/${digits}` : `/01/${digits}`)
    for (const digits of vectors.valid) expect((await ask(keyPath(digits))).outcome, digits).not.toBe('invalid')
    for (const digits of vectors.invalid) expect((await ask(keyPath(digits))).outcome, digits).toBe('invalid')
    expect((await ask(`/8003/${vectors.graiCheckDigitAtPosition14.valid}`)).outcome).toBe('resolved')
    expect((await ask(`/8003/${vectors.graiCheckDigitAtPosition14.invalid}`)).outcome).toBe('invalid')
  })

  it('redirects every Digital Link of the constrained-canonical vectors to the expected canonical path', async () => {
    const vectors: { group: string; input: string; expected: string | null }[] = hasConformance ? load('epc_urn_and_dl_to_constrained_canonical_dl.json') : []
    const asked = vectors.filter((v) => /^https?:/.test(v.input) && targetOf(v.input) !== undefined)
    expect(asked.length).toBeGreaterThan(25)
    // The converter behind this file checks neither GTIN check digits (040123451234 ends in 4, not 5) nor
    // AI pairing: the GS1 Syntax Dictionary has `22 … req=01`, so a CPV beside an ITIP (8006) is invalid.
    const NOT_CHECKED_UPSTREAM = new Set([
      'http://example.de/01/040123451234/cpv/344/lot/ABD',
      'https://id.gs1.org/itip/123456789101100190/cpv/ABCD',
      'https://fashion-corp.com/8006/040123451234560102/22/AB/21/443322',
      'https://id.gs1.org/8006/040123451234560102/22/ABCD/10/XYZ',
    ])
    const mismatches: string[] = []
    for (const v of asked) {
      const got = await ask(targetOf(v.input)!)
      if (v.expected === null || NOT_CHECKED_UPSTREAM.has(v.input)) {
        if (got.outcome !== 'invalid') mismatches.push(`${v.input}: ${got.outcome}, expected invalid`)
        continue
      }
      const expectedPath = new URL(v.expected).pathname
      const reached = got.outcome === 'canonical' ? got.location!.split('?')[0] : targetOf(v.input)!.split('?')[0]
      if (reached !== expectedPath) mismatches.push(`${v.input}: ${got.outcome} ${reached}, expected ${expectedPath}`)
      else if (got.outcome === 'canonical' && (await ask(got.location!)).outcome !== 'resolved') mismatches.push(`${got.location} does not resolve`)
    }
    expect(mismatches).toEqual([])
  })
})
