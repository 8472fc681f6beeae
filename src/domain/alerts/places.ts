/**
 * Coarse places for the counterfeit hint (duplicate_serial): the centroid of a region's prefecture (地级市),
 * else of its province, from the `cp` centroids of the antv china-geojson maps (centroids.json, generated
 * once from node_modules/china-geojson/src/geojson; municipality districts averaged). Distances are
 * great-circle kilometres between centroids: two sightings in one prefecture are 0 km apart.
 */
import centroids from './centroids.json' with { type: 'json' }

const PREFECTURES: Record<string, number[]> = centroids.prefectures
const PROVINCES: Record<string, number[]> = centroids.provinces
const EARTH_RADIUS_KM = 6371

export function centroidOf(regionCode: string | undefined): number[] | undefined {
  if (!regionCode) return undefined
  return PREFECTURES[regionCode.slice(0, 4)] ?? PROVINCES[regionCode.slice(0, 2)]
}

/** Kilometres between two regions' centroids; undefined when either place is unknown. */
export function distanceKm(a: string | undefined, b: string | undefined): number | undefined {
  const p = centroidOf(a)
  const q = centroidOf(b)
  if (!p || !q) return undefined
  if (a!.slice(0, 4) === b!.slice(0, 4)) return 0
  const rad = Math.PI / 180
  const dLat = (q[1] - p[1]) * rad
  const dLon = (q[0] - p[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[1] * rad) * Math.cos(q[1] * rad) * Math.sin(dLon / 2) ** 2
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)))
}
