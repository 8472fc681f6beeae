/**
 * The toolkit every chain builder uses: a time cursor in China time, EPCIS 2.0 events in the form capture
 * accepts (with `zs:party`, `zs:category`, `zs:data`, SGLN bizLocation, owning-party source/destination),
 * and a ledger that refuses to ship, sell or use more than a party holds — so the demo's holdings always
 * balance. Events are rendered only when the loader captures them, after platform codes are issued.
 */
import type { CategoryCode } from '../../domain/categories.js'
import { ZHUISU_BIZ_STEP_PREFIX } from '../../domain/events/vocabulary.js'
import type { Random } from './random.js'
import { codeOf, type DemoUnit, type UnitRegistry } from './units.js'

/** Whoever an event names: a registered party (by USCC) with its site, or an overseas party by PGLN. */
export interface Actor {
  /** USCC, or a PGLN URN for a party abroad. */
  ref: string
  name: string
  site?: { urn: string; gln: string }
}

export interface Amount {
  unit: DemoUnit
  quantity: number
}

/** What an event moves: whole items/containers, or quantities of lots. */
export type Goods = readonly (DemoUnit | Amount)[]

/** CBV 2.0 business-transaction types (interop.md §1). */
export type DocType = 'inv' | 'desadv' | 'po' | 'bol' | 'cert' | 'testres' | 'recadv' | 'prodorder'

export interface Doc {
  type: DocType
  id: string
}

export interface StepOptions {
  data?: Record<string, unknown>
  docs?: Doc[]
  ilmd?: Record<string, unknown>
  category?: CategoryCode
  /** Where it happens when that is not the actor's own site (a maintainer at the building it serves). */
  at?: Actor
  /** `zs:stage`: the lifecycle stage of the category's data standard, where the bizStep alone is ambiguous. */
  stage?: string
}

export interface TransferOptions extends StepOptions {
  travelHours?: [number, number]
  receiveData?: Record<string, unknown>
  receiveStage?: string
}

export interface EventOut {
  /** Takes an event unless the demo is full; `units` are the units it names. */
  accept(units: DemoUnit[], render: () => Record<string, unknown>): boolean
}

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const CHINA_OFFSET = '+08:00'
const CHINA_OFFSET_MS = 8 * HOUR_MS
const MILLI = 1000

export const zsStep = (word: 'harvesting' | 'slaughtering' | 'processing' | 'filling' | 'maintaining' | 'using' | 'quarantining') => `${ZHUISU_BIZ_STEP_PREFIX}${word}`

export function amount(unit: DemoUnit, quantity: number): Amount {
  return { unit, quantity: Math.round(quantity * MILLI) / MILLI }
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n))

function isAmount(entry: DemoUnit | Amount): entry is Amount {
  return 'unit' in entry
}

export class ChainKit {
  /** False once the demo filled up in the middle of this chain. */
  complete = true
  /** Data elements every event of the chain carries (e.g. the hazardous-goods class). */
  commonData: Record<string, unknown> = {}
  private t: number
  private textDay = Number.NaN
  private dayText = ''
  /** Unit id → holder reference (or `>holder` while in transit to it) → thousandths held. */
  private readonly held = new Map<number, Map<string, number>>()
  private readonly contents = new Map<number, Amount[]>()
  private readonly contained = new Map<number, DemoUnit[]>()

  constructor(
    private readonly out: EventOut,
    readonly units: UnitRegistry,
    readonly rng: Random,
    /** Category of the events written from now on (a chain may cross one: 中药材 → 饮片 is agri → drug). */
    public category: CategoryCode,
    startMs: number,
    private readonly endMs: number,
  ) {
    this.t = startMs
  }

  // ---- time -------------------------------------------------------------------------------------

  get now(): number {
    return this.t
  }

  /** The latest time the chain may write (the clock's now). */
  get end(): number {
    return this.endMs
  }

  wait(minHours: number, maxHours: number): this {
    return this.advance(minHours * HOUR_MS + this.rng.float() * (maxHours - minHours) * HOUR_MS)
  }

