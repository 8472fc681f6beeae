/**
 * Capture of the events read from a spreadsheet, all or nothing (captureEvents' own transaction), with
 * capture's problems handed back per sheet row instead of per JSON pointer.
 */
import { messageOf, ZhuisuError, type ErrorCode } from '../../domain/errors.js'
import { captureEvents, type CaptureDeps, type CaptureReport } from '../capture/capture-events.js'

export interface RowCaptureIssue {
  rowNumber: number
  /** The pointer inside the row's event, e.g. `/zs:data/headCount`; empty for the whole event. */
  pointer: string
  code: ErrorCode
  /** In Chinese: the catalogue message, then the detail capture gave. */
  message: string
}

export type RowCapture = { ok: true; report: CaptureReport } | { ok: false; issues: RowCaptureIssue[] }

const EVENTS_POINTER = '/events'

export async function captureRows(deps: CaptureDeps, events: Record<string, unknown>[], rowNumbers: number[]): Promise<RowCapture> {
  try {
    return { ok: true, report: await captureEvents(deps, events, EVENTS_POINTER) }
  } catch (error) {
    // Capture rejects the whole batch with every problem listed; they are turned into per-row answers.
    if (!(error instanceof ZhuisuError) || !error.details?.issues) throw error
    return {
      ok: false,
      issues: error.details.issues.map((issue) => {
        const match = /^\/events\/(\d+)(.*)$/.exec(issue.field)
        const index = match ? Number(match[1]) : 0
        const detail = issue.detail ? `（${issue.detail}）` : ''
        return { rowNumber: rowNumbers[index] ?? rowNumbers[0], pointer: match?.[2] ?? '', code: issue.code, message: `${messageOf(issue.code, 'zh')}${detail}` }
      }),
    }
  }
}
