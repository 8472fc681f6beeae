/**
 * Turns parsed events into the rows one capture writes: new trace units, event rows, lineage and custody
 * index rows, error declarations. Reads (master data, known units, current container contents) are batched.
 */
import { codesOf, type CodeRef, type TraceEvent } from '../../domain/events/event.js'
import { effectsOf, type EventEffects } from '../../domain/events/effects.js'
import type { Finding } from '../../domain/findings.js'
import type { TraceKind } from '../../domain/identifiers/trace-key.js'
import type { EventRowId, PartyId, ProductId, TraceUnitId } from '../../domain/ids.js'
import type { Product, TraceUnit } from '../../domain/master-data.js'
import { isInside, windowsOf, type LineageEdge } from '../../domain/trace-graph.js'
import { newRowId } from '../../storage/ids.js'
import type { CustodyRow } from '../../storage/repositories/custody-repository.js'
import type { EventRow } from '../../storage/repositories/event-repository.js'
import type { LineageRow } from '../../storage/repositories/lineage-repository.js'
import type { EventErrorTable } from '../../storage/schema.js'
import type { Repositories } from '../../storage/store.js'
import type { CaptureOutcome } from './capture-report.js'
import { resolveReferences } from './resolve-references.js'

export interface WritePlan {
  units: TraceUnit[]
  events: EventRow[]
  lineage: LineageRow[]
  custody: CustodyRow[]
  errorDeclarations: EventErrorTable[]
  outcomes: CaptureOutcome[]
  /** Every unit the events name (new or known), by id: read by the early-warning rules. */
  named: Map<string, TraceUnit>
}

interface Entry {
  index: number
  event: TraceEvent
}

