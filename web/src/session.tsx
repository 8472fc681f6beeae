/**
 * Who is signed in, fetched once from /api/v1/auth/me and shared by every page (navigation, role-aware
 * pages, CSRF tokens for writes). Sign-in and sign-out call refreshSession() so the whole app follows.
 */
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { getJson } from './api'
import { useI18n } from './i18n'

export interface Me {
  role: string
  credential: string
  organisationId?: string
  organisationName?: string
  username?: string
  partyId?: string
  regionCode?: string
  categories?: string[]
  captureOnly?: boolean
  csrfToken?: string
  pending: boolean
}

/** Who a page or a navigation entry is for. The operator sees everything. */
export type Audience = 'public' | 'enterprise' | 'regulator' | 'operator'

export const ME_PATH = '/api/v1/auth/me'
const SESSION_EVENT = 'zhuisu:session'

export interface Session {
  /** undefined while loading, or when /auth/me could not be reached (then the visitor is treated as public). */
  me?: Me
  loading: boolean
  audiences: Audience[]
  refresh: () => void
}

export function audiencesOf(me: Me | undefined): Audience[] {
  switch (me?.role) {
    case 'operator': return ['public', 'enterprise', 'regulator', 'operator']
    case 'regulator': return ['public', 'regulator']
    case 'enterprise':
    case 'platform': return ['public', 'enterprise']
    default: return ['public']
  }
}

/** Tells every mounted SessionProvider to fetch /auth/me again (after sign-in or sign-out). */
export function refreshSession(): void {
  window.dispatchEvent(new Event(SESSION_EVENT))
}

const SessionContext = createContext<Session>({ loading: true, audiences: ['public'], refresh: refreshSession })

export function SessionProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n()
  const [state, setState] = useState<{ me?: Me; loading: boolean }>({ loading: true })
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    const onRefresh = () => setGeneration((n) => n + 1)
    window.addEventListener(SESSION_EVENT, onRefresh)
    return () => window.removeEventListener(SESSION_EVENT, onRefresh)
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    getJson<Me>(ME_PATH, language, controller.signal).then(
      (me) => setState({ me, loading: false }),
      () => { if (!controller.signal.aborted) setState({ loading: false }) },
    )
    return () => controller.abort()
    // The language only changes message text, not who is signed in.
  }, [generation])

  const refresh = useCallback(refreshSession, [])
  const value = useMemo<Session>(() => ({ ...state, audiences: audiencesOf(state.me), refresh }), [state, refresh])
  return createElement(SessionContext.Provider, { value }, children)
}

export function useSession(): Session {
  return useContext(SessionContext)
}
