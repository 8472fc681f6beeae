/**
 * GS1 Application Identifiers the platform reads: format, check digits, dates, pairing rules and their
 * Digital Link role. Entries follow the GS1 General Specifications §3.2 in the notation of the GS1 Barcode
 * Syntax Dictionary (`N14,csum` = 14 digits with a mod-10 check; `X..20` = 1–20 characters of set 82;
 * `[..]` optional; `*` = predefined length, no FNC1 after it; `?` = allowed as a Digital Link attribute).
 * An AI missing here is rejected as unknown: add it here, with its source, when a partner needs it.
 *
 * Not checked offline: company-prefix position (`gcppos`, needs GS1's prefix list), ISO 4217/3166 code
 * lists, and the GMN check pair (`csumalpha`, AI 8013).
 */
import { hasValidGs1Check } from './gs1.js'
import { isRealDate } from './calendar.js'

interface Component { type: 'N' | 'X' | 'Y'; min: number; max: number; optional: boolean; linters: string[] }

export interface AiDefinition {
  ai: string
  title: string
  components: Component[]
  /** `*`: a predefined-length AI needs no FNC1 after it (GS1 General Specifications §7.8.5, Figure 7.8.5-2). */
  predefined: boolean
  /** `?`: may appear in the query string of a Digital Link URI. */
  dlAttribute: boolean
  /** Each entry must hold: one of its alternatives, an alternative being AIs that must all be present. */
  requires: string[][][]
  excludes: string[]
  /** Alternative qualifier sequences when this AI is a Digital Link primary key; undefined otherwise. */
  dlQualifiers?: string[][]
}

type Row = [ais: string, flags: string, spec: string, attributes: string, title: string]

/** 31nn–36nn measures: the last AI digit is the number of decimals (0–5); these 3-digit stems exist. */
const MEASURE_STEMS = [
  '310', '311', '312', '313', '314', '315', '316', '320', '321', '322', '323', '324', '325', '326', '327', '328', '329',
  '330', '331', '332', '333', '334', '335', '336', '337', '340', '341', '342', '343', '344', '345', '346', '347', '348',
  '349', '350', '351', '352', '353', '354', '355', '356', '357', '360', '361', '362', '363', '364', '365', '366', '367',
  '368', '369',
]
/**
 * UN/CEFACT Recommendation 20 unit of each measure stem (the platform's `uom`, STYLE.md): 310 net kg,
 * 311–313 m, 314 m², 315 l, 316 m³, 32x imperial, 33x logistic (gross) metric, 34x logistic imperial,
 * 35x areas and ounces, 36x quarts, gallons and cubic imperial volumes.
 */
const MEASURE_UNITS: Record<string, string> = {
  '310': 'KGM', '311': 'MTR', '312': 'MTR', '313': 'MTR', '314': 'MTK', '315': 'LTR', '316': 'MTQ',
  '320': 'LBR', '321': 'INH', '322': 'FOT', '323': 'YRD', '324': 'INH', '325': 'FOT', '326': 'YRD', '327': 'INH', '328': 'FOT', '329': 'YRD',
  '330': 'KGM', '331': 'MTR', '332': 'MTR', '333': 'MTR', '334': 'MTK', '335': 'LTR', '336': 'MTQ', '337': '28',
  '340': 'LBR', '341': 'INH', '342': 'FOT', '343': 'YRD', '344': 'INH', '345': 'FOT', '346': 'YRD', '347': 'INH', '348': 'FOT', '349': 'YRD',
  '350': 'INK', '351': 'FTK', '352': 'YDK', '353': 'INK', '354': 'FTK', '355': 'YDK', '356': 'APZ', '357': 'OZA',
  '360': 'QTL', '361': 'GLL', '362': 'QTL', '363': 'GLL', '364': 'INQ', '365': 'FTQ', '366': 'YDQ', '367': 'INQ', '368': 'FTQ', '369': 'YDQ',
}

/**
 * A trade measure (31nn–36nn) as an exact decimal and its unit: the AI's last digit is the number of
 * decimals (GS1 General Specifications §3.6.2), so `(3103)000189` is 0.189 KGM. Undefined for other AIs.
 */
