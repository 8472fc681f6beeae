/**
 * `/tasks` (enterprises): the holder's recall tasks, soonest deadline first, paged on the server; confirm,
 * report per lot what was removed, returned or destroyed (the API's message shown at the field it names),
 * or explain what cannot be recalled.
 */
import { useState, type FormEvent } from 'react'
import { LoadingState, ErrorState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { errorText } from '../account/account-api'
import { FieldError, PAGE_SIZE, postRecall, recallPagePath, taskPath, useKept, type HolderTask, type TaskList } from './recalls-api'
import { LevelBadge, StatusBadge } from './status-badge'
import './recalls.css'

export function TasksPage() {
  const { t } = useI18n()
  useDocumentTitle(t('recalls.tasks.title'))
  const [status, setStatus] = useState<'open' | ''>('open')
  const [offset, setOffset] = useState(0)
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset), ...(status ? { status } : {}) })
  const [reply, retry] = useApi<TaskList>(`/api/v1/recall-tasks?${query}`)
  const data = useKept(reply)
  // Page-level feedback: a finished task leaves the list of open ones, and its card with it.
  const [notice, setNotice] = useState<string | undefined>()
  const changed = (text: string) => {
    setNotice(text)
    retry()
  }
  return (
    <div className="container recalls">
      <h1 className="recalls__title">{t('recalls.tasks.title')}</h1>
      <p className="recalls__lead">{t('recalls.tasks.lead')}</p>
      <label className="recall-filter">
        <span>{t('recalls.status')}</span>
        <select value={status} onChange={(e) => { setStatus(e.target.value as 'open' | ''); setOffset(0) }}>
          <option value="open">{t('recalls.tasks.open')}</option>
          <option value="">{t('recalls.tasks.all')}</option>
        </select>
      </label>
      {notice && <p className="recall-ok" role="status">{notice}</p>}
      {reply.status === 'loading' && !data && <LoadingState label={t('recalls.loading')} />}
      {reply.status === 'failed' && <ErrorState title={t('recalls.error')} onRetry={retry}>{reply.error.message}</ErrorState>}
      {data && (
        <>
          {data.tasks.length === 0 && <p className="muted">{t('recalls.tasks.none')}</p>}
          {data.tasks.map((task) => <TaskCard key={task.id} task={task} onChange={changed} />)}
          <Pager total={data.total} offset={offset} onOffset={setOffset} />
        </>
      )}
    </div>
  )
}

export function Pager({ total, offset, onOffset }: { total: number; offset: number; onOffset: (offset: number) => void }) {
  const { t } = useI18n()
  if (total <= PAGE_SIZE) return null
  return (
    <nav className="recall-pager" aria-label={t('recalls.pages')}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}>{t('recalls.previous')}</button>
      <span>{t('recalls.pageOf', { from: offset + 1, to: Math.min(total, offset + PAGE_SIZE), total })}</span>
      <button type="button" className="button" disabled={offset + PAGE_SIZE >= total} onClick={() => onOffset(offset + PAGE_SIZE)}>{t('recalls.next')}</button>
    </nav>
  )
}

type Amounts = Record<string, { removed: string; returned: string; destroyed: string }>
const KINDS = ['removed', 'returned', 'destroyed'] as const

