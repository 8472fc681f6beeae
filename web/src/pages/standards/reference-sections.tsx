/**
 * The parts of the standard beside the indicators: coding rules (the identifier formats the category's data
 * elements use, with examples), transmission formats, and the interface list read from /openapi.json.
 */
import { ErrorState, LoadingState } from '../../components/status'
import { useI18n } from '../../i18n'
import { useApi } from '../../use-api'
import { categoryStandardPath, nameIn, type Category, type Format, type Standard } from './types'

const OPENAPI_PATH = '/openapi.json'
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

interface OpenApiDocument {
  paths: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], { summary?: string }>>>
}

/** The formats named by any data element of the category, in the standard's order. */
function formatsOf(standard: Standard, category: Category): Format[] {
  const used = new Set(category.stages.flatMap((stage) => stage.steps.flatMap((step) => step.elements.flatMap((e) => (e.format ? [e.format] : [])))))
  return standard.formats.filter((format) => used.has(format.name))
}

export function CodingRules({ standard, category }: { standard: Standard; category: Category }) {
  const { language, t } = useI18n()
  const formats = formatsOf(standard, category)
  return (
    <section className="card" aria-labelledby="standards-formats">
      <h2 id="standards-formats" className="card__title">{t('standards.formats.title')}</h2>
      <p className="card__lead">{t('standards.formats.lead')}</p>
      <div className="table-scroll">
        <table className="stats-table standards__table">
          <thead>
            <tr>
              <th scope="col">{t('standards.formats.format')}</th><th scope="col">{t('standards.formats.example')}</th>
              <th scope="col">{t('standards.formats.verification')}</th><th scope="col">{t('standards.onInvalid')}</th>
              <th scope="col">{t('standards.formats.pattern')}</th><th scope="col">{t('standards.source')}</th>
            </tr>
          </thead>
          <tbody>
            {formats.map((format) => (
              <tr key={format.name}>
                <th scope="row">{nameIn(language, format)}<div className="muted code-text">{format.name}</div></th>
                <td className="code-text standards__nowrap">{format.example}</td>
                <td>{t(`standards.verification.${format.verification}`)}</td>
                <td>{t(`standards.${format.onInvalid}`)}</td>
                <td className="code-text">{format.pattern ?? '—'}</td>
                <td className="muted">{format.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

export function TransmissionFormats({ standard, category }: { standard: Standard; category: Category }) {
  const { t } = useI18n()
  const href = categoryStandardPath(category.code)
  return (
    <section className="card" aria-labelledby="standards-transmission">
      <h2 id="standards-transmission" className="card__title">{t('standards.transmission.title')}</h2>
      <p className="card__lead">{t('standards.transmission.lead')}</p>
      <p><a href={href} className="code-text">{href}</a> — {t('standards.schemaLink')}</p>
      <p className="muted">{t('standards.transmission.dialect')}: <span className="code-text">{standard.jsonSchemaDialect}</span></p>
    </section>
  )
}

function InterfaceTable({ document }: { document: OpenApiDocument }) {
  const { t } = useI18n()
  const rows = Object.entries(document.paths).flatMap(([path, operations]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = operations[method]
      return operation ? [{ path, method, summary: operation.summary ?? '' }] : []
    }))
  return (
    <div className="table-scroll">
      <table className="stats-table standards__table">
        <thead>
          <tr><th scope="col">{t('standards.interfaces.method')}</th><th scope="col">{t('standards.interfaces.path')}</th><th scope="col">{t('standards.interfaces.summary')}</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.method} ${row.path}`}>
              <td className="code-text">{row.method.toUpperCase()}</td><th scope="row" className="code-text">{row.path}</th><td>{row.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function InterfaceList() {
  const { t } = useI18n()
  const [reply, retry] = useApi<OpenApiDocument>(OPENAPI_PATH)
  return (
    <section className="card" aria-labelledby="standards-interfaces">
      <h2 id="standards-interfaces" className="card__title">{t('standards.interfaces.title')}</h2>
      <p className="card__lead">{t('standards.interfaces.lead')} <a href="/docs">{t('nav.docs')}</a> · <a href={OPENAPI_PATH} className="code-text">{OPENAPI_PATH}</a></p>
      {reply.status === 'loading' && <LoadingState label={t('standards.interfaces.loading')} />}
      {reply.status === 'failed' && <ErrorState title={t('standards.interfaces.failed')} onRetry={retry} />}
      {reply.status === 'ready' && <InterfaceTable document={reply.data} />}
    </section>
  )
}
