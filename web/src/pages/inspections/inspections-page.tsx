/** `/inspections`: a regulator's random inspection draws (双随机): a new draw, and the record of past ones. */
import { useState } from 'react'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link, navigate } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { errorText, PAGE_SIZE, query, type DrawList } from '../credit/credit-api'
import { Pager } from '../credit/credit-list-page'
import { DrawForm } from './draw-form'
import '../credit/credit.css'

export function InspectionsPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('credit.draw.title'))
  const { audiences, me, loading } = useSession()
  const [offset, setOffset] = useState(0)
  const [state, retry] = useApi<DrawList>(`/api/v1/inspection-draws${query({ limit: PAGE_SIZE, offset })}`)
  if (loading) return <LoadingState label={t('credit.loading')} />
  if (!audiences.includes('regulator')) return <div className="container credit"><ErrorState title={t('credit.signInRegulator')} tone="notice" /></div>

  return (
    <div className="container credit">
      <h1 className="credit__title">{t('credit.draw.title')}</h1>
      <p className="credit__lead">{t('credit.draw.lead')}</p>
      {me?.role === 'regulator' && <DrawForm onDrawn={(id) => navigate(`/inspections/${id}`)} />}
      <section className="card" aria-labelledby="draws-title">
        <h2 id="draws-title" className="card__title">{t('credit.draw.records')}</h2>
        {state.status === 'loading' && <LoadingState label={t('credit.loading')} />}
        {state.status === 'failed' && <ErrorState title={errorText(state.error, language, t('credit.failed'))} onRetry={retry} />}
        {state.status === 'ready' && (state.data.draws.length === 0 ? <p>{t('credit.draw.none')}</p> : (
          <div className="credit-table-wrap">
            <table className="credit-table">
              <thead><tr><th>{t('credit.draw.name')}</th><th>{t('credit.draw.when')}</th><th>{t('credit.region')}</th><th>{t('credit.draw.targets')}</th><th>{t('credit.draw.seed')}</th></tr></thead>
              <tbody>
                {state.data.draws.map((d) => (
                  <tr key={d.id}>
                    <td><Link to={`/inspections/${d.id}`}>{d.title}</Link><br /><span className="credit__lead">{d.createdByName}</span></td>
                    <td>{formatTime(d.createdAt)}</td>
                    <td>{d.regionPrefix}</td>
                    <td className="num">{d.result.length}</td>
                    <td className="credit-evidence">{d.seed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        {state.status === 'ready' && <Pager total={state.data.total} offset={offset} onOffset={setOffset} />}
      </section>
    </div>
  )
}
