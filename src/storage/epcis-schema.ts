/**
 * Tables of the EPCIS 2.0 repository (migration 2026-11-23T1500). Unlike trace records, a capture job is
 * administrative state: its row moves from waiting to running to finished in place.
 */
export interface EpcisCaptureJobTable {
  /** The captureID of `/epcis/capture/{captureID}`. */
  id: string
  created_at: string
  started_at: string | null
  finished_at: string | null
  state: 'waiting' | 'running' | 'finished'
  /** 1 or 0 once finished. */
  success: number | null
  capture_error_behaviour: 'rollback' | 'proceed'
  event_count: number
  /** The EPCIS document (JSON form) to capture; cleared when the job finishes. */
  document: string | null
  /** JSON array of { field, code, detail? }. */
  errors: string
}

export interface EpcisQueryTable {
  name: string
  /** JSON object of the query parameters. */
  query: string
  created_at: string
}