export function measureOf(ai: string, value: string): { quantity: string; uom: string } | undefined {
  const uom = MEASURE_UNITS[ai.slice(0, 3)]
  if (ai.length !== 4 || !uom || !/^\d{6}$/.test(value)) return undefined
  const decimals = Number(ai[3])
  const whole = value.slice(0, 6 - decimals).replace(/^0+(?=\d)/, '')
  return { quantity: decimals === 0 ? whole : `${whole}.${value.slice(6 - decimals)}`, uom }
}

/** Gross measures (33nn, 34nn, 353–355, 362–363, 367–369) describe a logistic unit, so (00) also satisfies them. */
const LOGISTIC_MEASURE = /^(33[0-6]|34\d|35[3-5]|36[237-9])$/

const ROWS: Row[] = [
  ['00', '*?', 'N18,csum', 'dlpkey', 'SSCC'],
  ['01', '*?', 'N14,csum', 'ex=255,37 dlpkey=22,10,21|235', 'GTIN'],
  ['02', '*?', 'N14,csum', 'ex=01,03 req=37', 'CONTENT'],
  ['10', '?', 'X..20', 'req=01,02,03,8006,8026', 'BATCH/LOT'],
  ['11', '*?', 'N6,yymmd0', 'req=01,02,03,8006,8026', 'PROD DATE'],
  ['12', '*?', 'N6,yymmd0', 'req=8020', 'DUE DATE'],
  ['13', '*?', 'N6,yymmd0', 'req=01,02,03,8006,8026', 'PACK DATE'],
  ['15', '*?', 'N6,yymmd0', 'req=01,02,03,8006,8026', 'BEST BEFORE'],
  ['16', '*?', 'N6,yymmd0', 'req=01,02,03,8006,8026', 'SELL BY'],
  ['17', '*?', 'N6,yymmd0', 'req=01,02,03,255,8006,8026', 'USE BY OR EXPIRY'],
  ['20', '*?', 'N2', 'req=01,02,8006,8026', 'VARIANT'],
  ['21', '', 'X..20', 'req=01,03,8006 ex=235', 'SERIAL'],
  ['22', '', 'X..20', 'req=01', 'CPV'],
  ['235', '', 'X..28', 'req=01', 'TPX'],
  ['240', '?', 'X..30', 'req=01,02,8006,8026', 'ADDITIONAL ID'],
  ['241', '?', 'X..30', 'req=01,02,8006,8026', 'CUST. PART No.'],
  ['242', '?', 'N..6', 'req=01,02,8006,8026', 'MTO VARIANT'],
  ['250', '?', 'X..30', 'req=01,8006 req=21', 'SECONDARY SERIAL'],
  ['251', '?', 'X..30', 'req=01,8006', 'REF. TO SOURCE'],
  ['253', '?', 'N13,csum [X..17]', 'dlpkey', 'GDTI'],
  ['254', '', 'X..20', 'req=414', 'GLN EXTENSION COMPONENT'],
  ['255', '?', 'N13,csum [N..12]', 'dlpkey ex=01,02,415,8006,8020,8026', 'GCN'],
  ['30', '?', 'N..8', 'req=01,02', 'VAR. COUNT'],
  ['37', '?', 'N..8', 'req=00 req=02,8026', 'COUNT'],
  ['3900-3909', '?', 'N..15', 'req=255,8020 ex=390n,391n,394n,8111', 'AMOUNT'],
  ['3910-3919', '?', 'N3,iso4217 N..15', 'req=8020 ex=391n', 'AMOUNT'],
  ['3920-3929', '?', 'N..15', 'req=01 req=30,31nn,32nn,35nn,36nn ex=392n,393n', 'PRICE'],
  ['3930-3939', '?', 'N3,iso4217 N..15', 'req=30,31nn,32nn,35nn,36nn ex=393n', 'PRICE'],
  ['400', '?', 'X..30', '', 'ORDER NUMBER'],
  ['401', '?', 'X..30', 'dlpkey', 'GINC'],
  ['402', '?', 'N17,csum', 'dlpkey', 'GSIN'],
  ['403', '?', 'X..30', 'req=00', 'ROUTE'],
  ['410', '*?', 'N13,csum', '', 'SHIP TO LOC'],
  ['411', '*?', 'N13,csum', '', 'BILL TO'],
  ['412', '*?', 'N13,csum', '', 'PURCHASE FROM'],
  ['413', '*?', 'N13,csum', '', 'SHIP FOR LOC'],
  ['414', '*?', 'N13,csum', 'dlpkey=254|7040', 'LOC No.'],
  ['415', '*?', 'N13,csum', 'req=8020 dlpkey=8020', 'PAY TO'],
  ['416', '*?', 'N13,csum', '', 'PROD/SERV LOC'],
  ['417', '*?', 'N13,csum', 'dlpkey=7040', 'PARTY'],
  ['420', '?', 'X..20', 'ex=421', 'SHIP TO POST'],
  ['421', '?', 'N3,iso3166 X..9', 'ex=4307', 'SHIP TO POST'],
  ['422', '?', 'N3,iso3166', 'req=01,02,8006,8026 ex=426', 'ORIGIN'],
  ['4321', '?', 'N1,yesno', 'req=00', 'DANGEROUS GOODS'],
  ['7003', '?', 'N6,yymmdd N4,hhmi', 'req=01,02', 'EXPIRY TIME'],
  ['7040', '', 'N1 X1 X1 X1,importeridx', '', 'UIC+EXT'],
  ['8003', '?', 'N1,zero N13,csum [X..16]', 'dlpkey', 'GRAI'],
  ['8004', '?', 'X..30', 'dlpkey=7040', 'GIAI'],
  ['8006', '?', 'N14,csum N4,pieceoftotal', 'ex=01,37 dlpkey=22,10,21', 'ITIP'],
  ['8010', '?', 'Y..30', 'dlpkey=8011', 'CPID'],
  ['8011', '', 'N..12,nozeroprefix', 'req=8010', 'CPID SERIAL'],
  ['8013', '?', 'X..25,csumalpha', 'dlpkey', 'GMN'],
  ['8017', '?', 'N18,csum', 'ex=8018 dlpkey=8019', 'GSRN - PROVIDER'],
  ['8018', '?', 'N18,csum', 'ex=8017 dlpkey=8019', 'GSRN - RECIPIENT'],
  ['8019', '', 'N..10', 'req=8017,8018', 'SRIN'],
  ['8020', '', 'X..25', 'req=415', 'REF No.'],
  ['8200', '', 'X..70', 'req=01', 'PRODUCT URL'],
  ['90', '?', 'X..30', '', 'INTERNAL'],
  ['91-99', '?', 'X..90', '', 'INTERNAL'],
  ...MEASURE_STEMS.map((stem): Row => {
    const pairedWith = LOGISTIC_MEASURE.test(stem) ? '00,01' : stem === '337' ? '01' : '01,02'
    return [`${stem}0-${stem}5`, '*?', 'N6', `req=${pairedWith} ex=${stem}n`, 'TRADE MEASURE']
  }),
]

