/** Splits rows so a multi-row statement stays under the engine's parameter limit. */
export function chunkRows<T>(rows: T[], columns: number, maxParameters: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / Math.max(1, columns)))
  const chunks: T[][] = []
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size))
  return chunks
}
