import { describe, expect, it } from 'vitest'
import { CATEGORY_CODES } from '../categories.js'
import { BIZ_STEPS, bizStepWord, normalizeBizStep, ZHUISU_BIZ_STEPS } from '../events/vocabulary.js'
import { allSteps, bizStepSpellings, bizStepsNeedingStage, STANDARD } from './standard.js'
import type { StepElement } from './types.js'

const KNOWN_BIZ_STEPS = new Set<string>([...BIZ_STEPS, ...ZHUISU_BIZ_STEPS])
const everyStep = CATEGORY_CODES.flatMap((category) => allSteps(STANDARD[category]).map((ref) => ({ category, ...ref })))
const everyElement = everyStep.flatMap(({ category, stage, step }) => step.elements.map((element) => ({ category, stage, step, element })))

/** What decides whether a value passes: the same key must be checked the same way everywhere. */
const ruleOf = (e: StepElement) => JSON.stringify([e.type, e.format, e.unit, e.codeList, e.many, e.minimum, e.integer, e.maxLength, e.onInvalid, e.confidentiality])

describe('the data standard', () => {
  it('covers every category with stages and steps', () => {
    for (const category of CATEGORY_CODES) {
      expect(STANDARD[category].category).toBe(category)
      expect(STANDARD[category].stages.length, category).toBeGreaterThan(0)
      for (const stage of STANDARD[category].stages) expect(stage.steps.length, `${category}/${stage.code}`).toBeGreaterThan(0)
    }
  })

  it('has the stages categories.md names', () => {
    const stages = (category: keyof typeof STANDARD) => STANDARD[category].stages.map((s) => s.code)
    expect(stages('agri')).toEqual(['production', 'leaving_farm', 'slaughter', 'wholesale', 'retail'])
    expect(stages('food')).toEqual(['intake', 'production', 'release', 'distribution'])
    expect(stages('drug')).toEqual(['mah', 'wholesale', 'use'])
    expect(stages('agri_input')).toEqual(['pesticide', 'vet_drug', 'seed', 'feed'])
    expect(stages('equipment')).toEqual(expect.arrayContaining(['elevator_maintenance', 'cylinder_pre_fill', 'cylinder_filling']))
  })

  it('uses only CBV and platform business steps, and every spelling normalises back to the word', () => {
    for (const { category, step } of everyStep) {
      for (const word of step.bizSteps) {
        expect(KNOWN_BIZ_STEPS.has(word), `${category}/${step.code}: ${word}`).toBe(true)
        for (const spelling of bizStepSpellings(word)) expect(bizStepWord(normalizeBizStep(spelling))).toBe(word)
      }
    }
  })

  it('keeps codes unique: stages in a category, steps in a stage, keys in a step', () => {
    for (const category of CATEGORY_CODES) {
      const stages = STANDARD[category].stages
      expect(new Set(stages.map((s) => s.code)).size).toBe(stages.length)
      for (const stage of stages) {
        expect(new Set(stage.steps.map((s) => s.code)).size).toBe(stage.steps.length)
        for (const step of stage.steps) expect(new Set(step.elements.map((e) => e.key)).size, `${category}/${stage.code}/${step.code}`).toBe(step.elements.length)
      }
    }
  })

  it('gives each bizStep and event type at most one step within a stage, so zs:stage always decides', () => {
    for (const category of CATEGORY_CODES) {
      for (const stage of STANDARD[category].stages) {
        const seen = new Set<string>()
        for (const step of stage.steps) {
          for (const word of step.bizSteps) {
            for (const type of step.eventTypes ?? ['*']) {
              expect(seen.has(`${word}|${type}`) || seen.has(`${word}|*`), `${category}/${stage.code}: ${word} ${type}`).toBe(false)
              seen.add(`${word}|${type}`)
            }
          }
        }
      }
    }
  })

  it('checks an element key the same way wherever it appears (defined once, referenced)', () => {
    const rules = new Map<string, string>()
    for (const { category, step, element } of everyElement) {
      const rule = ruleOf(element)
      expect(rules.get(element.key) ?? rule, `${category}/${step.code}/${element.key}`).toBe(rule)
      rules.set(element.key, rule)
    }
  })

  it('names every element in Chinese and English with a camelCase key and a source', () => {
    for (const { element } of everyElement) {
      expect(element.key).toMatch(/^[a-z][a-zA-Z0-9]*$/)
      expect(element.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(element.en).toMatch(/^[A-Z]/)
      expect(element.source.length).toBeGreaterThan(0)
      if (element.format) expect(element.type).toBe('string')
      if (element.type === 'code') expect(element.codeList?.length).toBeGreaterThan(0)
    }
  })

  it('asks for zs:stage exactly where a bizStep is shared between stages', () => {
    const agri = STANDARD.agri
    const stage = (code: string) => agri.stages.find((s) => s.code === code)!
    expect(bizStepsNeedingStage(agri, stage('slaughter'), stage('slaughter').steps[0])).toEqual(['receiving'])
    expect(bizStepsNeedingStage(agri, stage('slaughter'), stage('slaughter').steps.find((s) => s.code === 'slaughtering')!)).toEqual([])
  })
})
