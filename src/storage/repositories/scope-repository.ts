/**
 * The look-ups behind data scoping (src/services/access/scope.ts): who an enterprise trades with, and
 * whether an event concerns a set of parties. Bounded, batched, indexed by the custody table.
 */
import type { Kysely } from 'kysely'
import { chunkRows } from '../chunk.js'
import type { Dialect } from '../dialect/dialect.js'
import type { Database } from '../schema.js'

/** Most trading partners one enterprise's scope carries; a wholesale market has hundreds, not tens of thousands. */
export const MAX_COUNTERPARTIES = 5000

export function createScopeRepository(db: Kysely<Database>, dialect: Pick<Dialect, 'maxParameters'>) {
  return {
    /** Direct suppliers and customers: the other side of every custody change the parties took part in. */
    async counterpartiesOf(partyIds: string[]): Promise<string[]> {
      const found = new Set<string>()
      for (const chunk of chunkRows(partyIds, 1, dialect.maxParameters)) {
        if (chunk.length === 0) continue
        const [down, up] = await Promise.all([
          db.selectFrom('custody').select('counterparty_id as id').distinct().where('party_id', 'in', chunk).where('counterparty_id', 'is not', null).limit(MAX_COUNTERPARTIES).execute(),
          db.selectFrom('custody').select('party_id as id').distinct().where('counterparty_id', 'in', chunk).where('party_id', 'is not', null).limit(MAX_COUNTERPARTIES).execute(),
        ])
        for (const row of [...down, ...up]) if (row.id) found.add(row.id)
      }
      for (const id of partyIds) found.delete(id)
      return [...found]
    },
    /** True when one of the event's custody records names one of the parties, on either side. */
    async eventTouchesParties(eventRowId: string, partyIds: string[]): Promise<boolean> {
      if (partyIds.length === 0) return false
      const row = await db.selectFrom('custody').select('id').where('event_row_id', '=', eventRowId)
        .where((eb) => eb.or([eb('party_id', 'in', partyIds), eb('counterparty_id', 'in', partyIds)])).limit(1).executeTakeFirst()
      return row !== undefined
    },
  }
}

export type ScopeRepository = ReturnType<typeof createScopeRepository>
