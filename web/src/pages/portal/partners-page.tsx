/**
 * The partner view (一步追溯), `/portal/partners`: one step up (what was received, from whom) and one step
 * down (what was shipped, to whom) — the record the law asks each enterprise to keep — paged, sorted and
 * filtered on the server, exportable to .xlsx with the same filter.
 */
import { useState } from 'react'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { DataTable } from './data-table'
import { listPath, type PartnersReply } from './portal-api'
import { PortalGate, PortalNav } from './portal-gate'

type Line = PartnersReply['items'][number]
const PATH = '/api/v1/portal/partners'

export function PartnersPage() {
  const { t } = useI18n()
  useDocumentTitle(t('portal.partners.title'))
  return <PortalGate>{(context) => <Partners partyName={context.party.name} />}</PortalGate>
}

function Partners({ partyName }: { partyName: string }) {
  const { t, language } = useI18n()
  const [side, setSide] = useState<'' | 'up' | 'down'>('')
  const [search, setSearch] = useState('')
  const filters = { side: side || undefined, q: search.trim() || undefined }
  return (
    <div className="container portal">
      <header className="portal-head"><h1>{t('portal.partners.title')}</h1><p className="portal-head__party">{partyName}</p></header>
      <PortalNav current="/portal/partners" />
      <section className="card portal-section" aria-labelledby="partners-title">
        <h2 id="partners-title" className="card__title">{t('portal.partners.lines')}</h2>
        <p className="card__lead">{t('portal.partners.lead')}</p>
        <div className="portal-filters">
          <label className="portal-field portal-field--inline">
            <span>{t('portal.partners.side')}</span>
            <select value={side} onChange={(e) => setSide(e.target.value as '' | 'up' | 'down')}>
              <option value="">{t('portal.partners.both')}</option>
              <option value="up">{t('portal.partners.up')}</option>
              <option value="down">{t('portal.partners.down')}</option>
            </select>
          </label>
          <label className="portal-field portal-field--inline">
            <span>{t('portal.filter.search')}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('portal.partners.searchPlaceholder')} />
          </label>
          <a className="button" href={listPath(PATH, { ...filters, format: 'xlsx' })} download>{t('portal.partners.export')}</a>
        </div>
        <DataTable<Line>
          caption={t('portal.partners.lines')} path={PATH} filters={filters} defaultSort="eventTime" limit={20} empty={t('portal.partners.empty')}
          rowKey={(row, i) => `${row.eventId}|${row.unitId}|${i}`}
          columns={[
            { label: 'portal.col.side', render: (row) => <span className={`portal-side portal-side--${row.side}`}>{t(row.side === 'up' ? 'portal.partners.upShort' : 'portal.partners.downShort')}</span> },
            { label: 'portal.col.eventTime', sort: 'eventTime', render: (row) => formatTime(row.eventTime) },
            { label: 'portal.col.partner', sort: 'partner', render: (row) => <>{row.partner.name ?? row.partner.reference ?? '—'}{row.partner.uscc && <small className="portal-muted"> {row.partner.uscc}</small>}</> },
            { label: 'portal.col.product', render: (row) => row.productName ?? '—' },
            { label: 'portal.col.code', sort: 'code', render: (row) => <Link to={`/q/${encodeURIComponent(row.code)}`} className="portal-code-text">{row.code}</Link> },
            { label: 'portal.col.quantity', numeric: true, render: (row) => row.quantity === undefined ? '—' : `${row.quantity.toLocaleString(language)} ${row.uom ?? ''}` },
          ]}
        />
      </section>
    </div>
  )
}
