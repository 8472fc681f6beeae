/** The console's charts: coverage gauges against targets, events per day, the flow Sankey and the China map. */
import { useMemo } from 'react'
import { EChart, type ChartOption } from '../../components/charts/echart'
import { byProvince, CHINA_MAP } from '../../components/charts/china-map'
import { useI18n } from '../../i18n'
import type { Coverage, FlowLink, Volumes } from './console-api'

export function CoverageGauges({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n()
  const option = useMemo<ChartOption>(() => {
    const gauge = (name: string, share: number | null, target: number | undefined, center: string) => ({
      type: 'gauge', name, center: [center, '55%'], radius: '58%', min: 0, max: 100,
      progress: { show: true, width: 12 }, axisLine: { lineStyle: { width: 12 } }, splitLine: { show: false }, axisTick: { show: false }, axisLabel: { show: false },
      pointer: { show: false }, title: { offsetCenter: [0, '70%'], fontSize: 13 }, detail: { formatter: '{value}%', offsetCenter: [0, '10%'], fontSize: 22 },
      markLine: undefined,
      data: [{ value: share === null ? 0 : Math.round(share * 1000) / 10, name: target === undefined ? name : `${name}（${t('console.target')} ${target}%）` }],
    })
    return {
      series: [
        gauge(t('console.coverage.enterprises'), coverage.total.share, coverage.total.target?.enterpriseSharePercent, '25%'),
        gauge(t('console.coverage.counties'), coverage.counties.share, coverage.total.target?.countySharePercent, '75%'),
      ],
    }
  }, [coverage, t])
  return <EChart option={option} height={220} label={t('console.chart.gauges')} />
}

export function EventsPerDay({ volumes }: { volumes: Volumes }) {
  const { t } = useI18n()
  const option = useMemo<ChartOption>(() => ({
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { data: [t('console.events')], top: 0 },
    xAxis: { type: 'category', data: volumes.perDay.map((d) => d.day.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', name: t('console.events'), smooth: true, showSymbol: false, areaStyle: { opacity: 0.15 }, data: volumes.perDay.map((d) => d.events) }],
  }), [volumes, t])
  return <EChart option={option} height={260} label={t('console.chart.perDay')} />
}

/** A Sankey needs distinct names on each side and no cycles: senders and receivers are told apart by an arrow. */
export function FlowSankey({ links }: { links: FlowLink[] }) {
  const { t } = useI18n()
  const option = useMemo<ChartOption>(() => {
    const shown = links.slice(0, 30)
    const from = (l: FlowLink) => `${l.fromName || l.from}`
    const to = (l: FlowLink) => `→ ${l.toName || t('console.unregistered')}`
    const names = [...new Set(shown.flatMap((l) => [from(l), to(l)]))]
    return {
      tooltip: { trigger: 'item' },
      series: [{ type: 'sankey', left: 8, right: 96, data: names.map((name) => ({ name })), links: shown.map((l) => ({ source: from(l), target: to(l), value: l.movements })), emphasis: { focus: 'adjacency' } }],
    }
  }, [links, t])
  return <EChart option={option} height={300} label={t('console.chart.sankey')} />
}

export function FlowMap({ links }: { links: FlowLink[] }) {
  const { t } = useI18n()
  const option = useMemo<ChartOption>(() => {
    const data = byProvince(links.flatMap((l) => [{ regionCode: l.from, value: l.movements }, ...(l.to && l.to !== l.from ? [{ regionCode: l.to, value: l.movements }] : [])]))
    return {
      tooltip: { trigger: 'item' },
      visualMap: { min: 0, max: Math.max(1, ...data.map((d) => d.value)), left: 8, bottom: 8, calculable: true, inRange: { color: ['#e0f2f1', '#00796b'] } },
      series: [{ type: 'map', map: CHINA_MAP, name: t('console.movements'), roam: false, data: data.map((d) => ({ name: d.name, value: d.value })) }],
    }
  }, [links, t])
  return <EChart option={option} height={320} label={t('console.chart.map')} />
}
