/**
 * Labels → a printable PDF (pdfkit): QR codes drawn as vector rectangles, so they print sharp at any
 * resolution, the human-readable code under each in Helvetica, the product name in a CJK font if one
 * is installed (cjk-font.ts).
 */
import PDFDocument from 'pdfkit'
import { findCjkFont } from './cjk-font.js'
import { labelBoxes, labelPositions, pageSizeMm, type LabelLayout } from './layouts.js'
import type { Label } from './plan-labels.js'
import { darkRuns, qrMatrix, QR_QUIET_ZONE_MODULES } from './qr-matrix.js'

const POINTS_PER_MM = 72 / 25.4
const MAX_FONT_PT = 7
const CJK = 'cjk'

export async function renderLabelsPdf(labels: Label[], layout: LabelLayout): Promise<Buffer> {
  const page = pageSizeMm(layout)
  const doc = new PDFDocument({ size: [page.widthMm * POINTS_PER_MM, page.heightMm * POINTS_PER_MM], margin: 0, autoFirstPage: false, info: { Title: 'Zhuisu 追溯 labels', Creator: 'Zhuisu' } })
  const font = findCjkFont()
  if (font) doc.registerFont(CJK, font.data, font.postscriptName)
  const done = collect(doc)
  const positions = labelPositions(layout)
  labels.forEach((label, index) => {
    const slot = index % positions.length
    if (slot === 0) doc.addPage()
    drawLabel(doc, label, layout, positions[slot], font !== null)
  })
  doc.end()
  return done
}

function drawLabel(doc: PDFKit.PDFDocument, label: Label, layout: LabelLayout, at: { x: number; y: number }, hasCjk: boolean): void {
  const mm = (value: number) => value * POINTS_PER_MM
  const boxes = labelBoxes(layout)
  const matrix = qrMatrix(label.uri)
  const module = boxes.qr.size / (matrix.size + 2 * QR_QUIET_ZONE_MODULES)
  const originX = at.x + boxes.qr.x + QR_QUIET_ZONE_MODULES * module
  const originY = at.y + boxes.qr.y + QR_QUIET_ZONE_MODULES * module
  for (const run of darkRuns(matrix)) doc.rect(mm(originX + run.column * module), mm(originY + run.row * module), mm(run.length * module), mm(module))
  doc.fill('black')

  const lines: { text: string; font: string }[] = [{ text: label.text, font: 'Helvetica' }]
  if (label.productName && hasCjk) lines.push({ text: label.productName, font: CJK })
  lines.forEach((line, i) => {
    doc.font(line.font)
    const width = mm(boxes.text.width)
    const size = Math.min(MAX_FONT_PT, (MAX_FONT_PT * width) / doc.fontSize(MAX_FONT_PT).widthOfString(line.text))
    doc.fontSize(size).text(line.text, mm(at.x + boxes.text.x), mm(at.y + boxes.text.y + i * boxes.text.lineHeight), { width, align: 'center', lineBreak: false })
  })
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}
