/**
 * Master data, `/portal/master-data`: the enterprise's sites, products (GTIN checked as you type with the
 * API's own check digit rule) and licences with their expiry and full history (append-only).
 */
import { useState, type FormEvent, type ReactNode } from 'react'
import { ApiError } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { checkGtin } from './event-check'
import { LICENCES_PATH, sendJson, type LicencesReply, type PortalContext } from './portal-api'
import { PortalGate, PortalNav } from './portal-gate'

export function MasterDataPage() {
  const { t } = useI18n()
  useDocumentTitle(t('portal.master.title'))
  return <PortalGate>{(context, _loadedAt, reload) => <MasterData context={context} reload={reload} />}</PortalGate>
}

/** One small write form: busy state, the API's message on failure, a status line on success. */
function useWrite() {
  const { language, t } = useI18n()
  const { me } = useSession()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>()
  const run = async (path: string, body: object, success: string, after: () => void) => {
    setBusy(true)
    setMessage(undefined)
    try {
      await sendJson('POST', path, language, body, me?.csrfToken)
      setMessage({ ok: true, text: success })
      after()
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.messageIn(language) : t('portal.error.network') })
    } finally {
      setBusy(false)
    }
  }
  const feedback = message && <p className={message.ok ? 'portal-success' : 'portal-failure'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>
  return { busy, run, feedback }
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return <label className="portal-field"><span>{label}</span>{children}</label>
}

function MasterData({ context, reload }: { context: PortalContext; reload: () => void }) {
  const { t, language } = useI18n()
  const party = context.party
  const site = useWrite()
  const product = useWrite()
  const [siteName, setSiteName] = useState('')
  const [siteAddress, setSiteAddress] = useState('')
  const [productName, setProductName] = useState('')
  const [gtin, setGtin] = useState('')
  const [uom, setUom] = useState('KGM')
  const [category, setCategory] = useState(party.categories[0] ?? 'agri')
  // The API's own rule and message (src/services/master-data/register.ts: normalizeGtin, gtin_invalid).
  const gtinIssue = checkGtin(gtin)
  const gtinProblem = gtinIssue ? gtinIssue.messages[language === 'en' ? 'en' : 'zh'] : undefined

  const addSite = (event: FormEvent) => {
    event.preventDefault()
    site.run(`/api/v1/parties/${party.id}/sites`, { name: siteName.trim(), kind: 'site', regionCode: party.regionCode, ...(siteAddress.trim() ? { address: siteAddress.trim() } : {}) },
      t('portal.master.siteAdded', { name: siteName.trim() }), () => { setSiteName(''); setSiteAddress(''); reload() })
  }
  const addProduct = (event: FormEvent) => {
    event.preventDefault()
    if (gtinProblem) return
    product.run('/api/v1/products', { name: productName.trim(), category, uom, partyId: party.id, ...(gtin.trim() ? { gtin: gtin.trim() } : {}) },
      t('portal.master.productAdded', { name: productName.trim() }), () => { setProductName(''); setGtin(''); reload() })
  }

  return (
    <div className="container portal">
      <header className="portal-head"><h1>{t('portal.master.title')}</h1><p className="portal-head__party">{party.name}{party.uscc && <small> {party.uscc}</small>}</p></header>
      <PortalNav current="/portal/master-data" />
      <div className="portal-columns">
        <section className="card portal-section" aria-labelledby="sites-title">
          <h2 id="sites-title" className="card__title">{t('portal.master.sites')}</h2>
          <ul className="portal-plain">{context.sites.map((s) => <li key={s.id}><strong>{s.name}</strong> <span className="portal-muted">{s.regionCode}{s.address && ` · ${s.address}`}</span></li>)}</ul>
          <form className="portal-inline-form" onSubmit={addSite}>
            <Field label={t('portal.master.siteName')}><input name="siteName" required maxLength={200} value={siteName} onChange={(e) => setSiteName(e.target.value)} /></Field>
            <Field label={t('portal.master.address')}><input name="siteAddress" maxLength={500} value={siteAddress} onChange={(e) => setSiteAddress(e.target.value)} /></Field>
            <button type="submit" className="button" disabled={site.busy || !siteName.trim()}>{t('portal.master.addSite')}</button>
          </form>
          {site.feedback}
        </section>
        <section className="card portal-section" aria-labelledby="products-title">
          <h2 id="products-title" className="card__title">{t('portal.master.products')}</h2>
          <ul className="portal-plain">{context.products.map((p) => <li key={p.id}><strong>{p.name}</strong> <span className="portal-muted">{p.gtin ? `GTIN ${p.gtin}` : t('portal.master.platformCode')} · {p.uom}</span></li>)}</ul>
          <form className="portal-inline-form" onSubmit={addProduct} noValidate>
            <Field label={t('portal.master.productName')}><input name="productName" required maxLength={200} value={productName} onChange={(e) => setProductName(e.target.value)} /></Field>
            <Field label="GTIN">
              <input name="gtin" inputMode="numeric" maxLength={14} value={gtin} aria-invalid={gtinProblem ? true : undefined} aria-describedby="gtin-problem" onChange={(e) => setGtin(e.target.value)} />
            </Field>
            {gtinProblem && <p id="gtin-problem" className="portal-issues portal-issues--single">{gtinProblem}</p>}
            <Field label={t('portal.master.category')}>
              <select value={category} onChange={(e) => setCategory(e.target.value)}>{party.categories.map((c) => <option key={c} value={c}>{t(`category.${c}` as never)}</option>)}</select>
            </Field>
            <Field label={t('portal.form.uom')}><input name="uom" maxLength={3} value={uom} onChange={(e) => setUom(e.target.value.toUpperCase())} /></Field>
            <button type="submit" className="button" disabled={product.busy || !productName.trim() || Boolean(gtinProblem)}>{t('portal.master.addProduct')}</button>
          </form>
          <p className="portal-help">{t('portal.master.gtinHelp')}</p>
          {product.feedback}
        </section>
      </div>
      <Licences partyId={party.id} />
    </div>
  )
}

