/**
 * `/credit`: the credit of the parties in a regulator's scope (worst first by default), filtered by grade
 * and region, paged on the server, with a button that recomputes everyone in scope. An enterprise sees
 * its own credit page instead.
 */
import { useState, type FormEvent } from 'react'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { errorText, PAGE_SIZE, query, send, type CreditList } from './credit-api'
import { CreditPartyPage } from './credit-party-page'
import { GradeBadge } from './grade-badge'
import './credit.css'

export function CreditListPage() {
  const { me, audiences, loading } = useSession()
  const { t } = useI18n()
  useDocumentTitle(t('credit.title'))
  if (loading) return <LoadingState label={t('credit.loading')} />
  if (!audiences.includes('regulator') && me?.partyId) return <CreditPartyPage partyId={me.partyId} />
  if (!audiences.includes('regulator')) return <div className="container credit"><ErrorState title={t('credit.signInRegulator')} tone="notice" /></div>
  return <CreditList />
}

function CreditList() {
  const { t, language } = useI18n()
  const [filters, setFilters] = useState({ grade: '', region: '', sort: 'score' })
  const [draft, setDraft] = useState(filters)
  const [offset, setOffset] = useState(0)
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()
  const [state, retry] = useApi<CreditList>(`/api/v1/credit${query({ ...filters, limit: PAGE_SIZE, offset })}`)

  const apply = (event: FormEvent) => {
    event.preventDefault()
    setFilters(draft)
    setOffset(0)
  }
  const recompute = async () => {
    setMessage({ text: t('credit.recomputing') })
    try {
      const result = await send<{ parties: number; changed: number }>('POST', '/api/v1/credit/recomputations', language, filters.region ? { region: filters.region } : {})
      setMessage({ text: t('credit.recomputed', { parties: result.parties, changed: result.changed }) })
      retry()
    } catch (error) {
      setMessage({ text: errorText(error, language, t('credit.failed')), error: true })
    }
  }

  return (
    <div className="container credit">
      <h1 className="credit__title">{t('credit.title')}</h1>
      <p className="credit__lead">{t('credit.lead')}</p>
      <form className="credit-form card" onSubmit={apply} aria-label={t('credit.filters')}>
        <label className="credit-field">
          <span>{t('credit.grade')}</span>
          <select value={draft.grade} onChange={(e) => setDraft({ ...draft, grade: e.target.value })}>
            <option value="">{t('credit.anyGrade')}</option>
            {['A', 'B', 'C', 'D'].map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
        </label>
        <label className="credit-field">
          <span>{t('credit.region')}</span>
          <input value={draft.region} inputMode="numeric" pattern="\d{2,6}" placeholder="441400" onChange={(e) => setDraft({ ...draft, region: e.target.value.trim() })} />
        </label>
        <label className="credit-field">
          <span>{t('credit.sort')}</span>
          <select value={draft.sort} onChange={(e) => setDraft({ ...draft, sort: e.target.value })}>
            <option value="score">{t('credit.sort.worst')}</option>
            <option value="-score">{t('credit.sort.best')}</option>
            <option value="name">{t('credit.sort.name')}</option>
            <option value="computedAt">{t('credit.sort.recent')}</option>
          </select>
        </label>
        <div className="credit-actions">
          <button type="submit" className="button button--primary">{t('credit.apply')}</button>
          <button type="button" className="button" onClick={recompute}>{t('credit.recompute')}</button>
        </div>
      </form>
      {message && <p className={`credit-message${message.error ? ' credit-message--error' : ''}`} role="status">{message.text}</p>}
      {state.status === 'loading' && <LoadingState label={t('credit.loading')} />}
      {state.status === 'failed' && <ErrorState title={errorText(state.error, language, t('credit.failed'))} onRetry={retry} />}
      {state.status === 'ready' && (
        <section className="card" aria-label={t('credit.title')}>
          {state.data.rows.length === 0 ? <p>{t('credit.empty')}</p> : (
            <div className="credit-table-wrap">
              <table className="credit-table credit-table--cards">
                <thead><tr><th>{t('credit.party')}</th><th>{t('credit.region')}</th><th>{t('credit.score')}</th><th>{t('credit.computedAt')}</th></tr></thead>
                <tbody>
                  {state.data.rows.map((row) => (
                    <tr key={row.partyId}>
                      <td data-label={t('credit.party')}><Link to={`/credit/${row.partyId}`}>{row.partyName}</Link></td>
                      <td data-label={t('credit.region')}>{row.regionCode}</td>
                      <td data-label={t('credit.score')} className="num">{row.score} <GradeBadge grade={row.grade} /></td>
                      <td data-label={t('credit.computedAt')}>{formatTime(row.computedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager total={state.data.total} offset={offset} onOffset={setOffset} />
        </section>
      )}
    </div>
  )
}

export function Pager({ total, offset, onOffset }: { total: number; offset: number; onOffset: (offset: number) => void }) {
  const { t } = useI18n()
  if (total <= PAGE_SIZE) return <p className="credit__lead">{t('credit.total', { total })}</p>
  return (
    <nav className="credit-pager" aria-label={t('credit.pages')}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}>{t('credit.previous')}</button>
      <span>{t('credit.range', { from: offset + 1, to: Math.min(total, offset + PAGE_SIZE), total })}</span>
      <button type="button" className="button" disabled={offset + PAGE_SIZE >= total} onClick={() => onOffset(offset + PAGE_SIZE)}>{t('credit.next')}</button>
    </nav>
  )
}
