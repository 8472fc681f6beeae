/**
 * `/blacklist`: the quality blacklist in force (public, searchable by name or USCC, paged on the server).
 * Regulators and the operator also see a form to list a party and a button to revoke an entry early.
 */
import { useState, type FormEvent } from 'react'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { errorText, PAGE_SIZE, query, send, type BlacklistEntry, type BlacklistList } from '../credit/credit-api'
import { Pager } from '../credit/credit-list-page'
import { BlacklistForm } from './blacklist-form'
import '../credit/credit.css'

export function BlacklistPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('credit.blacklist.title'))
  const { audiences } = useSession()
  const mayEdit = audiences.includes('regulator')
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const [offset, setOffset] = useState(0)
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()
  const [state, retry] = useApi<BlacklistList>(`/api/v1/blacklist${query({ q, limit: PAGE_SIZE, offset })}`)

  const search = (event: FormEvent) => {
    event.preventDefault()
    setQ(text.trim())
    setOffset(0)
  }
  const revoke = async (entry: BlacklistEntry) => {
    const reason = window.prompt(t('credit.blacklist.revokeReason', { name: entry.partyName }))
    if (!reason?.trim()) return
    try {
      await send('POST', `/api/v1/blacklist/${entry.id}/revocations`, language, { reason: reason.trim() })
      setMessage({ text: t('credit.blacklist.revoked', { name: entry.partyName }) })
      retry()
    } catch (error) {
      setMessage({ text: errorText(error, language, t('credit.failed')), error: true })
    }
  }

  return (
    <div className="container credit">
      <h1 className="credit__title">{t('credit.blacklist.title')}</h1>
      <p className="credit__lead">{t('credit.blacklist.lead')}</p>
      <form className="credit-form card" role="search" onSubmit={search}>
        <label className="credit-field">
          <span>{t('credit.blacklist.search')}</span>
          <input type="search" value={text} maxLength={100} placeholder={t('credit.blacklist.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="button button--primary">{t('credit.blacklist.searchButton')}</button>
      </form>
      {message && <p className={`credit-message${message.error ? ' credit-message--error' : ''}`} role="status">{message.text}</p>}
      {state.status === 'loading' && <LoadingState label={t('credit.loading')} />}
      {state.status === 'failed' && <ErrorState title={errorText(state.error, language, t('credit.failed'))} onRetry={retry} />}
      {state.status === 'ready' && (
        <section className="card" aria-label={t('credit.blacklist.title')}>
          {state.data.entries.length === 0 ? <p>{q ? t('credit.blacklist.noMatch') : t('credit.blacklist.empty')}</p> : (
            <div className="credit-table-wrap">
              <table className="credit-table credit-table--cards">
                <thead>
                  <tr>
                    <th>{t('credit.party')}</th><th>{t('credit.blacklist.uscc')}</th><th>{t('credit.blacklist.reason')}</th>
                    <th>{t('credit.blacklist.decision')}</th><th>{t('credit.blacklist.period')}</th>{mayEdit && <th>{t('credit.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {state.data.entries.map((e) => (
                    <tr key={e.id}>
                      <td data-label={t('credit.party')}><strong>{e.partyName}</strong></td>
                      <td data-label={t('credit.blacklist.uscc')} className="credit-evidence credit-nowrap">{e.uscc ?? '—'}</td>
                      <td data-label={t('credit.blacklist.reason')}>{e.reason}</td>
                      <td data-label={t('credit.blacklist.decision')}>{e.decisionTitle}<br /><span className="credit__lead">{e.decisionNo} · {e.authority}</span></td>
                      <td data-label={t('credit.blacklist.period')}><span className="credit-nowrap">{e.validFrom}</span> – <span className="credit-nowrap">{e.validTo}</span><br /><span className="credit__lead">{t('credit.blacklist.published', { at: formatTime(e.publishedAt) })}</span></td>
                      {mayEdit && <td><button type="button" className="button" onClick={() => revoke(e)}>{t('credit.blacklist.revoke')}</button></td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager total={state.data.total} offset={offset} onOffset={setOffset} />
        </section>
      )}
      {mayEdit && <BlacklistForm onAdded={(name) => { setMessage({ text: t('credit.blacklist.added', { name }) }); retry() }} />}
    </div>
  )
}