function parseSpec(spec: string): Component[] {
  return spec.split(/\s+/).map((token) => {
    const optional = token.startsWith('[')
    const [format, ...linters] = token.replace(/^\[|\]$/g, '').split(',')
    const match = /^([NXY])(\.\.)?(\d+)$/.exec(format)
    if (!match) throw new Error(`AI table: bad format ${format}`)
    const size = Number(match[3])
    return { type: match[1] as Component['type'], min: match[2] ? 1 : size, max: size, optional, linters }
  })
}

function expand(range: string): string[] {
  const [from, to = from] = range.split('-')
  const codes: string[] = []
  for (let n = Number(from); n <= Number(to); n++) codes.push(String(n).padStart(from.length, '0'))
  return codes
}

const TABLE = new Map<string, AiDefinition>()
for (const [range, flags, spec, attributes, title] of ROWS) {
  const components = parseSpec(spec)
  const requires: string[][][] = []
  const excludes: string[] = []
  let dlQualifiers: string[][] | undefined
  for (const attribute of attributes.split(/\s+/).filter(Boolean)) {
    const [name, value = ''] = attribute.split('=')
    if (name === 'req') requires.push(value.split(',').map((alternative) => alternative.split('+')))
    if (name === 'ex') excludes.push(...value.split(','))
    if (name === 'dlpkey') dlQualifiers = value === '' ? [[]] : value.split('|').map((sequence) => sequence.split(','))
  }
  for (const ai of expand(range)) {
    TABLE.set(ai, { ai, title, components, predefined: flags.includes('*'), dlAttribute: flags.includes('?'), requires, excludes, dlQualifiers })
  }
}

export function findAi(ai: string): AiDefinition | undefined {
  return TABLE.get(ai)
}

export function knownAis(): string[] {
  return [...TABLE.keys()]
}

