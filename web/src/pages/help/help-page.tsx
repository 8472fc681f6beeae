/**
 * In-app help (使用帮助), `/help`, public: the daily flows — a consumer's scan, a farm's harvest and shipment,
 * the slaughterhouse's one-click receipt, the market's sale, a regulator's trace explorer and a recall — each
 * as numbered steps with screenshots of the real pages (phone width where the work is done on a phone).
 */
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n, type MessageKey } from '../../i18n'
import { Link } from '../../router'
import { HELP_FLOWS, HELP_IMAGE_PATH, type HelpFlow } from './flows'
import './help.css'

function Flow({ flow }: { flow: HelpFlow }) {
  const { t } = useI18n()
  const key = (suffix: string) => `help.${flow.id}.${suffix}` as MessageKey
  return (
    <section className="card help-flow" id={flow.id} aria-labelledby={`help-${flow.id}-title`}>
      <h2 id={`help-${flow.id}-title`} className="card__title">{t(key('title'))}</h2>
      <p className="card__lead">{t(key('who'))}</p>
      <div className="help-flow__body">
        <ol className="help-flow__steps">
          {Array.from({ length: flow.steps }, (_, i) => <li key={i}>{t(key(`step${i + 1}`))}</li>)}
        </ol>
        <div className="help-flow__figures">
          {flow.figures.map((figure) => (
            <figure key={figure.file} className={`help-figure help-figure--${figure.width === 360 ? 'phone' : 'wide'}`}>
              <a href={`${HELP_IMAGE_PATH}/${figure.file}`} target="_blank" rel="noreferrer" title={t('help.fullSize')}>
                <img src={`${HELP_IMAGE_PATH}/${figure.file}`} alt={t(figure.caption as MessageKey)} loading="lazy" width={figure.width === 360 ? 360 : 960} />
              </a>
              <figcaption>{t(figure.caption as MessageKey)}</figcaption>
            </figure>
          ))}
        </div>
      </div>
      <p><Link className="button" to={flow.start}>{t(key('start'))}</Link></p>
    </section>
  )
}

export function HelpPage() {
  const { t } = useI18n()
  useDocumentTitle(t('help.title'))
  return (
    <div className="container help">
      <h1 className="help__title">{t('help.title')}</h1>
      <p className="help__lead">{t('help.lead')}</p>
      <nav className="help__toc" aria-label={t('help.toc')}>
        <ul>
          {HELP_FLOWS.map((flow) => <li key={flow.id}><a href={`#${flow.id}`}>{t(`help.${flow.id}.title` as MessageKey)}</a></li>)}
        </ul>
      </nav>
      {HELP_FLOWS.map((flow) => <Flow key={flow.id} flow={flow} />)}
      <p className="muted">{t('help.more')} <a href="/docs">{t('help.api')}</a></p>
    </div>
  )
}
