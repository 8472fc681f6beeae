/** The QR symbol of a text as a module matrix, for vector drawing (PDF) and SVG (PNG). */
import QRCode from 'qrcode'

/**
 * Level M (15 % recovery) keeps a Digital Link URI of a lot at version 4–6, large enough modules on a
 * 19 mm symbol for phone cameras; ISO/IEC 18004 asks for a quiet zone of 4 modules around it.
 */
export const QR_ERROR_CORRECTION = 'M'
export const QR_QUIET_ZONE_MODULES = 4

export interface QrMatrix {
  size: number
  isDark(row: number, column: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION })
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) }
}

/** Dark modules merged into horizontal runs: one rectangle per run keeps PDFs and SVGs small. */
export function darkRuns(matrix: QrMatrix): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = []
  for (let row = 0; row < matrix.size; row++) {
    let column = 0
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < matrix.size && matrix.isDark(row, column)) column++
      runs.push({ row, column: start, length: column - start })
    }
  }
  return runs
}