/** @param standardWarnings findings from the data-standard check, by event index (overridden warnings). */
export async function buildWritePlan(
  repos: Repositories, fresh: Entry[], declarations: (Entry & { rowId: string })[], recordTime: string,
  standardWarnings: ReadonlyMap<number, Finding[]> = new Map(),
): Promise<WritePlan> {
  const plan: WritePlan = { units: [], events: [], lineage: [], custody: [], errorDeclarations: [], outcomes: [], named: new Map() }
  for (const { index, event, rowId } of declarations) {
    plan.errorDeclarations.push(declarationRow(rowId, event, recordTime))
    plan.outcomes.push({ index, eventId: event.eventId, status: 'declared', findings: [] })
  }
  if (fresh.length === 0) return plan

  const effects = fresh.map((entry) => effectsOf(entry.event))
  const partyRefs = new Set<string>()
  const siteRefs = new Set<string>()
  effects.forEach((effect, i) => {
    if (effect.actorRef) partyRefs.add(effect.actorRef)
    if (effect.counterpartyRef) partyRefs.add(effect.counterpartyRef)
    if (effect.locationRef) siteRefs.add(effect.locationRef)
    for (const link of [...fresh[i].event.sources, ...fresh[i].event.destinations]) partyRefs.add(link.value)
  })
  const resolved = await resolveReferences(repos, partyRefs, siteRefs)

  const units = await ensureUnits(repos, fresh.map((f) => f.event), recordTime, plan)
  for (const unit of units.values()) plan.named.set(unit.id, unit)
  const products = new Map((await repos.products.findByIds([...new Set([...units.values()].map((u) => u.productId).filter((id): id is ProductId => !!id))])).map((p) => [p.id, p]))
  const contentsAt = await contentsAtTime(repos, fresh, effects, units)

  fresh.forEach(({ index, event }, i) => {
    const effect = effects[i]
    const findings: Finding[] = [...(standardWarnings.get(index) ?? [])]
    const site = resolved.site(effect.locationRef)
    if (effect.locationRef && !site) findings.push({ code: 'site_unregistered', field: event.bizLocation ? '/bizLocation/id' : '/readPoint/id', value: effect.locationRef })
    let actor = resolved.party(effect.actorRef)
    if (effect.actorRef && !actor) findings.push({ code: 'party_unregistered', field: event.party ? '/zs:party' : '/sourceList', value: effect.actorRef })
    if (!actor && site) actor = resolved.party(site.partyId)
    if (!actor && !effect.actorRef) findings.push({ code: 'party_missing', field: '/zs:party' })
    const counterparty = resolved.party(effect.counterpartyRef)
    if (effect.counterpartyRef && !counterparty) findings.push({ code: 'party_unregistered', field: '/destinationList', value: effect.counterpartyRef })
    const codes = codesOf(event)
    const category = event.category ?? categoryOf(codes, units, products)
    if (!category) findings.push({ code: 'category_missing', field: '/zs:category' })
    for (const ref of codes) {
      const unit = units.get(ref.key.key)
      if (unit?.gtin && !unit.productId) findings.push({ code: 'product_unregistered', field: '/epcList', value: unit.gtin })
    }

    const eventFindings = dedupeFindings(findings)
    const rowId = newRowId<EventRowId>()
    plan.events.push({
      id: rowId, event_id: event.eventId, type: event.type, action: event.action ?? null, event_time: event.eventTime,
      event_time_zone_offset: event.eventTimeZoneOffset, record_time: recordTime, biz_step: event.bizStep ?? null,
      disposition: event.disposition ?? null, read_point: event.readPoint ?? null, biz_location: event.bizLocation ?? null,
      category: category ?? null, party_id: actor?.id ?? null, site_id: site?.id ?? null, content_hash: event.contentHash,
      hash_id: event.hashId ?? null, document: withRecordTime(event.document, recordTime), findings: JSON.stringify(eventFindings),
    })
    if (event.errorDeclaration) plan.errorDeclarations.push(declarationRow(rowId, event, recordTime))
    for (const fact of effect.lineage) {
      const fromId = units.get(fact.fromKey)!.id
      const targets = fact.toKey !== undefined ? [units.get(fact.toKey)!.id] : contentsAt(fromId, event.eventTime)
      const quantity = fact.toKey !== undefined ? quantityOf(event, fact.toKey) : undefined
      for (const toId of targets) {
        plan.lineage.push({ id: newRowId(), kind: fact.kind, from_unit_id: fromId, to_unit_id: toId, action: fact.action, quantity_milli: quantity?.quantityMilli ?? null, uom: quantity?.uom ?? null, event_row_id: rowId, event_id: event.eventId, event_time: event.eventTime })
      }
    }
    const regionCode = site?.regionCode ?? actor?.regionCode ?? null
    for (const fact of effect.custody) {
      plan.custody.push({
        id: newRowId(), unit_id: units.get(fact.unitKey)!.id, role: fact.role, party_id: actor?.id ?? null,
        party_ref: actor ? null : (effect.actorRef ?? null), site_id: site?.id ?? null, region_code: regionCode,
        counterparty_id: counterparty?.id ?? null, counterparty_ref: counterparty ? null : (effect.counterpartyRef ?? null),
        quantity_milli: fact.quantityMilli ?? null, uom: fact.uom ?? null, event_row_id: rowId, event_id: event.eventId, event_time: event.eventTime,
      })
    }
    plan.outcomes.push({ index, eventId: event.eventId, status: 'created', findings: eventFindings, hashId: event.hashId })
  })
  return plan
}

/** Finds the units the events name and plans the creation of those not seen before. */
async function ensureUnits(repos: Repositories, events: TraceEvent[], now: string, plan: WritePlan): Promise<Map<string, TraceUnit>> {
  const wanted = new Map<string, { ref: CodeRef; kind: TraceKind; partyRef?: string }>()
  for (const event of events) {
    const note = (refs: CodeRef[], fallback: TraceKind) => {
      for (const ref of refs) if (!wanted.has(ref.key.key)) wanted.set(ref.key.key, { ref, kind: ref.key.kind ?? fallback })
    }
    note(event.epcs, 'item')
    note(event.quantities, 'lot')
    note(event.parent ? [event.parent] : [], 'container')
    note(event.children, 'item')
    note(event.childQuantities, 'lot')
    note([...event.inputs, ...event.outputs], 'item')
    note([...event.inputQuantities, ...event.outputQuantities], 'lot')
  }
  const units = new Map((await repos.units.findByKeys([...wanted.keys()])).map((u) => [u.key, u]))
  const missing = [...wanted.values()].filter((w) => !units.has(w.ref.key.key))
  const gtins = [...new Set(missing.map((m) => m.ref.key.gtin).filter((g): g is string => !!g))]
  const productsByGtin = new Map<string, Product>((await repos.products.findByGtins(gtins)).map((p) => [p.gtin!, p]))
  for (const { ref, kind } of missing) {
    const unit: TraceUnit = {
      id: newRowId<TraceUnitId>(), key: ref.key.key, scheme: ref.key.scheme, kind, productId: ref.key.gtin ? productsByGtin.get(ref.key.gtin)?.id : undefined,
      gtin: ref.key.gtin, lotNumber: ref.key.lotNumber, serial: ref.key.serial, partyId: undefined as PartyId | undefined, createdAt: now,
    }
    units.set(unit.key, unit)
    plan.units.push(unit)
  }
  return units
}

