/** The operator's coverage targets: the table in force and a form that sets one (PUT, with the session's CSRF token). */
import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n'
import { useSession } from '../../session'
import { useApi } from '../../use-api'
import { putTargets, type Target } from './console-api'

const CATEGORIES = ['all', 'agri', 'food', 'drug', 'agri_input', 'equipment', 'hazardous', 'rare_earth', 'import']

export function TargetForm() {
  const { t, language } = useI18n()
  const { me } = useSession()
  const [state, retry] = useApi<{ targets: Target[] }>('/api/v1/console/coverage-targets')
  const [form, setForm] = useState({ regionCode: '000000', category: 'all', year: new Date().getFullYear(), enterpriseSharePercent: 30, countySharePercent: 100 })
  const [message, setMessage] = useState<string | undefined>()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setMessage(t('console.targets.saving'))
    try {
      await putTargets([form], language, me?.csrfToken)
      setMessage(t('console.targets.saved'))
      retry()
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  const field = (key: 'year' | 'enterpriseSharePercent' | 'countySharePercent', label: string) => (
    <label>{label}<input type="number" value={form[key]} onChange={(e) => setForm({ ...form, [key]: Number(e.target.value) })} /></label>
  )
  return (
    <section className="console-card" aria-labelledby="targets">
      <h2 id="targets">{t('console.targets.title')}</h2>
      {state.status === 'ready' && (
        <div className="table-scroll">
          <table className="console-table">
            <thead><tr><th scope="col">{t('console.col.region')}</th><th scope="col">{t('console.col.category')}</th><th scope="col">{t('console.targets.year')}</th><th scope="col">{t('console.targets.enterprises')}</th><th scope="col">{t('console.targets.counties')}</th></tr></thead>
            <tbody>{state.data.targets.map((x) => <tr key={`${x.regionCode}-${x.category}-${x.year}`}><td>{x.regionCode}</td><td>{x.category}</td><td>{x.year}</td><td className="num">{x.enterpriseSharePercent}%</td><td className="num">{x.countySharePercent}%</td></tr>)}</tbody>
          </table>
        </div>
      )}
      <form className="console-form" onSubmit={(e) => void submit(e)}>
        <label>{t('console.col.region')}<input value={form.regionCode} inputMode="numeric" maxLength={6} onChange={(e) => setForm({ ...form, regionCode: e.target.value })} /></label>
        <label>{t('console.col.category')}<select value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value })}>{CATEGORIES.map((c) => <option key={c} value={c}>{t(`console.category.${c}` as never)}</option>)}</select></label>
        {field('year', t('console.targets.year'))}
        {field('enterpriseSharePercent', t('console.targets.enterprises'))}
        {field('countySharePercent', t('console.targets.counties'))}
        <button type="submit" className="button button--primary">{t('console.targets.save')}</button>
        {message && <p role="status">{message}</p>}
      </form>
    </section>
  )
}
