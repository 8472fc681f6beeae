/** Row types of the credit, blacklist and inspection-draw tables (migration 2026-11-23T1650-create-credit-and-blacklist). */
export interface CreditSnapshotTable {
  id: string
  party_id: string
  computed_at: string
  model_version: string
  score: number
  grade: string
  /** JSON array of CreditReason. */
  reasons: string
}

/** Derived: each party's newest snapshot, replaced in place when one is appended (history in credit_snapshot). */
export interface CreditCurrentTable {
  party_id: string
  snapshot_id: string
  party_name: string
  region_code: string
  score: number
  grade: string
  computed_at: string
}

export interface BlacklistEntryTable {
  id: string
  party_id: string
  party_name: string
  uscc: string | null
  region_code: string
  reason: string
  decision_no: string
  decision_title: string
  authority: string
  valid_from: string
  valid_to: string
  created_at: string
  created_by: string
}

export interface BlacklistRevocationTable {
  id: string
  entry_id: string
  reason: string
  revoked_at: string
  revoked_by: string
}

export interface InspectionDrawTable {
  id: string
  created_at: string
  created_by: string
  created_by_name: string
  title: string
  region_prefix: string
  /** JSON arrays. */
  categories: string
  party_kinds: string
  target_count: number
  per_target: number
  seed: string
  seed_source: string
  algorithm: string
  candidates_hash: string
  /** JSON array of the candidates with weights and risk factors, as published. */
  candidates: string
  inspectors: string
  /** JSON array of DrawnTarget. */
  result: string
}

export interface CreditTables {
  credit_snapshot: CreditSnapshotTable
  credit_current: CreditCurrentTable
  blacklist_entry: BlacklistEntryTable
  blacklist_revocation: BlacklistRevocationTable
  inspection_draw: InspectionDrawTable
}
