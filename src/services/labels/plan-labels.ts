/**
 * What goes on each label: the URI its QR code encodes, the human-readable code printed under it, and
 * the product name. GS1 keys get their Digital Link URI on the platform's resolver
 * (`{publicUrl}/01/{gtin}/10/{lot}`) and their element string; platform codes get `{publicUrl}/q/{code}`.
 */
import { ZhuisuError } from '../../domain/errors.js'
import { formatElementString } from '../../domain/identifiers/element-string.js'
import { formatPlatformCode, parsePlatformCode, PLATFORM_SERIAL_LENGTH, serialText } from '../../domain/identifiers/platform-code.js'
import { parseDigitalLink } from '../../domain/identifiers/digital-link.js'
import { parseTraceCode } from '../../domain/identifiers/trace-key.js'
import type { TraceUnit } from '../../domain/master-data.js'
import type { Repositories } from '../../storage/store.js'

/** Most labels in one request: 42 A4 sheets. */
export const MAX_LABELS = 1000
const SERIAL_RADIX = 36

export interface Label {
  /** What the QR code encodes. */
  uri: string
  /** The code in human-readable form, printed under the QR code. */
  text: string
  productName?: string
}

export interface LabelRequest {
  /** Registered lots or items, in any code form; each printed `copies` times. */
  codes?: string[]
  copies?: number
  /** Consecutive platform codes from `from` (registered or not yet), e.g. for pre-printed rolls. */
  range?: { from: string; count: number }
}

export interface LabelDeps {
  repos: Repositories
  publicUrl: string
}

export async function planLabels(deps: LabelDeps, request: LabelRequest): Promise<Label[]> {
  const copies = request.copies ?? 1
  const codes = request.codes ?? []
  const count = codes.length * copies + (request.range?.count ?? 0)
  if (count === 0) throw new ZhuisuError('field_required', '/codes')
  if (count > MAX_LABELS) throw new ZhuisuError('batch_too_large', '/codes', { limit: MAX_LABELS })
  const base = deps.publicUrl.replace(/\/+$/, '')
  const units = await findUnits(deps.repos, codes)
  const products = new Map((await deps.repos.products.findByIds([...new Set(units.flatMap((u) => (u.productId ? [u.productId] : [])))])).map((p) => [p.id, p]))
  const labels = units.flatMap((unit): Label[] => {
    const label: Label = { ...labelOf(base, unit.key), productName: unit.productId ? products.get(unit.productId)?.name : undefined }
    return Array.from({ length: copies }, () => label)
  })
  if (request.range) labels.push(...platformRange(request.range.from, request.range.count).map((code) => labelOf(base, code)))
  return labels
}

async function findUnits(repos: Repositories, codes: string[]): Promise<TraceUnit[]> {
  const keys = codes.map((code, index) => {
    const parsed = parseTraceCode(code)
    if (!parsed.ok) throw new ZhuisuError('code_invalid', `/codes/${index}`, { reason: parsed.reason })
    return parsed.value.key
  })
  const found = new Map((await repos.units.findByKeys(keys)).map((u) => [u.key, u]))
  return keys.map((key, index) => {
    const unit = found.get(key)
    if (!unit) throw new ZhuisuError('code_not_found', `/codes/${index}`, { code: codes[index] })
    return unit
  })
}

/** A trace key → the label's URI and text. */
export function labelOf(base: string, key: string): Label {
  if (parsePlatformCode(key).valid) return { uri: `${base}/q/${key}`, text: key }
  if (/^\d{2,4}\//.test(key)) {
    const uri = `${base}/${key}`
    const parsed = parseDigitalLink(uri)
    if (parsed.ok) return { uri, text: formatElementString([parsed.value.primary, ...parsed.value.qualifiers]) }
  }
  return { uri: `${base}/q/${encodeURIComponent(key)}`, text: key }
}

/** `count` platform codes from `from` on: the same issuer, category and kind, serials counting up. */
export function platformRange(from: string, count: number): string[] {
  const parsed = parsePlatformCode(from.trim())
  if (!parsed.valid) throw new ZhuisuError('code_invalid', '/range/from', { reason: parsed.reason })
  const { issuerRegion, category, kind, serial } = parsed.value
  const first = Number.parseInt(serial, SERIAL_RADIX)
  if (first + count > SERIAL_RADIX ** PLATFORM_SERIAL_LENGTH) throw new ZhuisuError('invalid_request', '/range/count', { reason: 'the range runs past the last serial' })
  return Array.from({ length: count }, (_, i) => formatPlatformCode({ issuerRegion, category, kind, serial: serialText(first + i) }))
}
