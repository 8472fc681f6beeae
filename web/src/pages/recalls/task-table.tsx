/** The holders of a recall: one row per task, with progress, lots and reports; overdue rows in red. */
import { useI18n } from '../../i18n'
import { ProgressBar } from './progress-bar'
import type { RecallTask } from './recalls-api'
import { StatusBadge } from './status-badge'

export function TaskTable({ tasks }: { tasks: RecallTask[] }) {
  const { t } = useI18n()
  if (tasks.length === 0) return <p className="muted">{t('recalls.noTasks')}</p>
  return (
    <div className="table-scroll">
      <table className="recall-table">
        <thead>
          <tr><th>{t('recalls.holder')}</th><th>{t('recalls.region')}</th><th>{t('recalls.status')}</th><th>{t('recalls.progress')}</th><th>{t('recalls.lots')}</th></tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className={task.isOverdue ? 'recall-row--overdue' : undefined}>
              <td data-label={t('recalls.holder')}>{task.party.name ?? task.party.reference}{task.site?.name && <div className="muted">{task.site.name}</div>}</td>
              <td data-label={t('recalls.region')}>{task.regionName ?? task.regionCode ?? '—'}</td>
              <td data-label={t('recalls.status')}><StatusBadge status={task.status} overdue={task.isOverdue} /></td>
              <td data-label={t('recalls.progress')}><ProgressBar value={task.progress} label={task.party.name ?? task.id} overdue={task.isOverdue} /></td>
              <td data-label={t('recalls.lots')}>
                <ul className="recall-lots">
                  {task.lots.map((lot) => (
                    <li key={lot.unitId}>
                      <span className="recall-code">{lot.productName ?? ''} {lot.lotNumber ?? lot.serial ?? lot.code}</span>
                      <span className="muted"> {t('recalls.lotFigures', { held: lot.held, removed: lot.removed, returned: lot.returned, destroyed: lot.destroyed, uom: lot.uom ?? '' })}</span>
                    </li>
                  ))}
                </ul>
                {task.reports.filter((r) => r.note).map((r) => <div key={r.id} className="muted">{r.actorName}: {r.note}</div>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