/** The AI at the start of a scanned element string: AIs are prefix-free, so the first match is the one. */
export function matchAiPrefix(text: string): AiDefinition | undefined {
  for (const length of [2, 3, 4]) {
    const found = TABLE.get(text.slice(0, length))
    if (found && /^\d+$/.test(found.ai) && text.length >= length) return found
  }
  return undefined
}

/** AI pattern such as `31nn` or `390n` from the pairing rules: `n` is any digit. */
export function aiMatches(pattern: string, ai: string): boolean {
  return pattern.length === ai.length && [...pattern].every((ch, i) => ch === 'n' || ch === ai[i])
}

/** Fixed length of the value, or undefined when its last component varies. */
export function fixedLength(definition: AiDefinition): number | undefined {
  return definition.components.every((c) => c.min === c.max && !c.optional) ? definition.components.reduce((n, c) => n + c.max, 0) : undefined
}

export function maxLength(definition: AiDefinition): number {
  return definition.components.reduce((n, c) => n + c.max, 0)
}

/** GS1 AI encodable character set 82 (General Specifications Figure 7.11-1) and set 39 (Figure 7.11-2). */
const CSET: Record<Component['type'], RegExp> = {
  N: /^\d*$/,
  X: /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/,
  Y: /^[#\-/0-9A-Z]*$/,
}

/** Checks a value against its AI's format; undefined when it conforms, else what is wrong. */
export function checkAiValue(definition: AiDefinition, value: string): string | undefined {
  let rest = value
  for (const component of definition.components) {
    if (rest.length === 0 && component.optional) break
    const take = component.min === component.max ? component.max : Math.min(rest.length, component.max)
    const part = rest.slice(0, take)
    if (part.length < component.min) return `${definition.title} needs ${describe(definition)}`
    if (!CSET[component.type].test(part)) return `${definition.title} needs ${component.type === 'N' ? 'digits' : component.type === 'Y' ? 'characters of GS1 set 39' : 'characters of GS1 set 82'}`
    for (const linter of component.linters) {
      const problem = lint(linter, part)
      if (problem) return problem
    }
    rest = rest.slice(take)
  }
  if (rest.length > 0) return `${definition.title} needs ${describe(definition)}`
  return undefined
}

function describe(definition: AiDefinition): string {
  return definition.components.map((c) => `${c.optional ? '[' : ''}${c.type}${c.min === c.max ? '' : '..'}${c.max}${c.optional ? ']' : ''}`).join(' ')
}

function lint(linter: string, part: string): string | undefined {
  switch (linter) {
    case 'csum':
      return hasValidGs1Check(part) ? undefined : 'the GS1 check digit is wrong'
    case 'yymmd0':
    case 'yymmdd':
      return isYymmdd(part, linter === 'yymmd0') ? undefined : `${part} is not a valid YYMMDD date`
    case 'hhmi':
      return Number(part.slice(0, 2)) < 24 && Number(part.slice(2, 4)) < 60 ? undefined : `${part} is not a valid HHMM time`
    case 'yesno':
      return part === '0' || part === '1' ? undefined : 'must be 0 or 1'
    case 'zero':
      return part === '0' ? undefined : 'must be 0'
    case 'pieceoftotal': {
      const piece = Number(part.slice(0, 2))
      const total = Number(part.slice(2, 4))
      return piece >= 1 && total >= 1 && piece <= total ? undefined : 'piece number must be 1 up to the total'
    }
    case 'nozeroprefix':
      return part.length > 1 && part.startsWith('0') ? 'may not start with 0' : undefined
    default:
      // gcppos1/2, iso4217, iso3166, csumalpha, importeridx: need lists or algorithms not held offline.
      return undefined
  }
}

/**
 * GS1 General Specifications §7.12: YYMMDD; with `dayZero` (`yymmd0`) day 00 means the last day of the
 * month. The century follows the sliding window of §7.12, which only matters for leap years here.
 */
export function isYymmdd(value: string, dayZero = true): boolean {
  if (!/^\d{6}$/.test(value)) return false
  const month = Number(value.slice(2, 4))
  const day = Number(value.slice(4, 6))
  if (month < 1 || month > 12) return false
  if (day === 0) return dayZero
  // Any leap year stands in for the century: the real year can only shorten February, checked below.
  if (!isRealDate(2000, month, day)) return false
  const yy = Number(value.slice(0, 2))
  return month !== 2 || day !== 29 || yy % 4 === 0
}
