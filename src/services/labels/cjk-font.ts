/**
 * A font with Chinese glyphs for the product name on labels. PDF's standard fonts have none, so the
 * name line needs a system font: Debian's `fonts-noto-cjk` (installed next to Chromium in .ci/run) or
 * `fonts-wqy-zenhei`. Without one, labels carry the QR code and the ASCII code only, and say so in the log.
 */
import { existsSync, readFileSync } from 'node:fs'

export interface CjkFont {
  /** The font file (a TrueType/OpenType collection). */
  data: Buffer
  /** The face to use inside the collection. */
  postscriptName: string
  /** The family name for SVG text, matched by fontconfig when a PNG is rendered. */
  family: string
}

const CANDIDATES = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular', family: 'Noto Sans CJK SC' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei', family: 'WenQuanYi Zen Hei' },
]

let loaded: CjkFont | null | undefined

/** The first installed candidate, read once; null when none is installed. */
export function findCjkFont(): CjkFont | null {
  if (loaded !== undefined) return loaded
  const found = CANDIDATES.find((c) => existsSync(c.path))
  loaded = found ? { data: readFileSync(found.path), postscriptName: found.postscriptName, family: found.family } : null
  return loaded
}
