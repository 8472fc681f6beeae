/**
 * One business step's form, generated from the data standard (step-forms.ts): time, site, trading partner,
 * the lots or items with quantities (inputs and outputs for a transformation), and the step's data
 * elements. Every change is checked with the API's own rules (event-check.ts); the event is previewed
 * before it is sent to POST /api/v1/events with the session's CSRF token.
 */
import { FORMATS } from '@domain/standards/formats.js'
import type { StepElement } from '@domain/standards/types.js'
import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react'
import { ApiError } from '../../api'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { CodeInput, useScannerWedge } from './code-input'
import { checkForCapture, fieldOf, type ShownIssue } from './event-check'
import { CaptureError, EVENTS_CAPTURE_PATH, sendJson, type PortalContext } from './portal-api'
import { PartnerPicker } from './partner-picker'
import { remember, recall } from './remembered'
import { buildDocument, emptyLine, inputTypeOf, shanghaiLocal, type FormState, type FormStep, type Line } from './step-forms'

interface Props {
  context: PortalContext
  form: FormStep
  /** Codes in stock, offered in the code fields. */
  stockCodes: string[]
  /** When the platform clock was read (context.now) and when, by this browser's clock: "now" moves on from there. */
  loadedAt: number
}

type Sent = { eventId: string; code?: string }

function initialState(context: PortalContext, form: FormStep, nowIso: string): FormState {
  const uom = context.products[0]?.uom ?? 'KGM'
  const siteId = recall('site', context.sites.map((s) => s.id)) ?? context.sites[0]?.id ?? ''
  const partnerId = form.partnerRole ? recall(`partner.${form.partnerRole}`, context.partners.map((p) => p.id)) : undefined
  return {
    eventTime: shanghaiLocal(nowIso), siteId, partner: context.partners.find((p) => p.id === partnerId),
    inputs: [emptyLine(uom)], outputs: [emptyLine(uom)], data: {},
  }
}

/** Which document field each line's code and quantity became (blank lines are left out, lines without quantity go to the EPC list). */
function lineFields(lines: Line[], codesField: string, quantitiesField: string): Map<string, number> {
  const map = new Map<string, number>()
  let codes = 0
  let quantities = 0
  lines.forEach((line, index) => {
    if (line.code.trim() === '' && line.quantity.trim() === '') return
    if (line.quantity.trim() === '') map.set(`${codesField}/${codes++}`, index)
    else {
      map.set(`${quantitiesField}/${quantities}/epcClass`, index)
      map.set(`${quantitiesField}/${quantities}/quantity`, index)
      map.set(`${quantitiesField}/${quantities}/uom`, index)
      quantities++
    }
  })
  return map
}

