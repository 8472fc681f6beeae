/**
 * Impact assessment, `/impact?codes=…` (regulators and the operator; enterprises for their own products):
 * the responsible parties upstream, how many hold what where — on the China map, as a flow from the root to
 * kinds of holder, as movements by day — and the holders table (paged, sorted and filtered by the server),
 * with the affected list as .xlsx or CSV and a way to start a recall.
 */
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react'
import { ApiError } from '../../api'
import { provinceName } from '../../components/charts/china-map'
import { ErrorState, LoadingState } from '../../components/status'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n, type MessageKey } from '../../i18n'
import { Link, navigate } from '../../router'
import { useSession } from '../../session'
import { HolderTable } from './holder-table'
import { downloadAffectedList, fetchImpact, impactPagePath, parseCodes, recallPagePath, type HolderQuery, type Impact } from './impact-api'
import { FlowGraph, HolderMap, MovementTimeline } from './impact-charts'
import './impact.css'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener('zhuisu:navigate', onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener('zhuisu:navigate', onChange)
  }
}

function useCodes(): string[] {
  const search = useSyncExternalStore(subscribe, () => window.location.search)
  return parseCodes(new URLSearchParams(search).getAll('codes').join(','))
}

type Loaded = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; impact: Impact; busy: boolean } | { status: 'failed'; error: unknown }
const FIRST_PAGE: HolderQuery = { sort: 'region', order: 'asc', offset: 0 }

