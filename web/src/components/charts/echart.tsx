/**
 * One ECharts chart. echarts itself is loaded on first use (it is about 1 MB and the public pages do not
 * need it); a `map: 'china'` series registers the province map first. The element carries
 * `data-chart-ready` and `data-chart-points` once drawn, for tests and for waiting on the chart.
 */
import { useEffect, useRef, useState } from 'react'
import { registerChinaMap, CHINA_MAP } from './china-map'

type ECharts = typeof import('echarts')
type Instance = ReturnType<ECharts['init']>
export type ChartOption = Parameters<Instance['setOption']>[0]
export interface ChartEvent { name: string; value?: unknown; data?: unknown; seriesName?: string; seriesType?: string; dataIndex: number }

export interface EChartProps {
  option: ChartOption
  /** Pixels; the width follows the container. */
  height?: number
  /** What the chart shows, for screen readers (a table next to it should carry the figures). */
  label: string
  onClick?: (event: ChartEvent) => void
  className?: string
}

function usesChinaMap(option: ChartOption): boolean {
  const mentions = (part: unknown) => (Array.isArray(part) ? part : [part]).some((p) => (p as { map?: string } | undefined)?.map === CHINA_MAP)
  const o = option as { series?: unknown; geo?: unknown }
  return mentions(o.series) || mentions(o.geo)
}

function pointCount(option: ChartOption): number {
  const series = (option as { series?: unknown }).series
  return (Array.isArray(series) ? series : series ? [series] : []).reduce<number>((n, s) => {
    const data = (s as { data?: unknown[]; nodes?: unknown[]; links?: unknown[] }).data ?? (s as { nodes?: unknown[] }).nodes
    return n + (Array.isArray(data) ? data.length : 0)
  }, 0)
}

export function EChart({ option, height = 320, label, onClick, className }: EChartProps) {
  const element = useRef<HTMLDivElement>(null)
  const chart = useRef<Instance | undefined>(undefined)
  const observer = useRef<ResizeObserver | undefined>(undefined)
  const clickRef = useRef(onClick)
  clickRef.current = onClick
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let disposed = false
    void (async () => {
      try {
        const echarts = await import('echarts')
        if (usesChinaMap(option)) await registerChinaMap(echarts)
        if (disposed || !element.current) return
        const instance = chart.current ?? echarts.init(element.current, undefined, { renderer: 'canvas' })
        if (!chart.current) {
          chart.current = instance
          instance.on('click', (params) => clickRef.current?.(params as unknown as ChartEvent))
          observer.current = new ResizeObserver(() => instance.resize())
          observer.current.observe(element.current)
        }
        instance.setOption(option, { notMerge: true })
        element.current.dataset.chartReady = 'true'
        element.current.dataset.chartPoints = String(pointCount(option))
      } catch (error) {
        console.error('chart failed', error)
        if (!disposed) setFailed(true)
      }
    })()
    return () => {
      disposed = true
    }
  }, [option])

  useEffect(() => () => {
    observer.current?.disconnect()
    chart.current?.dispose()
    chart.current = undefined
  }, [])

  return (
    <div className={className} role="img" aria-label={label} ref={element} style={{ width: '100%', height }} data-chart-failed={failed || undefined}>
      {failed && <p className="chart-failed">{label}</p>}
    </div>
  )
}