  /** Moves to a later local day (`days` ahead) at a time between the two hours. */
  dayAt(days: number, fromHour: number, toHour: number): this {
    const local = this.t + CHINA_OFFSET_MS
    const midnight = local - (local % (24 * HOUR_MS)) - CHINA_OFFSET_MS
    const target = midnight + days * 24 * HOUR_MS + fromHour * HOUR_MS + this.rng.float() * (toHour - fromHour) * HOUR_MS
    return this.advance(Math.max(target - this.t, MINUTE_MS))
  }

  /**
   * Runs `work` for each entry as if at the same time (outlets selling side by side), then moves on from
   * the latest of them. The ledger still sees the entries one after another.
   */
  parallel<T>(entries: readonly T[], work: (entry: T) => void): this {
    const start = this.t
    let latest = start
    for (const entry of entries) {
      this.t = start
      work(entry)
      latest = Math.max(latest, this.t)
    }
    this.t = latest
    return this
  }

  /** `YYYY-MM-DD` of the cursor (or `ms`) in China time. */
  date(ms = this.t, plusDays = 0): string {
    return new Date(ms + CHINA_OFFSET_MS + plusDays * 24 * HOUR_MS).toISOString().slice(0, 10)
  }

  /** `yyMMdd` of the cursor in China time, as lot numbers carry it. */
  yymmdd(): string {
    return this.date().slice(2).replace(/-/g, '')
  }

  lotNumber(prefix: string): string {
    return this.units.lotNumber(prefix, this.yymmdd())
  }

  private advance(ms: number): this {
    // Never past the clock's now: a chain that runs long is squeezed into its last minutes.
    this.t = Math.min(this.t + Math.max(ms, MINUTE_MS), this.endMs)
    return this
  }

  /** `2026-11-01T08:15:00+08:00`: the date part is formatted once per local day (a hot path at a million events). */
  private timeText(): string {
    const local = Math.floor((this.t + CHINA_OFFSET_MS) / 1000)
    const day = Math.floor(local / 86_400)
    if (day !== this.textDay) {
      this.textDay = day
      this.dayText = new Date(day * 86_400_000).toISOString().slice(0, 11)
    }
    const seconds = local - day * 86_400
    return `${this.dayText}${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}${CHINA_OFFSET}`
  }

  // ---- events -----------------------------------------------------------------------------------

  /** ObjectEvent ADD: goods come into being (commissioning, harvesting, filling…). */
  make(actor: Actor, goods: Goods, options: StepOptions & { bizStep?: string } = {}): this {
    goods.forEach((g) => this.add(actor.ref, g))
    return this.emit(actor, goods, options, () => ({ type: 'ObjectEvent', action: 'ADD', bizStep: options.bizStep ?? 'commissioning', ...this.what(goods, 'epcList', 'quantityList') }))
  }

  /** TransformationEvent: inputs consumed, outputs made (slaughter, processing, separation); `bizStep: null` writes none. */
  transform(actor: Actor, inputs: Goods, outputs: Goods, options: StepOptions & { bizStep?: string | null } = {}): this {
    inputs.forEach((g) => this.take(actor.ref, g))
    outputs.forEach((g) => this.add(actor.ref, g))
    const bizStep = options.bizStep === undefined ? zsStep('processing') : options.bizStep
    return this.emit(actor, [...inputs, ...outputs], options, () => ({
      type: 'TransformationEvent', ...(bizStep ? { bizStep } : {}),
      ...this.what(inputs, 'inputEPCList', 'inputQuantityList'), ...this.what(outputs, 'outputEPCList', 'outputQuantityList'),
    }))
  }

  /**
   * AggregationEvent ADD: goods packed into a case or pallet that then carries them. With `makes` the
   * packing also brings the children into being (gas filled into a cylinder: CBV-wise the fill is made).
   */
  pack(actor: Actor, parent: DemoUnit, children: Goods, options: StepOptions & { bizStep?: string; makes?: boolean } = {}): this {
    for (const child of children) {
      if (options.makes) this.add(actor.ref, child)
      else this.need(actor.ref, child)
      if (isAmount(child)) this.contents.set(parent.id, [...(this.contents.get(parent.id) ?? []), child])
      else this.contained.set(parent.id, [...(this.contained.get(parent.id) ?? []), child])
    }
    return this.emit(actor, [parent, ...children], options, () => ({
      type: 'AggregationEvent', action: 'ADD', bizStep: options.bizStep ?? 'packing', parentID: codeOf(parent), ...this.what(children, 'childEPCs', 'childQuantityList'),
    }))
  }