export function ImpactPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('impact.title'))
  const { me } = useSession()
  const codes = useCodes()
  const codesKey = codes.join(',')
  const [input, setInput] = useState(codes.join('\n'))
  const [query, setQuery] = useState<HolderQuery>(FIRST_PAGE)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' })
  const [attempt, setAttempt] = useState(0)
  const [notice, setNotice] = useState<string | undefined>()

  useEffect(() => {
    setInput(codes.join('\n'))
    setQuery(FIRST_PAGE)
  }, [codesKey])

  useEffect(() => {
    if (codes.length === 0) {
      setLoaded({ status: 'idle' })
      return
    }
    let current = true
    setLoaded((state) => (state.status === 'ready' ? { ...state, busy: true } : { status: 'loading' }))
    fetchImpact(codes, query, language, me?.csrfToken).then(
      (impact) => { if (current) setLoaded({ status: 'ready', impact, busy: false }) },
      (error: unknown) => { if (current) setLoaded({ status: 'failed', error }) },
    )
    return () => { current = false }
  }, [codesKey, query, attempt, me?.csrfToken])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const typed = parseCodes(input)
    if (typed.length === 0) setNotice(t('impact.form.none'))
    else if (typed.length > 100) setNotice(t('impact.form.tooMany'))
    else {
      setNotice(undefined)
      navigate(impactPagePath(typed))
    }
  }

  const download = (format: 'xlsx' | 'csv') => {
    setNotice(t('impact.export.preparing'))
    downloadAffectedList(codes, format, language, me?.csrfToken).then(
      (name) => setNotice(t('impact.export.done', { name })),
      () => setNotice(t('impact.export.failed')),
    )
  }

  const impact = loaded.status === 'ready' ? loaded.impact : undefined
  return (
    <div className="container impact">
      <h1 className="impact__title">{t('impact.title')}</h1>
      <p className="impact__lead">{t('impact.lead')}</p>
      <form className="card impact-form" onSubmit={submit} aria-label={t('impact.form.label')}>
        <label className="impact-form__codes">
          <span>{t('impact.form.codes')}</span>
          <textarea rows={3} value={input} onChange={(e) => setInput(e.target.value)} placeholder={t('impact.form.placeholder')} spellCheck={false} />
        </label>
        <button type="submit" className="button button--primary">{t('impact.form.submit')}</button>
      </form>
      {notice && <p className="impact-notice" role="status">{notice}</p>}
      {loaded.status === 'idle' && <p className="muted">{t('impact.empty')}</p>}
      {loaded.status === 'loading' && <LoadingState label={t('impact.loading')} />}
      {loaded.status === 'failed' && (
        <ErrorState title={t('impact.failed')} onRetry={() => setAttempt((n) => n + 1)}>
          {loaded.error instanceof ApiError ? <p>{loaded.error.messageIn(language)}</p> : null}
        </ErrorState>
      )}
      {impact && (
        <>
          <Summary impact={impact} />
          <div className="impact-actions">
            <button type="button" className="button" onClick={() => download('xlsx')}>{t('impact.export.xlsx')}</button>
            <button type="button" className="button" onClick={() => download('csv')}>{t('impact.export.csv')}</button>
            <Link className="button button--danger" to={recallPagePath(codes)}>{t('impact.recall')}</Link>
          </div>
          <div className="impact-grid">
            <section className="card" aria-labelledby="impact-map-title">
              <h2 id="impact-map-title" className="card__title">{t('impact.map.title')}</h2>
              <p className="muted impact-small">{t('impact.map.hint')}</p>
              <HolderMap impact={impact} selected={query.region} onSelect={(region) => setQuery({ ...query, region, offset: 0 })} />
            </section>
            <section className="card" aria-labelledby="impact-kinds-title">
              <h2 id="impact-kinds-title" className="card__title">{t('impact.kinds.title')}</h2>
              <ul className="impact-kinds">
                {impact.byHolderKind.map((k) => (
                  <li key={k.kind}>
                    <button type="button" className={query.kind === k.kind ? 'impact-kind impact-kind--on' : 'impact-kind'} aria-pressed={query.kind === k.kind}
                      onClick={() => setQuery({ ...query, kind: query.kind === k.kind ? undefined : k.kind, offset: 0 })}>
                      <span>{t(`impact.kind.${k.kind}` as MessageKey)}</span><strong>{k.holders.toLocaleString()}</strong>
                    </button>
                  </li>
                ))}
              </ul>
              <h3 className="impact-subtitle">{t('impact.regions.title')}</h3>
              <ul className="impact-regions">
                {impact.regions.slice(0, 8).map((p) => (
                  <li key={p.code}><strong>{p.name}</strong> {p.holders.toLocaleString()}
                    <span className="muted impact-small"> {p.children.slice(0, 4).map((c) => `${c.name} ${c.holders}`).join(' · ')}</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section className="card impact-section" aria-labelledby="impact-holders-title">
            <h2 id="impact-holders-title" className="card__title">{t('impact.table.title')}</h2>
            <HolderTable impact={impact} query={query} onQuery={setQuery} busy={loaded.status === 'ready' && loaded.busy}
              provinceLabel={query.region ? provinceName(query.region) : undefined} />
          </section>
          <section className="card impact-section" aria-labelledby="impact-graph-title">
            <h2 id="impact-graph-title" className="card__title">{t('impact.graph.title')}</h2>
            <FlowGraph impact={impact} />
          </section>
          <section className="card impact-section" aria-labelledby="impact-timeline-title">
            <h2 id="impact-timeline-title" className="card__title">{t('impact.timeline.title')}</h2>
            <MovementTimeline impact={impact} />
          </section>
          <Upstream impact={impact} />
        </>
      )}
    </div>
  )
}

function Summary({ impact }: { impact: Impact }) {
  const { t } = useI18n()
  const held = impact.totals.filter((q) => q.held > 0).map((q) => `${q.held.toLocaleString()} ${q.uom ?? ''}`).join(' · ') || '0'
  const figures: [MessageKey, string][] = [
    ['impact.summary.holders', impact.holderCount.toLocaleString()],
    ['impact.summary.lots', impact.lotCount.toLocaleString()],
    ['impact.summary.items', impact.itemCount.toLocaleString()],
    ['impact.summary.provinces', impact.regions.filter((r) => r.level === 'province').length.toLocaleString()],
    ['impact.summary.held', held],
  ]
  return (
    <section className="impact-summary" aria-label={t('impact.summary.label')} data-testid="impact-summary">
      {figures.map(([label, value]) => (
        <div key={label} className="card impact-figure"><span className="muted">{t(label)}</span><strong>{value}</strong></div>
      ))}
      <p className="impact-roots">
        {impact.roots.map((r) => <span key={r.id} className="tag">{r.productName ?? ''} {r.lotNumber ?? r.serial ?? r.code}</span>)}
        {impact.truncated && <span className="tag tag--muted">{t('impact.truncated')}</span>}
        {impact.truncatedByScope && <span className="tag tag--muted">{t('impact.truncatedByScope')}</span>}
      </p>
    </section>
  )
}

function Upstream({ impact }: { impact: Impact }) {
  const { t } = useI18n()
  return (
    <section className="card impact-section" aria-labelledby="impact-upstream-title">
      <h2 id="impact-upstream-title" className="card__title">{t('impact.upstream.title')}</h2>
      {impact.upstream.length === 0 ? <p className="muted">{t('impact.upstream.none')}</p> : (
        <ul className="impact-upstream">
          {impact.upstream.map((p) => (
            <li key={p.party.id ?? p.party.reference}>
              <strong>{p.party.name ?? p.party.reference}</strong>{' '}
              {p.roles.map((role) => <span key={role} className="tag">{t(`impact.upstream.role.${role}` as MessageKey)}</span>)}
              <div className="muted impact-small">
                {[p.party.uscc, ...p.licences.map((l) => `${l.type} ${l.number}`), p.contact.name, p.contact.phone, p.contact.address].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
