/**
 * Which licence a receiver needs per category (unlicensed_receiver). A receiver passes when it holds one of
 * the accepted licence types, valid on the day of the event. End users (farms using inputs, equipment users)
 * need none. Sources: 食品安全法 §35 (食品经营许可), 药品管理法 §51–52 (药品经营许可) and §53 (医疗机构),
 * 危险化学品安全管理条例 §33 (危险化学品经营许可), 农药管理条例 §24, 兽药管理条例 §22.
 */
import type { CategoryCode } from '../categories.js'
import type { Licence, PartyKind } from '../master-data.js'

export interface LicenceRequirement {
  accepted: readonly string[]
  /** Kinds of receiver that need no licence for this category (end users). */
  exempt: readonly PartyKind[]
}

const FOOD_LICENCES = ['食品经营许可证', '食品生产许可证'] as const

export const LICENCE_REQUIREMENTS: Partial<Record<CategoryCode, LicenceRequirement>> = {
  food: { accepted: FOOD_LICENCES, exempt: ['user'] },
  import: { accepted: [...FOOD_LICENCES, '海关报关单位注册登记证书'], exempt: ['user'] },
  drug: { accepted: ['药品经营许可证', '药品生产许可证', '医疗机构执业许可证'], exempt: [] },
  hazardous: { accepted: ['危险化学品经营许可证', '安全生产许可证', '民用爆炸物品生产许可证', '道路运输经营许可证(危险货物)'], exempt: [] },
  agri_input: { accepted: ['农药经营许可证', '兽药经营许可证', '农药生产许可证', '兽药生产许可证', '肥料登记证'], exempt: ['farm', 'user'] },
}

/** The licence that satisfies the category's requirement on `day` (YYYY-MM-DD), undefined when none does. */
export function missingLicence(category: CategoryCode, receiver: { kind: PartyKind; licences: Licence[] }, day: string): LicenceRequirement | undefined {
  const requirement = LICENCE_REQUIREMENTS[category]
  if (!requirement || requirement.exempt.includes(receiver.kind)) return undefined
  const valid = receiver.licences.some((l) => requirement.accepted.includes(l.type) && (!l.validUntil || l.validUntil.slice(0, 10) >= day))
  return valid ? undefined : requirement
}
