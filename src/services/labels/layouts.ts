/**
 * Label sizes, in millimetres. `a4-3x8` is the common 70 × 37 mm sheet (24 labels on A4, e.g. Avery
 * 3474); the others are roll sizes of thermal label printers, one label per PDF page.
 */
export const LABEL_LAYOUTS = {
  'a4-3x8': { labelWidthMm: 70, labelHeightMm: 37, sheet: { widthMm: 210, heightMm: 297, columns: 3, rows: 8 } },
  '50x30': { labelWidthMm: 50, labelHeightMm: 30 },
  '40x30': { labelWidthMm: 40, labelHeightMm: 30 },
} as const satisfies Record<string, LabelLayout>

export interface LabelLayout {
  labelWidthMm: number
  labelHeightMm: number
  /** Several labels per page, in a grid centred on the sheet; absent: the page is the label. */
  sheet?: { widthMm: number; heightMm: number; columns: number; rows: number }
}

export type LayoutName = keyof typeof LABEL_LAYOUTS
export const LAYOUT_NAMES = Object.keys(LABEL_LAYOUTS) as LayoutName[]

/** Where the parts of one label go, in mm from its top-left corner. */
export interface LabelBoxes {
  qr: { x: number; y: number; size: number }
  text: { x: number; y: number; width: number; lineHeight: number }
}

const PADDING_MM = 1.5
/** Two lines under the QR code: the human-readable code and, when known, the product name. */
const TEXT_LINES = 2
const LINE_HEIGHT_MM = 3

export function labelBoxes(layout: LabelLayout): LabelBoxes {
  const width = layout.labelWidthMm - 2 * PADDING_MM
  const size = Math.min(width, layout.labelHeightMm - 2 * PADDING_MM - TEXT_LINES * LINE_HEIGHT_MM)
  return {
    qr: { x: (layout.labelWidthMm - size) / 2, y: PADDING_MM, size },
    text: { x: PADDING_MM, y: PADDING_MM + size, width, lineHeight: LINE_HEIGHT_MM },
  }
}

/** Top-left corner of each label position on a page. */
export function labelPositions(layout: LabelLayout): { x: number; y: number }[] {
  const sheet = layout.sheet
  if (!sheet) return [{ x: 0, y: 0 }]
  const left = (sheet.widthMm - sheet.columns * layout.labelWidthMm) / 2
  const top = (sheet.heightMm - sheet.rows * layout.labelHeightMm) / 2
  const positions: { x: number; y: number }[] = []
  for (let row = 0; row < sheet.rows; row++) {
    for (let column = 0; column < sheet.columns; column++) positions.push({ x: left + column * layout.labelWidthMm, y: top + row * layout.labelHeightMm })
  }
  return positions
}

export function pageSizeMm(layout: LabelLayout): { widthMm: number; heightMm: number } {
  return layout.sheet ? { widthMm: layout.sheet.widthMm, heightMm: layout.sheet.heightMm } : { widthMm: layout.labelWidthMm, heightMm: layout.labelHeightMm }
}
