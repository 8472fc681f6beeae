/** `/recalls/mine` (regulators, operator): the recalls in the caller's scope, filtered, sorted and paged on the server. */
import { useState } from 'react'
import { LoadingState, ErrorState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useApi } from '../../use-api'
import { LEVELS, PAGE_SIZE, recallPagePath, type RecallList } from './recalls-api'
import { LevelBadge, StatusBadge } from './status-badge'
import { Pager } from './tasks-page'
import './recalls.css'

export function RecallListPage() {
  const { t } = useI18n()
  useDocumentTitle(t('recalls.nav.tasks'))
  const [status, setStatus] = useState('open')
  const [level, setLevel] = useState('')
  const [offset, setOffset] = useState(0)
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset), sort: 'deadline', order: 'asc', ...(status ? { status } : {}), ...(level ? { level } : {}) })
  const [reply, retry] = useApi<RecallList>(`/api/v1/recalls?${query}`)
  return (
    <div className="container recalls">
      <h1 className="recalls__title">{t('recalls.nav.tasks')}</h1>
      <p><Link className="button button--danger" to="/recalls/new">{t('recalls.new.title')}</Link></p>
      <div className="recall-search">
        <label className="recall-field"><span>{t('recalls.status')}</span>
          <select value={status} onChange={(e) => { setStatus(e.target.value); setOffset(0) }}>
            <option value="">{t('recalls.public.any')}</option><option value="open">{t('recalls.status.open')}</option><option value="closed">{t('recalls.status.closed')}</option>
          </select>
        </label>
        <label className="recall-field"><span>{t('recalls.new.level')}</span>
          <select value={level} onChange={(e) => { setLevel(e.target.value); setOffset(0) }}>
            <option value="">{t('recalls.public.any')}</option>{LEVELS.map((l) => <option key={l} value={l}>{t(`recalls.level.${l}`)}</option>)}
          </select>
        </label>
      </div>
      {reply.status === 'loading' && <LoadingState label={t('recalls.loading')} />}
      {reply.status === 'failed' && <ErrorState title={t('recalls.error')} onRetry={retry}>{reply.error.message}</ErrorState>}
      {reply.status === 'ready' && (
        <>
          {reply.data.recalls.length === 0 && <p className="muted">{t('recalls.noTasks')}</p>}
          <ul className="recall-notices">
            {reply.data.recalls.map((r) => (
              <li key={r.id} className="card recall-public">
                <Link to={recallPagePath(r.id)}><LevelBadge level={r.level} /> {r.productNames.join('、') || r.codes[0]?.code}</Link> <StatusBadge status={r.status} />
                <p>{r.reason}</p>
                <p className="muted">{r.initiator.name} · {t('recalls.deadline')} {formatTime(r.deadline)} · {r.holderCount} {t('recalls.holder')}</p>
              </li>
            ))}
          </ul>
          <Pager total={reply.data.total} offset={offset} onOffset={setOffset} />
        </>
      )}
    </div>
  )
}
