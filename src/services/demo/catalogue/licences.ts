/**
 * Licence numbers in the shapes Chinese authorities print them (cn-identifiers.md §7, categories.md). Where
 * no check algorithm is published the number only has the right shape; none of these is a real licence.
 */
import type { Licence } from '../../../domain/master-data.js'
import { provinceAbbreviation } from '../identity.js'
import type { Place } from '../places.js'
import type { Random } from '../random.js'

export interface LicenceContext {
  rng: Random
  place: Place
  /** The licence's year of issue. */
  year: number
}

export type LicenceKind =
  | 'food_sale' | 'catering' | 'canteen_food' | 'food_production' | 'animal_epidemic' | 'pig_slaughter' | 'aquaculture'
  | 'raw_milk_purchase' | 'drug_production' | 'drug_wholesale' | 'drug_retail' | 'gsp' | 'medical_institution'
  | 'pesticide_production' | 'pesticide_sale' | 'vet_drug_production' | 'vet_drug_sale' | 'fertiliser_registration'
  | 'equipment_manufacture' | 'equipment_installation' | 'cylinder_filling' | 'gas_operation' | 'inspection_body'
  | 'hazmat_sale' | 'hazmat_safety' | 'explosive_production' | 'dangerous_goods_transport'
  | 'mining' | 'customs_registration' | 'food_importer'

/** GB/T 2260 code as SC and JY numbers embed it: province 2 + city 2 + county 2. */
const digits = (rng: Random, n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0')

/** SC food-category codes (食品生产许可分类目录): 101 粮食加工品, 102 食用油, 105 乳制品, 115 酒类, 131 婴幼儿配方食品. */
export const SC_CATEGORY = { grain: '101', oil: '102', dairy: '105', liquor: '115', infantFormula: '131' } as const

const MAKERS: Record<LicenceKind, (c: LicenceContext) => [string, string]> = {
  food_sale: (c) => ['食品经营许可证', `JY1${c.place.code}${digits(c.rng, 6)}${c.rng.int(0, 9)}`],
  catering: (c) => ['食品经营许可证', `JY2${c.place.code}${digits(c.rng, 6)}${c.rng.int(0, 9)}`],
  canteen_food: (c) => ['食品经营许可证', `JY3${c.place.code}${digits(c.rng, 6)}${c.rng.int(0, 9)}`],
  food_production: (c) => ['食品生产许可证', `SC${c.rng.pick(Object.values(SC_CATEGORY))}${c.place.code}${digits(c.rng, 4)}${c.rng.int(0, 9)}`],
  animal_epidemic: (c) => ['动物防疫条件合格证', `(${c.year})${provinceAbbreviation(c.place.code)}${c.place.short[0]}动防合字第${digits(c.rng, 4)}号`],
  pig_slaughter: (c) => ['生猪定点屠宰证', `A${c.place.code.slice(0, 4)}${digits(c.rng, 4)}`],
  aquaculture: (c) => ['水域滩涂养殖证', `${provinceAbbreviation(c.place.code)}(${c.place.short})养证[${c.year}]第${digits(c.rng, 5)}号`],
  raw_milk_purchase: (c) => ['生鲜乳收购许可证', `${provinceAbbreviation(c.place.code)}${c.place.code}${digits(c.rng, 4)}`],
  drug_production: (c) => ['药品生产许可证', `${provinceAbbreviation(c.place.code)}${c.year}${digits(c.rng, 4)}`],
  drug_wholesale: (c) => ['药品经营许可证', `${provinceAbbreviation(c.place.code)}AA${c.place.areaCode.slice(1)}${digits(c.rng, 4)}`],
  drug_retail: (c) => ['药品经营许可证', `${provinceAbbreviation(c.place.code)}CB${c.place.areaCode.slice(1)}${digits(c.rng, 4)}`],
  gsp: (c) => ['药品经营质量管理规范(GSP)认证', `${provinceAbbreviation(c.place.code)}-GSP-${c.year}-${digits(c.rng, 4)}`],
  medical_institution: (c) => ['医疗机构执业许可证', `${digits(c.rng, 8)}${c.place.code}${digits(c.rng, 2)}A${digits(c.rng, 4)}`],
  pesticide_production: (c) => ['农药生产许可证', `农药生许(${provinceAbbreviation(c.place.code)}) ${digits(c.rng, 4)}`],
  pesticide_sale: (c) => ['农药经营许可证', `农药经许(${provinceAbbreviation(c.place.code)}) ${c.place.code}${digits(c.rng, 5)}`],
  vet_drug_production: (c) => ['兽药生产许可证', `(${c.year})兽药生产证字${c.place.code.slice(0, 2)}${digits(c.rng, 3)}号`],
  vet_drug_sale: (c) => ['兽药经营许可证', `(${c.year})兽药经营证字${c.place.code}${digits(c.rng, 3)}号`],
  fertiliser_registration: (c) => ['肥料登记证', `${provinceAbbreviation(c.place.code)}农肥(${c.year})准字${digits(c.rng, 4)}号`],
  equipment_manufacture: (c) => ['特种设备生产许可证(制造)', `TS2${c.place.code.slice(0, 2)}${digits(c.rng, 4)}-${c.year + 4}`],
  equipment_installation: (c) => ['特种设备生产许可证(安装改造修理)', `TS3${c.place.code.slice(0, 2)}${digits(c.rng, 4)}-${c.year + 4}`],
  cylinder_filling: (c) => ['气瓶充装许可证', `TS4${c.place.code.slice(0, 4)}${digits(c.rng, 3)}-${c.year + 4}`],
  gas_operation: (c) => ['燃气经营许可证', `${provinceAbbreviation(c.place.code)}${c.year}${c.place.code.slice(2, 4)}${digits(c.rng, 4)}`],
  inspection_body: (c) => ['特种设备检验检测机构核准证', `TS7${c.place.code.slice(0, 2)}${digits(c.rng, 3)}-${c.year + 4}`],
  hazmat_sale: (c) => ['危险化学品经营许可证', `${provinceAbbreviation(c.place.code)}${c.place.short[0]}危化经字〔${c.year}〕${digits(c.rng, 6)}`],
  hazmat_safety: (c) => ['安全生产许可证', `(${provinceAbbreviation(c.place.code)})WH安许证字[${c.year}]${digits(c.rng, 6)}`],
  explosive_production: (c) => ['民用爆炸物品生产许可证', `MB生许证字[${digits(c.rng, 3)}]号`],
  dangerous_goods_transport: (c) => ['道路运输经营许可证(危险货物)', `${provinceAbbreviation(c.place.code)}交运管许可${c.place.short[0]}字${c.place.code}${digits(c.rng, 3)}号`],
  mining: (c) => ['采矿许可证', `C${c.place.code}${c.year}${digits(c.rng, 7)}`],
  customs_registration: (c) => ['海关报关单位注册登记证书', `${c.place.code.slice(0, 4)}96${digits(c.rng, 4)}`],
  food_importer: (c) => ['进口食品进口商备案', `${c.place.code}${digits(c.rng, 5)}`],
}

const LICENCE_YEARS = 5

/** A licence issued in the last four years, valid five years from issue (so valid at the demo's now). */
export function makeLicence(kind: LicenceKind, rng: Random, place: Place, nowYear: number, nowDate: string): Licence {
  const year = nowYear - rng.int(0, LICENCE_YEARS - 1)
  const [type, number] = MAKERS[kind]({ rng, place, year })
  const monthDay = nowDate.slice(4) === '-02-29' ? '-02-28' : nowDate.slice(4)
  return { type, number, validUntil: `${year + LICENCE_YEARS}${monthDay}` }
}
