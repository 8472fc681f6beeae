import { useEffect } from 'react'
import { useI18n } from '../i18n'

/** Sets the tab title to `<page> · 追溯 Zhuisu`, or the platform name alone. */
export function useDocumentTitle(page?: string): void {
  const { t } = useI18n()
  const platform = `${t('app.name')} · ${t('app.nameLatin')}`
  useEffect(() => {
    document.title = page ? `${page} · ${platform}` : platform
  }, [page, platform])
}
