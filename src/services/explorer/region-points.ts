/**
 * Map points for region codes, from the antv `china-geojson` outlines the web map draws: each province
 * file lists its prefectures (or, for municipalities, its districts) with a centre point `cp`, and
 * china.json lists the provinces. A county falls back to its prefecture, a prefecture to its province.
 * The files are read once, on first use (about 2 MB), and never change.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { findRegion, regionCodes, regionPath } from '../../domain/regions.js'

export type Point = [number, number]

interface GeoFile { features: { id?: string; properties: { name?: string; cp?: [number, number] } }[] }

let points: Map<string, Point> | undefined

function geojsonDirectory(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('china-geojson/package.json')), 'src', 'geojson')
}

/** Keys: `<2-digit province>` for provinces, `<2-digit province>|<name>` for prefectures and districts. */
function load(): Map<string, Point> {
  const index = new Map<string, Point>()
  const provincesByName = new Map<string, Set<string>>()
  for (const code of regionCodes()) {
    const region = findRegion(code)
    if (!region || region.level === 'province') continue
    const set = provincesByName.get(region.name) ?? new Set<string>()
    set.add(code.slice(0, 2))
    provincesByName.set(region.name, set)
  }
  const dir = geojsonDirectory()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const geo = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GeoFile
    if (file === 'china.json') {
      for (const f of geo.features) if (f.id && f.properties.cp) index.set(f.id, f.properties.cp)
      continue
    }
    // A province file does not say which province it is: the province most of its place names belong to.
    const votes = new Map<string, number>()
    for (const f of geo.features) for (const p of provincesByName.get(f.properties.name ?? '') ?? []) votes.set(p, (votes.get(p) ?? 0) + 1)
    const [province] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
    if (!province) continue
    for (const f of geo.features) if (f.properties.name && f.properties.cp) index.set(`${province}|${f.properties.name}`, f.properties.cp)
  }
  return index
}

/** The most precise known point of a region code (county → prefecture → province), or undefined. */
export function regionPoint(regionCode: string | undefined): Point | undefined {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return undefined
  points ??= load()
  const province = regionCode.slice(0, 2)
  for (const region of regionPath(regionCode)) {
    if (region.level === 'province') break
    const point = points.get(`${province}|${region.name}`)
    if (point) return point
  }
  return points.get(province)
}

/** Full name of a region (广东省梅州市梅县区), or undefined for an unknown code. */
export function regionName(regionCode: string | undefined): string | undefined {
  return regionCode ? findRegion(regionCode)?.fullName : undefined
}