function Licences({ partyId }: { partyId: string }) {
  const { t } = useI18n()
  const [generation, setGeneration] = useState(0)
  const [state, retry] = useApi<LicencesReply>(generation === 0 ? LICENCES_PATH : `${LICENCES_PATH}?v=${generation}`)
  const write = useWrite()
  const [type, setType] = useState('')
  const [number, setNumber] = useState('')
  const [validUntil, setValidUntil] = useState('')
  const refresh = () => setGeneration((n) => n + 1)
  const add = (event: FormEvent) => {
    event.preventDefault()
    write.run(LICENCES_PATH, { partyId, type: type.trim(), number: number.trim(), ...(validUntil ? { validUntil } : {}) }, t('portal.licences.added', { number: number.trim() }), () => { setType(''); setNumber(''); setValidUntil(''); refresh() })
  }
  const withdraw = (l: { type: string; number: string }) => write.run(LICENCES_PATH, { partyId, type: l.type, number: l.number, action: 'withdraw' }, t('portal.licences.withdrawn', { number: l.number }), refresh)
  return (
    <section className="card portal-section" aria-labelledby="licences-title">
      <h2 id="licences-title" className="card__title">{t('portal.licences.title')}</h2>
      <p className="card__lead">{t('portal.licences.lead')}</p>
      {state.status === 'failed' && <p className="portal-failure" role="alert">{t('portal.error.load')} <button type="button" className="button button--quiet" onClick={retry}>{t('error.retry')}</button></p>}
      {state.status === 'ready' && (
        <ul className="portal-plain">
          {state.data.licences.length === 0 && <li className="portal-muted">{t('portal.licences.none')}</li>}
          {state.data.licences.map((l) => (
            <li key={`${l.type}|${l.number}`} className={`portal-licence portal-licence--${l.status}`}>
              <strong>{l.type}</strong> <code>{l.number}</code> · {l.validUntil ? t('portal.licences.until', { date: l.validUntil }) : t('portal.licences.noExpiry')} · {t(`portal.licences.status.${l.status}`)}
              {l.source === 'portal' && <button type="button" className="button button--quiet" onClick={() => withdraw(l)} disabled={write.busy}>{t('portal.licences.withdraw')}</button>}
            </li>
          ))}
        </ul>
      )}
      <form className="portal-inline-form" onSubmit={add}>
        <Field label={t('portal.licences.type')}><input name="licenceType" required maxLength={100} value={type} onChange={(e) => setType(e.target.value)} placeholder={t('portal.licences.typePlaceholder')} /></Field>
        <Field label={t('portal.licences.number')}><input name="licenceNumber" required maxLength={100} value={number} onChange={(e) => setNumber(e.target.value)} /></Field>
        <Field label={t('portal.licences.validUntil')}><input name="validUntil" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} /></Field>
        <button type="submit" className="button" disabled={write.busy || !type.trim() || !number.trim()}>{t('portal.licences.add')}</button>
      </form>
      {write.feedback}
      {state.status === 'ready' && state.data.history.length > 0 && (
        <details>
          <summary>{t('portal.licences.history', { count: state.data.history.length })}</summary>
          <ol className="portal-plain">{state.data.history.map((h, i) => <li key={i}>{formatTime(h.recordedAt)} · {t(h.action === 'withdraw' ? 'portal.licences.actionWithdraw' : 'portal.licences.actionAdd')} · {h.type} <code>{h.number}</code>{h.validUntil && ` · ${h.validUntil}`} · {h.recordedBy}</li>)}</ol>
        </details>
      )}
    </section>
  )
}
