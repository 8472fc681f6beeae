/** Loads one API path into component state, with retry. A language change does not refetch: replies carry both languages. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { getJson } from './api'
import { useI18n } from './i18n'

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; error: Error }

export function useApi<T>(path: string): [Loadable<T>, () => void] {
  const { language } = useI18n()
  const languageRef = useRef(language)
  languageRef.current = language
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    setState({ status: 'loading' })
    getJson<T>(path, languageRef.current, controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) })
      },
    )
    return () => controller.abort()
  }, [path, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return [state, retry]
}
