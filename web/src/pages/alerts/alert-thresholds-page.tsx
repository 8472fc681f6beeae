/** `/alerts/thresholds`: the thresholds that apply in a region (the regulator's own by default), each editable where allowed. */
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { getJson } from '../../api'
import { useDocumentTitle } from '../../components/use-document-title'
import { useI18n } from '../../i18n'
import { Link } from '../../router'
import { useSession } from '../../session'
import { errorText } from '../account/account-api'
import { SEVERITIES, THRESHOLDS_PATH, writeJson, type ThresholdsDto } from './alerts-api'
import './alerts.css'

export function AlertThresholdsPage() {
  const { t, language } = useI18n()
  const { me } = useSession()
  useDocumentTitle(t('alerts.thresholds.title'))
  const [region, setRegion] = useState<string | undefined>()
  const [data, setData] = useState<ThresholdsDto | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [saved, setSaved] = useState<string | undefined>()

  const load = useCallback(async () => {
    try {
      setData(await getJson(`${THRESHOLDS_PATH}${region ? `?regionCode=${region}` : ''}`, language))
      setError(undefined)
    } catch (caught) {
      setError(errorText(caught, language, t('alerts.error')))
    }
  }, [region, language, t])
  useEffect(() => { void load() }, [load])

  const save = async (event: FormEvent<HTMLFormElement>, rule: string, names: string[]) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const parameters = Object.fromEntries(names.map((n) => [n, Number(form.get(n))]))
    try {
      setData(await writeJson('PUT', THRESHOLDS_PATH, language, { regionCode: data!.regionCode, rule, enabled: form.get('enabled') === 'on', severity: String(form.get('severity')), parameters }, me?.csrfToken))
      setSaved(t('alerts.thresholds.saved', { rule: t(`alerts.rule.${rule}` as never) }))
      setError(undefined)
    } catch (caught) {
      setError(errorText(caught, language, t('alerts.error')))
      setSaved(undefined)
    }
  }

  return (
    <div className="container alerts">
      <p><Link to="/alerts">← {t('alerts.title')}</Link></p>
      <h1>{t('alerts.thresholds.title')}</h1>
      <form className="alerts__filters card" onSubmit={(e) => { e.preventDefault(); const v = String(new FormData(e.currentTarget).get('region') ?? ''); if (/^\d{6}$/.test(v)) setRegion(v) }}>
        <label>{t('alerts.col.region')}<input name="region" inputMode="numeric" maxLength={6} defaultValue={data?.regionCode ?? ''} key={data?.regionCode} /></label>
        <button type="submit" className="button">{t('alerts.thresholds.show')}</button>
      </form>
      <p className="muted">{t('alerts.thresholds.lead')}</p>
      <p role="status" className="alerts__saved">{saved}</p>
      {error && <p className="alerts__error" role="alert">{error}</p>}
      {data && (
        <div className="alerts__thresholds">
          {data.thresholds.map((th) => {
            const names = Object.keys(th.defaults.parameters)
            return (
              <form key={`${data.regionCode}-${th.rule}-${th.source ?? ''}-${JSON.stringify(th.parameters)}`} className="card alerts__threshold" onSubmit={(e) => void save(e, th.rule, names)}>
                <h2>{language === 'en' ? th.name.en : th.name.zh} <code className="alerts__code">{th.rule}</code></h2>
                <p className="muted">{th.source === undefined ? t('alerts.thresholds.default') : t('alerts.thresholds.from', { prefix: th.source || '000000' })}{th.timed ? ` · ${t('alerts.thresholds.timed')}` : ''}</p>
                <label className="alerts__check"><input type="checkbox" name="enabled" defaultChecked={th.enabled} disabled={!th.editable} /> {t('alerts.thresholds.enabled')}</label>
                <label>{t('alerts.col.severity')}
                  <select name="severity" defaultValue={th.severity} disabled={!th.editable}>
                    {SEVERITIES.map((s) => <option key={s} value={s}>{t(`alerts.severity.${s}` as never)}</option>)}
                  </select>
                </label>
                {names.map((n) => (
                  <label key={n}>{t(`alerts.param.${n}` as never)}<input name={n} type="number" step="any" defaultValue={th.parameters[n]} disabled={!th.editable} /></label>
                ))}
                {th.editable && <button type="submit" className="button button--primary">{t('alerts.thresholds.save')}</button>}
              </form>
            )
          })}
        </div>
      )}
    </div>
  )
}
