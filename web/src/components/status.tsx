/** Loading and error states shared by the pages. */
import type { ReactNode } from 'react'
import { useI18n } from '../i18n'

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  )
}

export function ErrorState({ title, children, onRetry, tone = 'error' }: { title: string; children?: ReactNode; onRetry?: () => void; tone?: 'error' | 'notice' }) {
  const { t } = useI18n()
  return (
    <section className={`state state--${tone}`} role="alert" aria-labelledby="state-title">
      <h1 id="state-title" className="state__title">{title}</h1>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>{t('error.retry')}</button>
      )}
    </section>
  )
}