/** For "unpack everything" (AggregationEvent DELETE with only a parent): what each parent holds now. */
/**
 * For "unpack everything" (an AggregationEvent DELETE naming only the parent): what each parent holds at the
 * moment of that event, from the stored history and from the packing earlier in this same batch.
 */
async function contentsAtTime(repos: Repositories, fresh: Entry[], effects: EventEffects[], units: Map<string, TraceUnit>): Promise<(parentId: string, time: string) => string[]> {
  const parents = new Set(effects.flatMap((e) => e.lineage.filter((l) => l.toKey === undefined && l.kind === 'aggregation').map((l) => units.get(l.fromKey)!.id)))
  if (parents.size === 0) return () => []
  const stored: LineageEdge[] = (await repos.lineage.edgesFrom([...parents])).filter((e) => e.rowKind === 'aggregation')
  const inBatch: LineageEdge[] = effects.flatMap((effect, i) => effect.lineage
    .filter((l) => l.kind === 'aggregation' && l.toKey !== undefined && parents.has(units.get(l.fromKey)!.id))
    .map((l) => ({ kind: 'aggregation' as const, fromId: units.get(l.fromKey)!.id, toId: units.get(l.toKey!)!.id, action: l.action, eventId: fresh[i].event.eventId, eventTime: fresh[i].event.eventTime })))
  const byParent = new Map<string, LineageEdge[]>()
  for (const edge of [...stored, ...inBatch]) byParent.set(edge.fromId, [...(byParent.get(edge.fromId) ?? []), edge])
  return (parentId, time) => {
    const byChild = new Map<string, LineageEdge[]>()
    for (const edge of byParent.get(parentId) ?? []) {
      if (edge.eventTime > time) continue
      byChild.set(edge.toId, [...(byChild.get(edge.toId) ?? []), edge])
    }
    return [...byChild.entries()].filter(([, edges]) => isInside(time, windowsOf(edges))).map(([childId]) => childId)
  }
}

function categoryOf(refs: CodeRef[], units: Map<string, TraceUnit>, products: Map<string, Product>): Product['category'] | undefined {
  for (const ref of refs) {
    const productId = units.get(ref.key.key)?.productId
    const product = productId ? products.get(productId) : undefined
    if (product) return product.category
  }
  return undefined
}

function quantityOf(event: TraceEvent, key: string): { quantityMilli?: number; uom?: string } | undefined {
  return event.childQuantities.find((q) => q.key.key === key)
}

function declarationRow(eventRowId: string, event: TraceEvent, recordTime: string): EventErrorTable {
  const declaration = event.errorDeclaration!
  return {
    id: newRowId(), event_row_id: eventRowId, declaration_time: declaration.declarationTime, reason: declaration.reason ?? null,
    corrective_event_ids: JSON.stringify(declaration.correctiveEventIds), record_time: recordTime,
  }
}

/**
 * The stored document: the event's JSON with `recordTime` last, as `{ ...document, recordTime }` writes it —
 * without copying the document (parsed documents never hold a recordTime: check-event.ts drops it).
 */
function withRecordTime(document: Record<string, unknown>, recordTime: string): string {
  if (Object.hasOwn(document, 'recordTime')) return JSON.stringify({ ...document, recordTime })
  const json = JSON.stringify(document)
  return json === '{}' ? JSON.stringify({ recordTime }) : `${json.slice(0, -1)},"recordTime":${JSON.stringify(recordTime)}}`
}

function dedupeFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.code}|${f.field}|${f.value ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
