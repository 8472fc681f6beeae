/** A labelled progress bar (role=progressbar), red when overdue. */
export function ProgressBar({ value, label, overdue = false }: { value: number; label: string; overdue?: boolean }) {
  const pct = Math.max(0, Math.min(100, Math.round(value * 100)))
  return (
    <div className={`recall-progress${overdue ? ' recall-progress--overdue' : ''}`} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={label}>
      <div className="recall-progress__fill" style={{ width: `${pct}%` }} />
      <span className="recall-progress__text">{pct}%</span>
    </div>
  )
}
