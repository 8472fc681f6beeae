/**
 * Expected receipts (一键收货): shipments to this enterprise by suppliers on the platform that it has not
 * received yet. Each shows its lots and quantities and the receiving event that accepting records; one
 * click records it (POST …/accept, idempotent). A receipt the data standard still finds incomplete
 * shows what is missing, with the API's messages.
 */
import { useState } from 'react'
import { ApiError } from '../../api'
import { formatTime } from '../../format'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { withMessages } from './event-check'
import { acceptPath, sendJson, type AcceptReply, type ExpectedReceipt, type ExpectedReceiptsReply } from './portal-api'

const PATH = '/api/v1/portal/expected-receipts?limit=20'

export function ExpectedReceipts({ onAccepted }: { onAccepted: () => void }) {
  const { t } = useI18n()
  const [generation, setGeneration] = useState(0)
  const [done, setDone] = useState<string | undefined>()
  const accepted = (message: string) => {
    setDone(message)
    setGeneration((n) => n + 1)
    onAccepted()
  }
  return (
    <section className="card portal-section" aria-labelledby="receipts-title">
      <h2 id="receipts-title" className="card__title">{t('portal.receipts.title')}</h2>
      <p className="card__lead">{t('portal.receipts.lead')}</p>
      {done && <p className="portal-success" role="status">{done}</p>}
      <ReceiptList key={generation} onAccepted={accepted} />
    </section>
  )
}

function ReceiptList({ onAccepted }: { onAccepted: (message: string) => void }) {
  const { t } = useI18n()
  const [state, retry] = useApi<ExpectedReceiptsReply>(PATH)
  return (
    <>
      {state.status === 'loading' && <p className="portal-muted">{t('portal.loading')}</p>}
      {state.status === 'failed' && <p className="portal-failure" role="alert">{t('portal.error.load')} <button type="button" className="button button--quiet" onClick={retry}>{t('error.retry')}</button></p>}
      {state.status === 'ready' && state.data.items.length === 0 && <p className="portal-muted">{t('portal.receipts.none')}</p>}
      {state.status === 'ready' && state.data.items.map((item) => <Receipt key={item.eventId} item={item} onAccepted={onAccepted} />)}
    </>
  )
}

function Receipt({ item, onAccepted }: { item: ExpectedReceipt; onAccepted: (message: string) => void }) {
  const { t, language } = useI18n()
  const { me } = useSession()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const shipper = item.shipper.name ?? item.shipper.reference ?? '—'
  const accept = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const reply = await sendJson<AcceptReply>('POST', acceptPath(item.eventId), language, {}, me?.csrfToken)
      onAccepted(t(reply.status === 'created' ? 'portal.receipts.accepted' : 'portal.receipts.already', { shipper }))
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.messageIn(language) : t('portal.error.network'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <article className="portal-receipt" aria-label={t('portal.receipts.from', { shipper })}>
      <header className="portal-receipt__head">
        <strong>{t('portal.receipts.from', { shipper })}</strong>
        <span className="portal-muted">{formatTime(item.eventTime)}</span>
      </header>
      <ul className="portal-plain">
        {item.lines.map((line) => <li key={line.code}>{line.productName ?? ''} <code className="portal-code-text">{line.code}</code> × <strong>{line.quantity ?? 1} {line.uom ?? ''}</strong></li>)}
      </ul>
      <details className="portal-receipt__preview">
        <summary>{t('portal.receipts.preview')}</summary>
        <pre className="portal-json">{JSON.stringify(item.preview, null, 2)}</pre>
      </details>
      {item.issues.length > 0 && (
        <ul className="portal-issues">
          {item.issues.map((issue, i) => <li key={i} data-code={issue.code}><span className="portal-issues__message">{language === 'en' ? withMessages(issue as never).messages.en : withMessages(issue as never).messages.zh}</span> <span className="portal-issues__detail">{issue.detail}</span></li>)}
        </ul>
      )}
      {error && <p className="portal-failure" role="alert">{error}</p>}
      <div className="portal-actions">
        <button type="button" className="button button--primary" onClick={accept} disabled={busy || item.issues.length > 0}>{busy ? t('portal.form.sending') : t('portal.receipts.accept')}</button>
        {item.issues.length > 0 && <Link to="/portal/record">{t('portal.receipts.recordByHand')}</Link>}
      </div>
    </article>
  )
}
