/**
 * A filled template, uploaded → events captured, or a row-by-row report and nothing written. Problems
 * found while reading cells and problems capture finds are reported the same way, against the cell.
 */
import { captureRows } from '../../services/spreadsheets/capture-rows.js'
import type { CaptureDeps, CaptureReport } from '../../services/capture/capture-events.js'
import { ZhuisuError } from '../../domain/errors.js'
import type { TemplateSpec } from './columns.js'
import { readCsvUpload, readXlsxUpload, type XlsxUpload } from './read-sheet.js'
import { reportWorkbook, rowProblems, type RowProblem } from './report.js'
import { columnOfPointer, rowsToEvents, type CellIssue, type SheetRow } from './rows-to-events.js'

export type UploadFormat = 'xlsx' | 'csv'

export type UploadResult =
  | { ok: true; report: CaptureReport; rows: number[] }
  | { ok: false; problems: RowProblem[]; annotatedWorkbook?: () => Promise<Buffer> }

export async function importUpload(deps: CaptureDeps, spec: TemplateSpec, buffer: Buffer, format: UploadFormat): Promise<UploadResult> {
  let upload: XlsxUpload | undefined
  let rows: SheetRow[]
  if (format === 'xlsx') {
    upload = await readXlsxUpload(spec, buffer)
    rows = upload.rows
  } else {
    rows = await readCsvUpload(spec, buffer)
  }
  if (rows.length === 0) throw new ZhuisuError('batch_empty', '/file', { reason: '表中没有数据行（从第 3 行起填写）' })
  const read = rowsToEvents(spec, rows)
  let issues: CellIssue[] = read.issues
  if (issues.length === 0) {
    const captured = await captureRows(deps, read.events, read.rowNumbers)
    if (captured.ok) return { ok: true, report: captured.report, rows: read.rowNumbers }
    issues = captured.issues.map((issue) => ({ rowNumber: issue.rowNumber, columnId: columnOfPointer(spec, issue.pointer), message: issue.message }))
  }
  const problems = rowProblems(spec, issues, upload)
  const annotated = upload
  return { ok: false, problems, annotatedWorkbook: annotated ? () => reportWorkbook(annotated, problems) : undefined }
}