export function EventForm({ context, form, stockCodes, loadedAt }: Props) {
  const { t, language } = useI18n()
  const { me } = useSession()
  const now = useCallback(() => new Date(Date.parse(context.now) + (Date.now() - loadedAt)).toISOString(), [context.now, loadedAt])
  const [state, setState] = useState<FormState>(() => initialState(context, form, now()))
  const [touched, setTouched] = useState<Set<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  const [previewing, setPreviewing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [serverIssues, setServerIssues] = useState<ShownIssue[] | undefined>()
  const [failure, setFailure] = useState<string | undefined>()
  const [sent, setSent] = useState<Sent | undefined>()

  const document = useMemo(() => buildDocument(form, state, context.party), [form, state, context.party])
  const issues = useMemo(() => serverIssues ?? checkForCapture(document, now()), [document, now, serverIssues])
  const inputMap = useMemo(() => form.shape === 'transformation' ? lineFields(state.inputs, 'inputEPCList', 'inputQuantityList') : lineFields(state.inputs, 'epcList', 'quantityList'), [form.shape, state.inputs])
  const outputMap = useMemo(() => lineFields(state.outputs, 'outputEPCList', 'outputQuantityList'), [state.outputs])

  const touch = (name: string) => setTouched((old) => (old.has(name) ? old : new Set(old).add(name)))
  const update = (name: string, change: (old: FormState) => FormState) => {
    setServerIssues(undefined)
    setSent(undefined)
    setPreviewing(false)
    touch(name)
    setState(change)
  }
  const fillFirstCode = useCallback((code: string) => {
    setState((old) => {
      const index = old.inputs.findIndex((l) => l.code === '')
      const inputs = old.inputs.map((l, i) => (i === (index < 0 ? 0 : index) ? { ...l, code } : l))
      return { ...old, inputs }
    })
  }, [])
  useScannerWedge(fillFirstCode)

  /** The form field name an issue belongs to. */
  const nameOf = (issue: ShownIssue): string => {
    const field = fieldOf(issue)
    if (field.startsWith('zs:data/')) return `data.${field.slice(8).split('/')[0]}`
    const inputIndex = inputMap.get(field)
    if (inputIndex !== undefined) return `${field.endsWith('/quantity') ? 'qty' : 'code'}.in.${inputIndex}`
    const outputIndex = outputMap.get(field)
    if (outputIndex !== undefined) return `${field.endsWith('/quantity') ? 'qty' : 'code'}.out.${outputIndex}`
    if (field.startsWith('eventTime')) return 'eventTime'
    if (field.startsWith('destinationList') || field.startsWith('sourceList')) return 'partner'
    if (field.startsWith('inputEPCList') || field.startsWith('epcList') || field.startsWith('quantityList') || field.startsWith('inputQuantityList')) return 'code.in.0'
    if (field.startsWith('output')) return 'code.out.0'
    return 'general'
  }
  const visible = (name: string) => attempted || serverIssues !== undefined || touched.has(name.replace(/^(code|qty)\./, 'line.'))
  const issuesFor = (name: string) => issues.filter((issue) => nameOf(issue) === name && (visible(name) || name === 'general'))
  const message = (issue: ShownIssue) => (language === 'en' ? issue.messages.en : issue.messages.zh)
  const IssueList = ({ name }: { name: string }) => {
    const list = issuesFor(name)
    if (list.length === 0) return null
    return (
      <ul className="portal-issues" id={`${name}-issues`} data-field={name}>
        {list.map((issue, i) => <li key={i} data-code={issue.code}><span className="portal-issues__message">{message(issue)}</span>{issue.detail && <span className="portal-issues__detail">{issue.detail}</span>}</li>)}
      </ul>
    )
  }
  const hasIssue = (name: string) => issuesFor(name).length > 0

  const preview = (event: FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if (issues.length === 0) setPreviewing(true)
  }

  const submit = async () => {
    setBusy(true)
    setFailure(undefined)
    try {
      const reply = await sendJson<{ events: { eventId: string }[] }>('POST', EVENTS_CAPTURE_PATH, language, { events: [document] }, me?.csrfToken)
      remember('site', state.siteId)
      if (state.partner && form.partnerRole) remember(`partner.${form.partnerRole}`, state.partner.id)
      const firstCode = (state.outputs[0]?.code || state.inputs[0]?.code).trim()
      setSent({ eventId: reply.events[0]?.eventId ?? '', code: firstCode || undefined })
      setPreviewing(false)
      setAttempted(false)
      setTouched(new Set())
      setState(initialState(context, form, now()))
    } catch (error) {
      setPreviewing(false)
      if (error instanceof CaptureError && error.issues.length > 0) setServerIssues(error.issues)
      else setFailure(error instanceof ApiError ? error.messageIn(language) : t('portal.error.network'))
    } finally {
      setBusy(false)
    }
  }

  const label = (item: { zh: string; en: string }) => (language === 'en' ? item.en : item.zh)
  const lines = (which: 'in' | 'out') => {
    const list = which === 'in' ? state.inputs : state.outputs
    const key = which === 'in' ? 'inputs' : 'outputs'
    const setLine = (index: number, patch: Partial<Line>) => update(`line.${which}.${index}`, (old) => ({ ...old, [key]: old[key].map((l, i) => (i === index ? { ...l, ...patch } : l)) }))
    return (
      <fieldset className="portal-lines">
        <legend>{form.shape === 'transformation' ? t(which === 'in' ? 'portal.form.inputs' : 'portal.form.outputs') : t('portal.form.what')}</legend>
        {list.map((line, index) => (
          <div className="portal-line" key={index}>
            <ProductLot products={context.products} onCode={(code, uom) => setLine(index, { code, uom })} id={`lot-${which}-${index}`} />
            <CodeInput id={`code-${which}-${index}`} label={t('portal.form.code')} value={line.code} suggestions={stockCodes} invalid={hasIssue(`code.${which}.${index}`)}
              describedBy={`code.${which}.${index}-issues`} onChange={(code) => setLine(index, { code })} />
            <IssueList name={`code.${which}.${index}`} />
            <div className="portal-line__qty">
              <div className="portal-field">
                <label htmlFor={`qty-${which}-${index}`}>{t('portal.form.quantity')}</label>
                <input id={`qty-${which}-${index}`} name={`qty-${which}-${index}`} type="text" inputMode="decimal" value={line.quantity} aria-invalid={hasIssue(`qty.${which}.${index}`) || undefined}
                  onChange={(e) => setLine(index, { quantity: e.target.value })} />
              </div>
              <div className="portal-field portal-field--unit">
                <label htmlFor={`uom-${which}-${index}`}>{t('portal.form.uom')}</label>
                <input id={`uom-${which}-${index}`} type="text" value={line.uom} maxLength={3} onChange={(e) => setLine(index, { uom: e.target.value.toUpperCase() })} />
              </div>
            </div>
            <IssueList name={`qty.${which}.${index}`} />
            {list.length > 1 && <button type="button" className="button button--quiet" onClick={() => update(`line.${which}.${index}`, (old) => ({ ...old, [key]: old[key].filter((_, i) => i !== index) }))}>{t('portal.form.removeLine')}</button>}
          </div>
        ))}
        <button type="button" className="button button--quiet" onClick={() => update(`line.${which}.${list.length}`, (old) => ({ ...old, [key]: [...old[key], emptyLine(old[key][0]?.uom)] }))}>{t('portal.form.addLine')}</button>
      </fieldset>
    )
  }

  return (
    <form className="portal-form card" onSubmit={preview} noValidate aria-labelledby="portal-form-title">
      <h2 id="portal-form-title" className="card__title">{label(form.step)} <span className="portal-form__stage">{label(form.stage)}</span></h2>
      <p className="portal-help">{t(`portal.help.${form.partnerRole ?? form.shape}`)} {t('portal.help.basis', { source: form.step.source })}</p>
      <div className="portal-grid">
        <div className="portal-field">
          <label htmlFor="eventTime">{t('portal.form.time')}</label>
          <input id="eventTime" name="eventTime" type="datetime-local" value={state.eventTime} aria-invalid={hasIssue('eventTime') || undefined} onChange={(e) => update('eventTime', (old) => ({ ...old, eventTime: e.target.value }))} />
          <IssueList name="eventTime" />
        </div>
        <div className="portal-field">
          <label htmlFor="siteId">{t('portal.form.site')}</label>
          <select id="siteId" name="siteId" value={state.siteId} onChange={(e) => update('siteId', (old) => ({ ...old, siteId: e.target.value }))}>
            <option value="">{t('portal.form.noSite')}</option>
            {context.sites.map((site) => <option key={site.id} value={site.id}>{site.name}</option>)}
          </select>
        </div>
        {form.partnerRole && (
          <div className="portal-field">
            <PartnerPicker label={t(form.partnerRole === 'destination' ? 'portal.form.buyer' : 'portal.form.supplier')} known={context.partners} value={state.partner}
              onChange={(partner) => update('partner', (old) => ({ ...old, partner }))} />
            <IssueList name="partner" />
          </div>
        )}
      </div>
      {lines('in')}
      {form.shape === 'transformation' && lines('out')}
      {form.step.elements.length > 0 && (
        <fieldset className="portal-elements">
          <legend>{t('portal.form.elements')}</legend>
          <div className="portal-grid">
            {form.step.elements.map((element) => (
              <ElementField key={element.key} element={element} value={state.data[element.key]} invalid={hasIssue(`data.${element.key}`)}
                onChange={(value) => update(`data.${element.key}`, (old) => ({ ...old, data: { ...old.data, [element.key]: value } }))}>
                <IssueList name={`data.${element.key}`} />
              </ElementField>
            ))}
          </div>
        </fieldset>
      )}
      <IssueList name="general" />
      {failure && <p className="portal-failure" role="alert">{failure}</p>}
      {sent && (
        <p className="portal-success" role="status">
          {t('portal.form.recorded')} <code>{sent.eventId}</code>{' '}
          {sent.code && <Link to={`/q/${encodeURIComponent(sent.code)}`}>{t('portal.form.viewCode')}</Link>}
        </p>
      )}
      {!previewing && <button type="submit" className="button button--primary">{t('portal.form.preview')}</button>}
      {previewing && (
        <section className="portal-preview" aria-labelledby="portal-preview-title">
          <h3 id="portal-preview-title">{t('portal.preview.title')}</h3>
          <PreviewSummary document={document} context={context} />
          <details><summary>{t('portal.preview.json')}</summary><pre className="portal-json">{JSON.stringify(document, null, 2)}</pre></details>
          <div className="portal-actions">
            <button type="button" className="button button--primary" onClick={submit} disabled={busy} autoFocus>{busy ? t('portal.form.sending') : t('portal.form.submit')}</button>
            <button type="button" className="button" onClick={() => setPreviewing(false)}>{t('portal.form.edit')}</button>
          </div>
        </section>
      )}
    </form>
  )
}

function ProductLot({ products, onCode, id }: { products: PortalContext['products']; onCode: (code: string, uom: string) => void; id: string }) {
  const { t } = useI18n()
  const [productId, setProductId] = useState('')
  const [lot, setLot] = useState('')
  const withGtin = products.filter((p) => p.gtin)
  if (withGtin.length === 0) return null
  const apply = (nextProduct: string, nextLot: string) => {
    const product = withGtin.find((p) => p.id === nextProduct)
    if (product?.gtin && nextLot.trim()) onCode(`01/${product.gtin}/10/${nextLot.trim()}`, product.uom)
  }
  return (
    <div className="portal-line__lot">
      <div className="portal-field">
        <label htmlFor={`${id}-product`}>{t('portal.form.product')}</label>
        <select id={`${id}-product`} value={productId} onChange={(e) => { setProductId(e.target.value); apply(e.target.value, lot) }}>
          <option value="">{t('portal.form.pickProduct')}</option>
          {withGtin.map((p) => <option key={p.id} value={p.id}>{p.name}{p.specification ? ` ${p.specification}` : ''}</option>)}
        </select>
      </div>
      <div className="portal-field">
        <label htmlFor={`${id}-number`}>{t('portal.form.lotNumber')}</label>
        <input id={`${id}-number`} type="text" value={lot} onChange={(e) => { setLot(e.target.value); apply(productId, e.target.value) }} />
      </div>
    </div>
  )
}

function ElementField({ element, value, invalid, onChange, children }: { element: StepElement; value: string | boolean | undefined; invalid: boolean; onChange: (value: string | boolean) => void; children: ReactNode }) {
  const { t, language } = useI18n()
  const id = `data-${element.key}`
  const kind = inputTypeOf(element)
  const name = language === 'en' ? element.en : element.zh
  const example = element.format ? FORMATS[element.format]?.example : undefined
  const hint = [element.unit && kind === 'decimal' ? t('portal.form.unit', { unit: element.unit }) : undefined, element.many ? t('portal.form.many') : undefined, example ? t('portal.form.example', { example }) : undefined].filter(Boolean).join(' · ')
  return (
    <div className={`portal-field${kind === 'checkbox' ? ' portal-field--check' : ''}`}>
      <label htmlFor={id}>{name}{element.required && <span className="portal-required" aria-label={t('portal.form.required')}> *</span>}</label>
      {kind === 'select' && (
        <select id={id} name={id} value={String(value ?? '')} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('portal.form.choose')}</option>
          {(element.codeList ?? []).map((entry) => <option key={entry.value} value={entry.value}>{language === 'en' ? entry.en : entry.zh}</option>)}
        </select>
      )}
      {kind === 'checkbox' && <input id={id} name={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />}
      {kind !== 'select' && kind !== 'checkbox' && (
        <input id={id} name={id} type={kind === 'decimal' ? 'text' : kind} inputMode={kind === 'decimal' ? 'decimal' : undefined} value={String(value ?? '')}
          aria-invalid={invalid || undefined} aria-describedby={`data.${element.key}-issues`} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && <span className="portal-hint">{hint}</span>}
      {children}
    </div>
  )
}

function PreviewSummary({ document, context }: { document: Record<string, unknown>; context: PortalContext }) {
  const { t } = useI18n()
  const site = context.sites.find((s) => s.id === (document.bizLocation as { id?: string } | undefined)?.id)
  const lists = ['quantityList', 'inputQuantityList', 'outputQuantityList'] as const
  const rows: [string, string][] = [
    [t('portal.form.time'), String(document.eventTime ?? '')],
    [t('portal.form.site'), site?.name ?? '—'],
  ]
  const partner = (document.destinationList ?? document.sourceList) as { destination?: string; source?: string }[] | undefined
  if (partner?.[0]) {
    const ref = partner[0].destination ?? partner[0].source
    rows.push([t(document.destinationList ? 'portal.form.buyer' : 'portal.form.supplier'), context.partners.find((p) => p.uscc === ref || p.id === ref)?.name ?? ref ?? ''])
  }
  for (const list of lists) {
    for (const entry of (document[list] as { epcClass: string; quantity: unknown; uom: string }[] | undefined) ?? []) rows.push([t(`portal.preview.${list}`), `${entry.epcClass} × ${String(entry.quantity)} ${entry.uom}`])
  }
  for (const [key, value] of Object.entries((document['zs:data'] as Record<string, unknown> | undefined) ?? {})) rows.push([key, JSON.stringify(value)])
  return <dl className="portal-summary">{rows.map(([k, v], i) => <div key={i}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
}
