/** Random inspection draws: one insert-only row each, with everything needed to repeat the draw. */
import type { Kysely, Selectable } from 'kysely'
import type { InspectionDraw, SeedSource } from '../../domain/inspections/draw-record.js'
import type { Database } from '../schema.js'
import type { InspectionDrawTable } from './credit-schema.js'

export interface DrawQuery {
  /** The caller's region: draws whose scope lies inside it. */
  regionPrefix?: string
  limit: number
  offset: number
}

export function createInspectionDrawRepository(db: Kysely<Database>) {
  return {
    async insert(draw: InspectionDraw): Promise<void> {
      await db.insertInto('inspection_draw').values({
        id: draw.id, created_at: draw.createdAt, created_by: draw.createdBy, created_by_name: draw.createdByName, title: draw.title,
        region_prefix: draw.regionPrefix, categories: JSON.stringify(draw.categories), party_kinds: JSON.stringify(draw.partyKinds),
        target_count: draw.targetCount, per_target: draw.perTarget, seed: draw.seed, seed_source: draw.seedSource, algorithm: draw.algorithm,
        candidates_hash: draw.candidatesHash, candidates: JSON.stringify(draw.candidates), inspectors: JSON.stringify(draw.inspectors),
        result: JSON.stringify(draw.result),
      }).execute()
    },
    async findById(id: string): Promise<InspectionDraw | undefined> {
      const row = await db.selectFrom('inspection_draw').selectAll().where('id', '=', id).executeTakeFirst()
      return row && fromRow(row)
    },
    /** Newest first; the list leaves out the candidate list (the detail has it). */
    async list(query: DrawQuery): Promise<{ total: number; draws: InspectionDraw[] }> {
      let q = db.selectFrom('inspection_draw')
      if (query.regionPrefix) q = q.where('region_prefix', 'like', `${query.regionPrefix}%`)
      const { total } = await q.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow()
      const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute()
      return { total: Number(total), draws: rows.map((r) => ({ ...fromRow(r), candidates: [] })) }
    },
  }
}

export type InspectionDrawRepository = ReturnType<typeof createInspectionDrawRepository>

function fromRow(row: Selectable<InspectionDrawTable>): InspectionDraw {
  return {
    id: row.id, createdAt: row.created_at, createdBy: row.created_by, createdByName: row.created_by_name, title: row.title,
    regionPrefix: row.region_prefix, categories: JSON.parse(row.categories) as string[], partyKinds: JSON.parse(row.party_kinds) as string[],
    targetCount: Number(row.target_count), perTarget: Number(row.per_target), seed: row.seed, seedSource: row.seed_source as SeedSource,
    algorithm: row.algorithm, candidatesHash: row.candidates_hash, candidates: JSON.parse(row.candidates) as InspectionDraw['candidates'],
    inspectors: JSON.parse(row.inspectors) as string[], result: JSON.parse(row.result) as InspectionDraw['result'],
  }
}
