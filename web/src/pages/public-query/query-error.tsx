/** Why a code could not be shown: unknown, invalid, network down, or the platform failing. */
import { ApiError, NetworkError } from '../../api'
import { CodeEntry } from '../../components/code-entry'
import { ErrorState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'

const NOT_FOUND = 'code_not_found'
const INVALID = 'code_invalid'

export function QueryError({ code, error, onRetry }: { code: string; error: Error; onRetry: () => void }) {
  const { t, language } = useI18n()
  const apiError = error instanceof ApiError ? error : undefined
  const isNotFound = apiError?.code === NOT_FOUND || apiError?.status === 404
  // Any other 4xx also means "this text is not a code we can read" (e.g. too long for the route).
  const isInvalid = !isNotFound && (apiError?.code === INVALID || (apiError !== undefined && apiError.status >= 400 && apiError.status < 500))
  const isNetwork = error instanceof NetworkError

  const title = isNotFound ? t('error.notFound.title')
    : isInvalid ? t('error.invalid.title')
      : isNetwork ? t('error.network.title')
        : t('error.server.title')
  useDocumentTitle(title)

  return (
    <>
      <ErrorState title={title} tone={isNotFound || isInvalid ? 'notice' : 'error'} onRetry={isNetwork || (!isNotFound && !isInvalid) ? onRetry : undefined}>
        <p className="state__code"><span className="code-text">{code}</span></p>
        {isNotFound && <p>{t('error.notFound.body')}</p>}
        {isInvalid && apiError && <p>{t('error.invalid.body', { message: apiError.messageIn(language) })}</p>}
        {isNetwork && <p>{t('error.network.body')}</p>}
        {!isNotFound && !isInvalid && !isNetwork && <p>{t('error.server.body')}</p>}
      </ErrorState>
      <section className="card" aria-labelledby="again-title">
        <h2 id="again-title" className="card__title">{t('query.again')}</h2>
        <CodeEntry size="compact" initial={code} />
      </section>
    </>
  )
}
