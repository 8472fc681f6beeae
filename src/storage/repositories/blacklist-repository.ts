/** The quality blacklist: entries and their revocations, both insert-only. */
import type { Kysely, Selectable } from 'kysely'
import type { BlacklistEntry } from '../../domain/credit/blacklist.js'
import type { Database } from '../schema.js'
import type { BlacklistEntryTable } from './credit-schema.js'

export interface BlacklistQuery {
  /** Only entries in force on this date (YYYY-MM-DD): started, not ended, not revoked. */
  inForceOn?: string
  /** Part of the party's name, or its USCC. */
  text?: string
  uscc?: string
  partyId?: string
  regionPrefix?: string
  limit: number
  offset: number
}

type Joined = Selectable<BlacklistEntryTable> & { r_id: string | null; r_reason: string | null; r_revoked_at: string | null; r_revoked_by: string | null }

export function createBlacklistRepository(db: Kysely<Database>) {
  const base = () => db.selectFrom('blacklist_entry as e').leftJoin('blacklist_revocation as r', 'r.entry_id', 'e.id')

  function filtered(query: Omit<BlacklistQuery, 'limit' | 'offset'>) {
    let q = base()
    if (query.inForceOn) q = q.where('e.valid_from', '<=', query.inForceOn).where('e.valid_to', '>=', query.inForceOn).where('r.id', 'is', null)
    if (query.uscc) q = q.where('e.uscc', '=', query.uscc)
    if (query.partyId) q = q.where('e.party_id', '=', query.partyId)
    if (query.regionPrefix) q = q.where('e.region_code', 'like', `${query.regionPrefix}%`)
    // LIKE wildcards in the search text are dropped: names are matched literally, portably on both engines.
    const text = query.text?.replace(/[%_\\]/g, '').trim()
    if (text) q = q.where((eb) => eb.or([eb('e.party_name', 'like', `%${text}%`), eb('e.uscc', '=', text.toUpperCase())]))
    // A search made only of wildcards matches nothing (not everything).
    else if (query.text?.trim()) q = q.where('e.id', 'is', null)
    return q
  }

  return {
    async insert(entry: BlacklistEntry): Promise<void> {
      await db.insertInto('blacklist_entry').values({
        id: entry.id, party_id: entry.partyId, party_name: entry.partyName, uscc: entry.uscc ?? null, region_code: entry.regionCode,
        reason: entry.reason, decision_no: entry.decisionNo, decision_title: entry.decisionTitle, authority: entry.authority,
        valid_from: entry.validFrom, valid_to: entry.validTo, created_at: entry.createdAt, created_by: entry.createdBy,
      }).execute()
    },
    /** Fails on the unique index when the entry already has a revocation. */
    async insertRevocation(revocation: NonNullable<BlacklistEntry['revocation']>): Promise<void> {
      await db.insertInto('blacklist_revocation').values({
        id: revocation.id, entry_id: revocation.entryId, reason: revocation.reason, revoked_at: revocation.revokedAt, revoked_by: revocation.revokedBy,
      }).execute()
    },
    async findById(id: string): Promise<BlacklistEntry | undefined> {
      const row = await base().selectAll('e').select(revocationColumns).where('e.id', '=', id).executeTakeFirst()
      return row && fromRow(row as Joined)
    },
    async list(query: BlacklistQuery): Promise<{ total: number; entries: BlacklistEntry[] }> {
      const { total } = await filtered(query).select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow()
      const rows = await filtered(query).selectAll('e').select(revocationColumns)
        .orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(query.limit).offset(query.offset).execute()
      return { total: Number(total), entries: rows.map((r) => fromRow(r as Joined)) }
    },
    /** Entries in force on `date` for any of these parties (credit scoring, risk weights). */
    async inForceFor(partyIds: string[], date: string): Promise<BlacklistEntry[]> {
      if (partyIds.length === 0) return []
      const rows = await filtered({ inForceOn: date }).selectAll('e').select(revocationColumns).where('e.party_id', 'in', partyIds).execute()
      return rows.map((r) => fromRow(r as Joined))
    },
  }
}

export type BlacklistRepository = ReturnType<typeof createBlacklistRepository>

const revocationColumns = ['r.id as r_id', 'r.reason as r_reason', 'r.revoked_at as r_revoked_at', 'r.revoked_by as r_revoked_by'] as const

function fromRow(row: Joined): BlacklistEntry {
  return {
    id: row.id, partyId: row.party_id, partyName: row.party_name, uscc: row.uscc ?? undefined, regionCode: row.region_code,
    reason: row.reason, decisionNo: row.decision_no, decisionTitle: row.decision_title, authority: row.authority,
    validFrom: row.valid_from, validTo: row.valid_to, createdAt: row.created_at, createdBy: row.created_by,
    revocation: row.r_id ? { id: row.r_id, entryId: row.id, reason: row.r_reason ?? '', revokedAt: row.r_revoked_at ?? '', revokedBy: row.r_revoked_by ?? '' } : undefined,
  }
}

