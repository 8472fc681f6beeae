/**
 * `/recalls/<id>`: a recall's progress per region and per holder (overdue highlighted), the task table, the
 * history, and — for those who manage it — closing and publishing a consumer notice (消费提示).
 */
import { useState, type FormEvent } from 'react'
import { LoadingState, ErrorState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link, queryPagePath } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { errorText } from '../account/account-api'
import { ProgressBar } from './progress-bar'
import { postRecall, recallPath, useKept, type RecallDetail } from './recalls-api'
import { LevelBadge, StatusBadge } from './status-badge'
import { TaskTable } from './task-table'
import './recalls.css'

export function RecallPage({ id }: { id: string }) {
  const { t } = useI18n()
  const [reply, retry] = useApi<RecallDetail>(recallPath(id))
  useDocumentTitle(t('recalls.detail.title'))
  const data = useKept(reply)
  if (data) return <RecallView recall={data} onChange={retry} />
  if (reply.status === 'loading') return <div className="container recalls"><LoadingState label={t('recalls.loading')} /></div>
  if (reply.status === 'failed') return <div className="container recalls"><ErrorState title={t('recalls.error')} onRetry={retry}>{reply.error.message}</ErrorState></div>
  return null
}

function RecallView({ recall, onChange }: { recall: RecallDetail; onChange: () => void }) {
  const { t, language } = useI18n()
  const { me } = useSession()
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>()
  const overall = recall.progress.tasks === 0 ? 1 : recall.progress.finished / recall.progress.tasks

  const close = async () => {
    setMessage(undefined)
    try {
      await postRecall(`${recallPath(recall.id)}/close`, language, {}, me?.csrfToken)
      setMessage({ tone: 'ok', text: t('recalls.detail.closed') })
      onChange()
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(e, language, t('recalls.error')) })
    }
  }

  return (
    <div className="container recalls">
      <p className="recalls__crumbs"><Link to="/recalls">{t('recalls.public.title')}</Link></p>
      <h1 className="recalls__title"><LevelBadge level={recall.level} /> {recall.productNames.join('、') || recall.codes[0]?.code}</h1>
      <dl className="recall-facts card">
        <div><dt>{t('recalls.reason')}</dt><dd>{recall.reason}</dd></div>
        <div><dt>{t('recalls.status')}</dt><dd><StatusBadge status={recall.status} overdue={recall.isOverdue} /></dd></div>
        <div><dt>{t('recalls.deadline')}</dt><dd>{formatTime(recall.deadline)}</dd></div>
        <div><dt>{t('recalls.initiator')}</dt><dd>{recall.initiator.name}</dd></div>
        <div><dt>{t('recalls.openedAt')}</dt><dd>{formatTime(recall.openedAt)}</dd></div>
        <div className="recall-facts__codes"><dt>{t('recalls.codes')}</dt><dd>{recall.codes.map((c) => <Link key={c.unitId} className="recall-code" to={queryPagePath(c.code)}>{c.code}</Link>)}</dd></div>
      </dl>

      <section className="card recall-section" aria-labelledby="progress-title">
        <h2 id="progress-title" className="card__title">{t('recalls.detail.progress')}</h2>
        <p>{t('recalls.detail.summary', { finished: recall.progress.finished, tasks: recall.progress.tasks, overdue: recall.progress.overdue })}</p>
        <ProgressBar value={overall} label={t('recalls.detail.progress')} overdue={recall.progress.overdue > 0} />
        <h3 className="recall-subtitle">{t('recalls.detail.byRegion')}</h3>
        <ul className="recall-regions">
          {recall.progress.byRegion.map((r) => (
            <li key={r.regionCode} className={r.overdue > 0 ? 'recall-row--overdue' : undefined}>
              <span>{r.regionName ?? r.regionCode} · {r.finished}/{r.tasks}{r.overdue > 0 ? ` · ${t('recalls.overdueCount', { count: r.overdue })}` : ''}</span>
              <ProgressBar value={r.tasks === 0 ? 1 : r.finished / r.tasks} label={r.regionName ?? r.regionCode} overdue={r.overdue > 0} />
            </li>
          ))}
        </ul>
      </section>

      <section className="card recall-section" aria-labelledby="tasks-title">
        <h2 id="tasks-title" className="card__title">{t('recalls.detail.tasks')}</h2>
        <TaskTable tasks={recall.tasks} />
      </section>

      {recall.mayManage && (
        <section className="card recall-section" aria-labelledby="manage-title">
          <h2 id="manage-title" className="card__title">{t('recalls.detail.manage')}</h2>
          {recall.status === 'open' && (
            <div className="recall-actions">
              <button type="button" className="button button--primary" onClick={() => void close()}>{t('recalls.detail.close')}</button>
              <span className="muted">{t('recalls.detail.closeHint')}</span>
            </div>
          )}
          {message && <p className={message.tone === 'ok' ? 'recall-ok' : 'recall-error'} role={message.tone === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
          <NoticeForm recallId={recall.id} onPublished={onChange} />
        </section>
      )}

      <section className="card recall-section" aria-labelledby="notices-title">
        <h2 id="notices-title" className="card__title">{t('recalls.notices')}</h2>
        {recall.notices.length === 0 ? <p className="muted">{t('recalls.noNotices')}</p> : (
          <ul className="recall-notices">{recall.notices.map((n) => <li key={n.id}><strong>{n.title}</strong> <span className="muted">{formatTime(n.publishedAt)}</span><p>{n.body}</p>{n.advice && <p>{n.advice}</p>}</li>)}</ul>
        )}
      </section>

      <section className="card recall-section" aria-labelledby="history-title">
        <h2 id="history-title" className="card__title">{t('recalls.detail.history')}</h2>
        <ol className="recall-history">
          {recall.history.map((e) => {
            const task = e.taskId ? recall.tasks.find((x) => x.id === e.taskId) : undefined
            return (
              <li key={e.id}>
                <time dateTime={e.at}>{formatTime(e.at)}</time> <strong>{t(`recalls.event.${e.kind}` as never)}</strong>
                {task && <> · {task.party.name ?? task.party.reference}</>} · <span className="muted">{e.actor.name}</span>{e.note && <> · {e.note}</>}
              </li>
            )
          })}
        </ol>
      </section>
    </div>
  )
}

function NoticeForm({ recallId, onPublished }: { recallId: string; onPublished: () => void }) {
  const { t, language } = useI18n()
  const { me } = useSession()
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [advice, setAdvice] = useState('')
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await postRecall(`${recallPath(recallId)}/notices`, language, { title, body, ...(advice ? { advice } : {}) }, me?.csrfToken)
      setTitle('')
      setBody('')
      setAdvice('')
      setMessage({ tone: 'ok', text: t('recalls.notice.published') })
      onPublished()
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(e, language, t('recalls.error')) })
    }
  }
  return (
    <form className="recall-form" onSubmit={submit}>
      <h3 className="recall-subtitle">{t('recalls.notice.title')}</h3>
      <label className="recall-field"><span>{t('recalls.notice.heading')}</span><input name="title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} /></label>
      <label className="recall-field"><span>{t('recalls.notice.body')}</span><textarea name="body" rows={3} required maxLength={5000} value={body} onChange={(e) => setBody(e.target.value)} /></label>
      <label className="recall-field"><span>{t('recalls.notice.advice')}</span><input name="advice" maxLength={2000} value={advice} onChange={(e) => setAdvice(e.target.value)} /></label>
      {message && <p className={message.tone === 'ok' ? 'recall-ok' : 'recall-error'} role={message.tone === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
      <button type="submit" className="button">{t('recalls.notice.publish')}</button>
    </form>
  )
}
