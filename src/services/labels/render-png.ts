/**
 * One label → PNG at 300 dpi: the label drawn as SVG (the same boxes as the PDF) and rasterised by
 * sharp (libvips/librsvg), whose text goes through fontconfig, so the product name uses the same CJK
 * font the PDF does when it is installed.
 */
import sharp from 'sharp'
import { findCjkFont } from './cjk-font.js'
import { labelBoxes, type LabelLayout } from './layouts.js'
import type { Label } from './plan-labels.js'
import { darkRuns, qrMatrix, QR_QUIET_ZONE_MODULES } from './qr-matrix.js'

export const PNG_DPI = 300
const MAX_FONT_MM = 2.5
/** Average advance of a Helvetica/DejaVu glyph, in ems, to shrink a long code to the label width. */
const AVERAGE_ADVANCE_EM = 0.6

export function labelSvg(label: Label, layout: LabelLayout): string {
  const boxes = labelBoxes(layout)
  const matrix = qrMatrix(label.uri)
  const module = boxes.qr.size / (matrix.size + 2 * QR_QUIET_ZONE_MODULES)
  const x0 = boxes.qr.x + QR_QUIET_ZONE_MODULES * module
  const y0 = boxes.qr.y + QR_QUIET_ZONE_MODULES * module
  const rects = darkRuns(matrix).map((r) => `<rect x="${fixed(x0 + r.column * module)}" y="${fixed(y0 + r.row * module)}" width="${fixed(r.length * module)}" height="${fixed(module)}"/>`).join('')
  const font = findCjkFont()
  const lines = [{ text: label.text, family: 'DejaVu Sans, sans-serif', cjk: false }]
  if (label.productName && font) lines.push({ text: label.productName, family: `${font.family}, sans-serif`, cjk: true })
  const texts = lines.map((line, i) => {
    const advance = line.cjk ? 1 : AVERAGE_ADVANCE_EM
    const size = Math.min(MAX_FONT_MM, boxes.text.width / (line.text.length * advance))
    const y = boxes.text.y + (i + 0.8) * boxes.text.lineHeight
    return `<text x="${fixed(layout.labelWidthMm / 2)}" y="${fixed(y)}" font-family="${line.family}" font-size="${fixed(size)}" text-anchor="middle">${escapeXml(line.text)}</text>`
  }).join('')
  const width = Math.round((layout.labelWidthMm * PNG_DPI) / 25.4)
  const height = Math.round((layout.labelHeightMm * PNG_DPI) / 25.4)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${layout.labelWidthMm} ${layout.labelHeightMm}">`
    + `<rect width="100%" height="100%" fill="white"/><g fill="black" shape-rendering="crispEdges">${rects}</g>${texts}</svg>`
}

export async function renderLabelPng(label: Label, layout: LabelLayout): Promise<Buffer> {
  return sharp(Buffer.from(labelSvg(label, layout))).png().toBuffer()
}

function fixed(value: number): string {
  return value.toFixed(3)
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}
