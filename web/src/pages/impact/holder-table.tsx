/** The holders of an impact, one page at a time: filtered, sorted and paged by the server. */
import type { FormEvent } from 'react'
import { useState } from 'react'
import { useI18n, type MessageKey } from '../../i18n'
import { PAGE_SIZE, type Holder, type HolderQuery, type HolderSort, type Impact } from './impact-api'

const COLUMNS: { sort?: HolderSort; label: MessageKey }[] = [
  { sort: 'name', label: 'impact.table.holder' }, { sort: 'kind', label: 'impact.table.kind' }, { sort: 'region', label: 'impact.table.region' },
  { sort: 'units', label: 'impact.table.units' }, { sort: 'received', label: 'impact.table.received' }, { sort: 'held', label: 'impact.table.held' },
  { sort: 'lastAt', label: 'impact.table.lastAt' }, { label: 'impact.table.contact' },
]

const quantities = (list: { uom?: string; quantity: number }[]) => list.map((q) => `${q.quantity.toLocaleString()} ${q.uom ?? ''}`).join(' · ')

export function HolderTable({ impact, query, onQuery, busy, provinceLabel }: {
  impact: Impact; query: HolderQuery; onQuery: (query: HolderQuery) => void; busy: boolean; provinceLabel?: string
}) {
  const { t } = useI18n()
  const [search, setSearch] = useState(query.search ?? '')
  const page = impact.holderPage ?? { matched: impact.holders.length, offset: 0, limit: PAGE_SIZE }
  const sortBy = (sort: HolderSort) => onQuery({ ...query, sort, order: query.sort === sort && query.order === 'asc' ? 'desc' : 'asc', offset: 0 })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onQuery({ ...query, search, offset: 0 })
  }
  return (
    <div className="impact-table" aria-busy={busy}>
      <form className="impact-filters" onSubmit={submit} role="search" aria-label={t('impact.table.filters')}>
        <label>
          <span>{t('impact.table.search')}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('impact.table.searchPlaceholder')} />
        </label>
        <label>
          <span>{t('impact.table.kind')}</span>
          <select value={query.kind ?? ''} onChange={(e) => onQuery({ ...query, kind: e.target.value || undefined, offset: 0 })}>
            <option value="">{t('impact.table.allKinds')}</option>
            {impact.byHolderKind.map((k) => <option key={k.kind} value={k.kind}>{t(`impact.kind.${k.kind}` as MessageKey)} ({k.holders})</option>)}
          </select>
        </label>
        <button type="submit" className="button">{t('impact.table.apply')}</button>
        {query.region && (
          <button type="button" className="tag impact-chip" onClick={() => onQuery({ ...query, region: undefined, offset: 0 })} aria-label={t('impact.table.clearRegion')}>
            {provinceLabel ?? query.region} ✕
          </button>
        )}
      </form>
      <p className="muted" role="status" data-testid="impact-matched">{t('impact.table.matched', { count: page.matched.toLocaleString() })}</p>
      <div className="table-scroll">
        <table className="impact-holders">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.sort && query.sort === c.sort ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {c.sort
                    ? <button type="button" className="impact-sort" onClick={() => sortBy(c.sort!)}>{t(c.label)}{query.sort === c.sort ? (query.order === 'asc' ? ' ▲' : ' ▼') : ''}</button>
                    : t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {impact.holders.map((h) => <HolderRow key={h.party.id ?? h.party.reference} holder={h} />)}
          </tbody>
        </table>
      </div>
      <nav className="impact-pager" aria-label={t('impact.table.pages')}>
        <button type="button" className="button" disabled={busy || page.offset === 0} onClick={() => onQuery({ ...query, offset: Math.max(0, page.offset - PAGE_SIZE) })}>{t('impact.table.previous')}</button>
        <span>{t('impact.table.page', { from: page.matched === 0 ? 0 : page.offset + 1, to: Math.min(page.matched, page.offset + PAGE_SIZE), total: page.matched })}</span>
        <button type="button" className="button" disabled={busy || page.offset + PAGE_SIZE >= page.matched} onClick={() => onQuery({ ...query, offset: page.offset + PAGE_SIZE })}>{t('impact.table.next')}</button>
      </nav>
    </div>
  )
}

function HolderRow({ holder }: { holder: Holder }) {
  const { t } = useI18n()
  const lastAt = holder.units.reduce((latest, u) => (u.lastAt > latest ? u.lastAt : latest), '')
  return (
    <tr>
      <td data-label={t('impact.table.holder')}>
        <strong>{holder.party.name ?? holder.party.reference}</strong>
        {holder.party.uscc && <div className="muted impact-small">{holder.party.uscc}</div>}
        {holder.sites[0] && <div className="muted impact-small">{holder.sites[0].name}</div>}
      </td>
      <td data-label={t('impact.table.kind')}>{t(`impact.kind.${holder.kind}` as MessageKey)}</td>
      <td data-label={t('impact.table.region')}>{holder.regionName ?? holder.regionCode}</td>
      <td data-label={t('impact.table.units')}>
        {holder.units.length}
        <div className="muted impact-small impact-codes">{holder.units.slice(0, 2).map((u) => u.lotNumber ?? u.serial ?? u.code).join('、')}{holder.units.length > 2 ? ' …' : ''}</div>
      </td>
      <td data-label={t('impact.table.received')}>{quantities(holder.received)}</td>
      <td data-label={t('impact.table.held')} className={holder.remaining.some((q) => q.quantity > 0) ? 'impact-held' : undefined}>{quantities(holder.remaining)}</td>
      <td data-label={t('impact.table.lastAt')}>{lastAt.slice(0, 10)}</td>
      <td data-label={t('impact.table.contact')}>{[holder.contact.name, holder.contact.phone].filter(Boolean).join(' ')}</td>
    </tr>
  )
}
