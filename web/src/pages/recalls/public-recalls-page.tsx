/** `/recalls`: the public list of recalls and consumer notices (召回公告与消费提示), searchable, with the feeds. */
import { useState, type FormEvent } from 'react'
import { LoadingState, ErrorState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link, queryPagePath } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { PAGE_SIZE, recallPagePath, type PublicRecall, type PublicRecallList } from './recalls-api'
import { LevelBadge, StatusBadge } from './status-badge'
import { Pager } from './tasks-page'
import './recalls.css'

export function PublicRecallsPage() {
  const { t } = useI18n()
  const { audiences } = useSession()
  useDocumentTitle(t('recalls.public.title'))
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const [status, setStatus] = useState('')
  const [offset, setOffset] = useState(0)
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset), ...(q ? { q } : {}), ...(status ? { status } : {}) })
  const [reply, retry] = useApi<PublicRecallList>(`/api/v1/public/recalls?${query}`)
  const search = (event: FormEvent) => {
    event.preventDefault()
    setQ(text.trim())
    setOffset(0)
  }
  const signedIn = audiences.includes('regulator') || audiences.includes('enterprise')
  return (
    <div className="container recalls">
      <h1 className="recalls__title">{t('recalls.public.title')}</h1>
      <p className="recalls__lead">{t('recalls.public.lead')} <a href="/recalls.atom">Atom</a> · <a href="/recalls.rss">RSS</a></p>
      {signedIn && <p><Link className="button button--danger" to="/recalls/new">{t('recalls.new.title')}</Link></p>}
      <form className="recall-search" role="search" onSubmit={search}>
        <label className="recall-field"><span>{t('recalls.public.search')}</span><input type="search" name="q" maxLength={100} value={text} onChange={(e) => setText(e.target.value)} /></label>
        <label className="recall-field"><span>{t('recalls.status')}</span>
          <select value={status} onChange={(e) => { setStatus(e.target.value); setOffset(0) }}>
            <option value="">{t('recalls.public.any')}</option>
            <option value="open">{t('recalls.status.open')}</option>
            <option value="closed">{t('recalls.status.closed')}</option>
          </select>
        </label>
        <button type="submit" className="button button--primary">{t('recalls.public.searchButton')}</button>
      </form>
      {reply.status === 'loading' && <LoadingState label={t('recalls.loading')} />}
      {reply.status === 'failed' && <ErrorState title={t('recalls.error')} onRetry={retry}>{reply.error.message}</ErrorState>}
      {reply.status === 'ready' && (
        <>
          <p className="muted" role="status">{t('recalls.public.count', { total: reply.data.total })}</p>
          {reply.data.recalls.map((r) => <PublicRecallCard key={r.id} recall={r} linkToDetail={signedIn} />)}
          <Pager total={reply.data.total} offset={offset} onOffset={setOffset} />
        </>
      )}
    </div>
  )
}

function PublicRecallCard({ recall, linkToDetail }: { recall: PublicRecall; linkToDetail: boolean }) {
  const { t, language } = useI18n()
  return (
    <article className="card recall-public" id={recall.id}>
      <h2 className="card__title"><LevelBadge level={recall.level} /> {recall.productNames.join('、') || recall.codes[0]} <StatusBadge status={recall.status} /></h2>
      <p>{recall.reason}</p>
      <p className="muted">{recall.initiatorName} · {formatTime(recall.openedAt)} · {language === 'en' ? recall.levelText.en : recall.levelText.zh}</p>
      <p className="recall-public__codes">{recall.codes.map((c) => <Link key={c} className="recall-code" to={queryPagePath(c)}>{c}</Link>)}</p>
      {recall.notices.map((n) => <div key={n.id} className="recall-notice"><strong>{t('recalls.notice.label')}：{n.title}</strong><p>{n.body}</p>{n.advice && <p>{n.advice}</p>}</div>)}
      {linkToDetail && <Link to={recallPagePath(recall.id)}>{t('recalls.public.details')}</Link>}
    </article>
  )
}
