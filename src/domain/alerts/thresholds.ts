/**
 * Thresholds per region (预警阈值): a setting names a region prefix (GB/T 2260 without its trailing zero
 * pairs; '' for the whole platform) and a rule. For a place, the setting with the longest matching prefix
 * wins; parameters it does not name keep their defaults.
 */
import { ZhuisuError } from '../errors.js'
import { defaultParameters, isSeverity, RULE_IDS, RULES, type RuleId, type Severity } from './rules.js'

export interface ThresholdSetting {
  regionPrefix: string
  rule: RuleId
  enabled: boolean
  severity: Severity
  parameters: Record<string, number>
}

export interface EffectiveThreshold extends ThresholdSetting {
  /** The prefix of the setting that applies, or undefined for the built-in defaults. */
  source?: string
}

export function defaultThreshold(rule: RuleId): EffectiveThreshold {
  return { regionPrefix: '', rule, enabled: true, severity: RULES[rule].severity, parameters: defaultParameters(rule) }
}

/** The applicable settings, indexed once so that each lookup is a few map reads (capture calls it per event). */
export class ThresholdBook {
  private readonly byRule = new Map<RuleId, Map<string, ThresholdSetting>>()
  private readonly memo = new Map<string, EffectiveThreshold>()

  constructor(settings: ThresholdSetting[]) {
    for (const setting of settings) {
      let byPrefix = this.byRule.get(setting.rule)
      if (!byPrefix) this.byRule.set(setting.rule, (byPrefix = new Map()))
      byPrefix.set(setting.regionPrefix, setting)
    }
  }

  /** The threshold for a rule at a place (a six-digit region code, or undefined for unknown places). */
  for(rule: RuleId, regionCode: string | undefined): EffectiveThreshold {
    const memoKey = `${rule}|${regionCode ?? ''}`
    const memoised = this.memo.get(memoKey)
    if (memoised) return memoised
    const byPrefix = this.byRule.get(rule)
    let found: ThresholdSetting | undefined
    if (byPrefix) {
      const code = regionCode ?? ''
      for (const length of [6, 4, 2, 0]) {
        found = byPrefix.get(code.slice(0, length))
        if (found && code.length >= length) break
        found = undefined
      }
    }
    const effective: EffectiveThreshold = found
      ? { ...found, parameters: { ...defaultParameters(rule), ...found.parameters }, source: found.regionPrefix }
      : defaultThreshold(rule)
    this.memo.set(memoKey, effective)
    return effective
  }

  /** The loosest enabled value of a parameter anywhere: what a sweep query may safely cut at. */
  widest(rule: RuleId, parameter: string, pick: (a: number, b: number) => number): number | undefined {
    const values: number[] = []
    const base = defaultThreshold(rule)
    if (!this.byRule.get(rule)?.has('') && base.enabled) values.push(base.parameters[parameter])
    for (const setting of this.byRule.get(rule)?.values() ?? []) {
      if (setting.enabled) values.push(setting.parameters[parameter] ?? base.parameters[parameter])
    }
    return values.length === 0 ? undefined : values.reduce(pick)
  }
}

/** Checks a setting sent by a regulator or the operator; every problem names its field. */
export function checkThresholdInput(input: { rule: string; severity?: string; parameters?: Record<string, unknown> }): void {
  if (!(RULE_IDS as readonly string[]).includes(input.rule)) throw new ZhuisuError('alert_rule_unknown', '/rule')
  if (input.severity !== undefined && !isSeverity(input.severity)) throw new ZhuisuError('alert_threshold_invalid', '/severity')
  const specs = RULES[input.rule as RuleId].parameters
  for (const [name, value] of Object.entries(input.parameters ?? {})) {
    const spec = specs[name]
    const field = `/parameters/${name}`
    if (!spec) throw new ZhuisuError('alert_threshold_invalid', field)
    if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value))) {
      throw new ZhuisuError('alert_threshold_invalid', field, { min: spec.min, max: spec.max })
    }
  }
}