  /** AggregationEvent DELETE naming every child, so it holds whichever capture batch the packing was in. */
  unpack(actor: Actor, parent: DemoUnit, options: StepOptions = {}): this {
    const children: Goods = [...(this.contained.get(parent.id) ?? []), ...(this.contents.get(parent.id) ?? [])]
    this.contained.delete(parent.id)
    this.contents.delete(parent.id)
    return this.emit(actor, [parent, ...children], options, () => ({
      type: 'AggregationEvent', action: 'DELETE', bizStep: 'unpacking', parentID: codeOf(parent), ...this.what(children, 'childEPCs', 'childQuantityList'),
    }))
  }

  /** Shipping to another party: custody leaves `from` now and reaches `to` when it confirms receipt. */
  ship(from: Actor, to: Actor, goods: Goods, options: StepOptions = {}): this {
    for (const g of goods) this.move(g, from.ref, `>${to.ref}`)
    return this.emit(from, goods, options, () => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit', ...this.what(goods, 'epcList', 'quantityList'),
      sourceList: [{ type: 'owning_party', source: from.ref }], destinationList: [{ type: 'owning_party', destination: to.ref }],
    }))
  }

  receive(to: Actor, from: Actor, goods: Goods, options: StepOptions = {}): this {
    for (const g of goods) this.move(g, `>${to.ref}`, to.ref)
    return this.emit(to, goods, options, () => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', disposition: 'in_progress', ...this.what(goods, 'epcList', 'quantityList'),
      sourceList: [{ type: 'owning_party', source: from.ref }], destinationList: [{ type: 'owning_party', destination: to.ref }],
    }))
  }

  /** Ship, travel for a few hours, receive: both sides carry the same documents. */
  transfer(from: Actor, to: Actor, goods: Goods, options: TransferOptions = {}): this {
    const [minHours, maxHours] = options.travelHours ?? [1, 6]
    this.ship(from, to, goods, options)
    this.wait(minHours, maxHours)
    return this.receive(to, from, goods, { docs: options.docs, category: options.category, data: options.receiveData, stage: options.receiveStage })
  }

  /** An observation that changes no quantity: inspection, quarantine, storage, transport, maintenance. */
  observe(actor: Actor, bizStep: string, goods: Goods, options: StepOptions & { disposition?: string } = {}): this {
    return this.emit(actor, goods, options, () => ({
      type: 'ObjectEvent', action: 'OBSERVE', bizStep, ...(options.disposition ? { disposition: options.disposition } : {}), ...this.what(goods, 'epcList', 'quantityList'),
    }))
  }

  inspect(actor: Actor, goods: Goods, options: StepOptions = {}): this {
    return this.observe(actor, 'inspecting', goods, { ...options, disposition: 'conformant' })
  }

  /** Goods leave the books: retail sale, dispensing, use on a farm or site, installation, destruction. */
  consume(actor: Actor, bizStep: string, goods: Goods, options: StepOptions & { disposition?: string } = {}): this {
    goods.forEach((g) => this.take(actor.ref, g))
    return this.observe(actor, bizStep, goods, options)
  }

  sell(actor: Actor, goods: Goods, options: StepOptions = {}): this {
    return this.consume(actor, 'retail_selling', goods, { ...options, disposition: 'retail_sold' })
  }

  use(actor: Actor, goods: Goods, options: StepOptions = {}): this {
    return this.consume(actor, zsStep('using'), goods, options)
  }

  /** The items packed in a container now. */
  contentsOf(parent: DemoUnit): DemoUnit[] {
    return [...(this.contained.get(parent.id) ?? [])]
  }

  /** What `party` holds of a lot now, in the lot's unit (for splitting what is left). */
  holding(party: Actor, unit: DemoUnit): number {
    return this.heldBy(unit, party.ref) / MILLI
  }

  private heldBy(unit: DemoUnit, holder: string): number {
    return this.held.get(unit.id)?.get(holder) ?? 0
  }

  private emit(actor: Actor, goods: Goods, options: StepOptions, body: () => Record<string, unknown>): this {
    const time = this.timeText()
    const units = goods.flatMap((g) => (isAmount(g) ? [g.unit] : [g]))
    const issuer = actor.site?.gln
    const site = (options.at ?? actor).site
    const data = { ...this.commonData, ...options.data }
    const category = options.category ?? this.category
    const accepted = this.out.accept(units, () => ({
      ...body(),
      eventTime: time,
      eventTimeZoneOffset: CHINA_OFFSET,
      ...(site ? { bizLocation: { id: site.urn } } : {}),
      ...(options.docs?.length ? { bizTransactionList: options.docs.map((d) => ({ type: d.type, bizTransaction: documentUri(d, issuer) })) } : {}),
      ...(options.ilmd ? { ilmd: options.ilmd } : {}),
      'zs:party': actor.ref,
      'zs:category': category,
      ...(options.stage ? { 'zs:stage': options.stage } : {}),
      ...(Object.keys(data).length > 0 ? { 'zs:data': data } : {}),
    }))
    if (!accepted) this.complete = false
    this.advance(this.rng.int(2, 12) * MINUTE_MS)
    return this
  }

  private what(goods: Goods, epcField: string, quantityField: string): Record<string, unknown> {
    const epcs = goods.filter((g): g is DemoUnit => !isAmount(g)).map(codeOf)
    const quantities = goods.filter(isAmount).map((a) => ({ epcClass: codeOf(a.unit), quantity: a.quantity, uom: a.unit.uom }))
    return { ...(epcs.length ? { [epcField]: epcs } : {}), ...(quantities.length ? { [quantityField]: quantities } : {}) }
  }

  // ---- ledger -----------------------------------------------------------------------------------

  /** Every piece of accounting an entry stands for: a quantity of a lot, an item, or a container and what it carries. */
  private entries(g: DemoUnit | Amount): [DemoUnit, number][] {
    if (isAmount(g)) return [[g.unit, Math.round(g.quantity * MILLI)]]
    const inside: [DemoUnit, number][] = [
      ...(this.contents.get(g.id) ?? []).map((a): [DemoUnit, number] => [a.unit, Math.round(a.quantity * MILLI)]),
      ...(this.contained.get(g.id) ?? []).flatMap((u) => this.entries(u)),
    ]
    return [[g, MILLI], ...inside]
  }

  private add(holder: string, g: DemoUnit | Amount): void {
    for (const [unit, milli] of this.entries(g)) this.change(unit, holder, milli)
  }

  private take(holder: string, g: DemoUnit | Amount): void {
    for (const [unit, milli] of this.entries(g)) this.change(unit, holder, -milli)
  }

  private need(holder: string, g: DemoUnit | Amount): void {
    for (const [unit, milli] of this.entries(g)) {
      if (this.heldBy(unit, holder) < milli) throw new Error(`demo ledger: ${holder} packs unit ${unit.id} it does not hold`)
    }
  }

  private move(g: DemoUnit | Amount, from: string, to: string): void {
    for (const [unit, milli] of this.entries(g)) {
      // A container carries its contents: its own piece count is not accounted until it is received.
      if (unit.kind === 'container' && !this.held.get(unit.id)?.has(from)) continue
      this.change(unit, from, -milli)
      this.change(unit, to, milli)
    }
  }

  private change(unit: DemoUnit, holder: string, milli: number): void {
    let holders = this.held.get(unit.id)
    if (!holders) {
      holders = new Map()
      this.held.set(unit.id, holders)
    }
    const next = (holders.get(holder) ?? 0) + milli
    if (next < 0) throw new Error(`demo ledger: ${holder} would hold ${next / MILLI} ${unit.uom} of unit ${unit.id}`)
    holders.set(holder, next)
  }
}

/**
 * A business document as EPCIS wants it, a URI: CBV's `urn:epcglobal:cbv:bt:<issuer GLN>:<number>` when the
 * issuing site has a GLN, else a platform URN.
 */
export function documentUri(doc: Doc, issuerGln: string | undefined): string {
  const id = encodeURIComponent(doc.id)
  return issuerGln ? `urn:epcglobal:cbv:bt:${issuerGln}:${id}` : `urn:zhuisu:doc:${doc.type}:${id}`
}
