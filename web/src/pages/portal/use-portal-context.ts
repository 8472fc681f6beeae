/** The portal's context (party, sites, products, stages, partners), with the moment it was read for "now". */
import { useMemo } from 'react'
import { useApi } from '../../use-api'
import { CONTEXT_PATH, type PortalContext } from './portal-api'

export function usePortalContext() {
  const [state, retry] = useApi<PortalContext>(CONTEXT_PATH)
  const loadedAt = useMemo(() => Date.now(), [state])
  return { state, retry, loadedAt }
}
