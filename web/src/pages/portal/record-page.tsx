/**
 * Record a business step, `/portal/record` and `/portal/record/{category}/{stage}/{step}`: the steps of the
 * enterprise's category, its own stages first (generated from the data standard), then the chosen step's form.
 */
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useApi } from '../../use-api'
import { EventForm } from './event-form'
import type { HoldingsReply, PortalContext } from './portal-api'
import { PortalGate, PortalNav } from './portal-gate'
import { RECORD_PATH } from './record-path'
import { formSteps, type FormStep } from './step-forms'

const STOCK_PATH = '/api/v1/portal/holdings?inStock=true&limit=200&sort=lastAt'

export function RecordPage({ stepKey }: { stepKey: string }) {
  const { t } = useI18n()
  useDocumentTitle(t('portal.record.title'))
  return <PortalGate>{(context, loadedAt) => <Record context={context} stepKey={stepKey} loadedAt={loadedAt} />}</PortalGate>
}

function Record({ context, stepKey, loadedAt }: { context: PortalContext; stepKey: string; loadedAt: number }) {
  const { t, language } = useI18n()
  const steps = formSteps(context)
  const chosen = steps.find((s) => s.key === stepKey)
  const [stock] = useApi<HoldingsReply>(STOCK_PATH)
  const stockCodes = stock.status === 'ready' ? stock.data.items.map((h) => h.code) : []
  const name = (item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh)
  const own = steps.filter((s) => s.isOwnStage)
  const others = steps.filter((s) => !s.isOwnStage)
  const stepLinks = (list: FormStep[]) => {
    const stages = [...new Map(list.map((s) => [`${s.category}/${s.stage.code}`, s])).values()]
    return stages.map((first) => (
      <div key={`${first.category}/${first.stage.code}`} className="portal-steps__stage">
        <h3>{name(first.stage)}</h3>
        <ul className="portal-steps__list">
          {list.filter((s) => s.category === first.category && s.stage.code === first.stage.code).map((s) => (
            <li key={s.key}><Link to={`${RECORD_PATH}/${s.key}`} className="portal-step" aria-current={s.key === stepKey ? 'page' : undefined}>{name(s.step)}</Link></li>
          ))}
        </ul>
      </div>
    ))
  }
  return (
    <div className="container portal">
      <header className="portal-head"><h1>{t('portal.record.title')}</h1><p className="portal-head__party">{context.party.name}</p></header>
      <PortalNav current="/portal/record" />
      <nav className="card portal-steps" aria-label={t('portal.record.steps')}>
        <p className="portal-help">{t('portal.record.help')}</p>
        {stepLinks(own)}
        {others.length > 0 && <details><summary>{t('portal.record.otherStages')}</summary>{stepLinks(others)}</details>}
      </nav>
      {chosen && <EventForm key={chosen.key} context={context} form={chosen} stockCodes={stockCodes} loadedAt={loadedAt} />}
      {!chosen && stepKey !== '' && <p className="portal-failure" role="alert">{t('portal.record.unknownStep')}</p>}
    </div>
  )
}