function TaskCard({ task, onChange }: { task: HolderTask; onChange: (message: string) => void }) {
  const { t, language } = useI18n()
  const { me } = useSession()
  const finished = task.status === 'done' || task.status === 'explained' || task.recall.status !== 'open'
  const [amounts, setAmounts] = useState<Amounts>(() => Object.fromEntries(task.lots.map((l) => [l.code, { removed: '', returned: '', destroyed: '' }])))
  const [note, setNote] = useState('')
  const [explanation, setExplanation] = useState('')
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string; field?: string } | undefined>()
  const id = `task-${task.id}`

  const act = async (action: 'confirm' | 'reports' | 'explain', body: object, done: string) => {
    setMessage(undefined)
    try {
      await postRecall(taskPath(task.id, action), language, body, me?.csrfToken)
      setMessage(undefined)
      onChange(done)
    } catch (e) {
      const field = e instanceof FieldError ? e.field : undefined
      setMessage({ tone: 'error', text: errorText(e, language, t('recalls.error')), field })
    }
  }
  const report = (event: FormEvent) => {
    event.preventDefault()
    const lots = task.lots
      .map((lot) => ({ code: lot.code, ...Object.fromEntries(KINDS.filter((k) => amounts[lot.code][k] !== '').map((k) => [k, Number(amounts[lot.code][k])])) }))
      .filter((l) => Object.keys(l).length > 1)
    void act('reports', { lots, ...(note ? { note } : {}) }, t('recalls.tasks.reported'))
  }
  return (
    <article className={`card recall-task${task.isOverdue ? ' recall-task--overdue' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title"><LevelBadge level={task.recall.level} /> {task.recall.reason}</h2>
      <p className="recall-task__meta">
        <StatusBadge status={task.status} overdue={task.isOverdue} /> · {t('recalls.deadline')} {formatTime(task.recall.deadline)} · {task.party.name}{task.site?.name ? ` · ${task.site.name}` : ''}
        {' · '}<Link to={recallPagePath(task.recallId)}>{t('recalls.tasks.openRecall')}</Link>
      </p>
      {task.status === 'pending' && !finished && (
        <button type="button" className="button button--primary" onClick={() => void act('confirm', {}, t('recalls.tasks.confirmed'))}>{t('recalls.tasks.confirm')}</button>
      )}
      {!finished && (
        <form className="recall-form" onSubmit={report}>
          <h3 className="recall-subtitle">{t('recalls.tasks.report')}</h3>
          <p className="muted">{t('recalls.tasks.reportHint')}</p>
          <div className="table-scroll">
            <table className="recall-table recall-report">
              <thead><tr><th>{t('recalls.lots')}</th><th>{t('recalls.held')}</th>{KINDS.map((k) => <th key={k}>{t(`recalls.kind.${k}`)}</th>)}</tr></thead>
              <tbody>
                {task.lots.map((lot, index) => (
                  <tr key={lot.code}>
                    <td data-label={t('recalls.lots')}>{lot.productName} <span className="recall-code">{lot.lotNumber ?? lot.serial ?? lot.code}</span></td>
                    <td data-label={t('recalls.held')}>{lot.held} {lot.uom} <div className="muted">{t('recalls.tasks.reportedSoFar', { count: lot.removed + lot.returned + lot.destroyed })}</div></td>
                    {KINDS.map((k) => {
                      const invalid = message?.field === `/lots/${index}/${k}`
                      return (
                        <td key={k} data-label={t(`recalls.kind.${k}`)}>
                          <input type="number" min={0} step="any" inputMode="decimal" aria-label={`${t(`recalls.kind.${k}`)} ${lot.lotNumber ?? lot.code}`} aria-invalid={invalid || undefined}
                            className={invalid ? 'recall-input--invalid' : undefined} value={amounts[lot.code][k]}
                            onChange={(e) => setAmounts({ ...amounts, [lot.code]: { ...amounts[lot.code], [k]: e.target.value } })} />
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label className="recall-field"><span>{t('recalls.tasks.note')}</span><input name="note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} /></label>
          <button type="submit" className="button button--primary">{t('recalls.tasks.submitReport')}</button>
        </form>
      )}
      {!finished && (
        <form className="recall-form" onSubmit={(e) => { e.preventDefault(); void act('explain', { note: explanation }, t('recalls.tasks.explained')) }}>
          <label className="recall-field"><span>{t('recalls.tasks.explain')}</span><input name="explanation" required maxLength={2000} value={explanation} onChange={(e) => setExplanation(e.target.value)} placeholder={t('recalls.tasks.explainHint')} /></label>
          <button type="submit" className="button">{t('recalls.tasks.submitExplain')}</button>
        </form>
      )}
      {message && <p className={message.tone === 'ok' ? 'recall-ok' : 'recall-error'} role={message.tone === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
    </article>
  )
}
