/** Task and recall states as badges, overdue in red. */
import { useI18n } from '../../i18n'

export function StatusBadge({ status, overdue = false }: { status: string; overdue?: boolean }) {
  const { t, tMaybe } = useI18n()
  return (
    <span className="recall-badges">
      <span className={`recall-badge recall-badge--${status}`}>{tMaybe(`recalls.status.${status}`) ?? status}</span>
      {overdue && <span className="recall-badge recall-badge--overdue">{t('recalls.overdue')}</span>}
    </span>
  )
}

export function LevelBadge({ level }: { level: string }) {
  const { tMaybe } = useI18n()
  return <span className={`recall-level recall-level--${level}`}>{tMaybe(`recalls.level.${level}`) ?? level}</span>
}
