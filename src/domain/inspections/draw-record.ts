/** The record of one random inspection draw (双随机): what was drawn from, how, by whom, and what came out. */
import type { DrawnTarget, RiskGrade } from './draw.js'

export type SeedSource = 'entered' | 'generated'

export interface DrawCandidateRecord {
  partyId: string
  partyName: string
  uscc?: string
  regionCode: string
  kind: string
  grade: RiskGrade
  openAlerts: number
  complaints: number
  weight: number
}

export interface InspectionDraw {
  id: string
  createdAt: string
  /** Organisation that drew, and its name. */
  createdBy: string
  createdByName: string
  title: string
  regionPrefix: string
  categories: string[]
  partyKinds: string[]
  targetCount: number
  perTarget: number
  seed: string
  seedSource: SeedSource
  algorithm: string
  candidatesHash: string
  candidates: DrawCandidateRecord[]
  inspectors: string[]
  result: DrawnTarget[]
}
