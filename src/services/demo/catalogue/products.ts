/**
 * What each producing role makes. Brand owners' products carry GTINs under their GS1 prefix; farm produce,
 * ores and equipment without GS1 numbers get the platform's own codes when their lots or items are issued.
 * Region filters (by GB/T 2260 prefix) give each place its specialities: 梅州金柚, 惠州荔枝, 海南菠萝, 中牟大蒜.
 */
import type { CategoryCode } from '../../../domain/categories.js'
import type { Random } from '../random.js'
import type { RoleName } from './roles.js'

export interface ForeignOrigin {
  /** GS1 member-organisation prefix of the brand owner's country. */
  memberOrganisation: string
  country: string
  countryName: string
  maker: string
  address: string
  contact: string
}

export interface ProductTemplate {
  key: string
  name: string
  specification?: string
  uom: string
  category: CategoryCode
  /** GTIN under the producer's (or foreign brand owner's) prefix. */
  gtin?: boolean
  shelfLifeDays?: number
  approval?: (rng: Random, year: number) => string
  /** Region-code prefixes of the producers that make it; absent = all. */
  regions?: string[]
  /** The product's origin is its producer's county (farm produce, ores). */
  localOrigin?: boolean
  foreign?: ForeignOrigin
  /** Key of the raw material it is made from, for chains that need the pairing. */
  input?: string
}

const digits = (rng: Random, n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0')
const drugApproval = (rng: Random, year: number) => `国药准字H${year - rng.int(5, 20)}${digits(rng, 4)}`
const formulaApproval = (rng: Random, year: number) => `国食注字YP${year - rng.int(1, 6)}${digits(rng, 4)}`

const produce = (key: string, name: string, regions: string[], specification?: string): ProductTemplate => ({
  key, name, specification, uom: 'KGM', category: 'agri', regions, localOrigin: true,
})

const imported = (key: string, name: string, specification: string, shelfLifeDays: number | undefined, foreign: ForeignOrigin): ProductTemplate => ({
  key, name, specification, uom: 'H87', category: 'import', gtin: true, shelfLifeDays, foreign,
})

export const PRODUCTS: Partial<Record<RoleName, ProductTemplate[]>> = {
  pig_farm: [{ key: 'pig', name: '生猪', specification: '杜长大三元商品猪', uom: 'H87', category: 'agri', localOrigin: true }],
  veg_farm: [
    produce('veg', '菜心', ['4414'], '一级 扎装'), produce('veg', '芥菜', ['4414']), produce('veg', '生菜', ['4414', '4601']),
    produce('veg', '梅菜', ['4413'], '鲜梅菜'), produce('veg', '菜心', ['4413']), produce('veg', '西洋菜', ['4413']),
    produce('veg', '空心菜', ['4601']), produce('veg', '豇豆', ['4601']),
    produce('veg', '大白菜', ['4101']), produce('veg', '中牟大蒜', ['4101'], '鲜蒜 5cm以上'), produce('veg', '西红柿', ['4101']),
  ],
  aqua_farm: [
    produce('fish', '草鱼', ['4414', '4101'], '鲜活 1.5kg以上'), produce('fish', '鳙鱼', ['4414']), produce('fish', '南美白对虾', ['4413'], '鲜活 40-50头/斤'),
    produce('fish', '罗非鱼', ['4413', '4601']), produce('fish', '石斑鱼', ['4601'], '鲜活'), produce('fish', '黄河鲤鱼', ['4101']),
  ],
  fruit_farm: [
    produce('fruit', '梅州金柚', ['4414'], '特级 单果1.2kg以上'), produce('fruit', '荔枝', ['4413'], '糯米糍'), produce('fruit', '龙眼', ['4413']),
    produce('fruit', '菠萝', ['4601'], '金钻凤梨'), produce('fruit', '芒果', ['4601'], '贵妃芒'), produce('fruit', '中牟西瓜', ['4101']), produce('fruit', '新郑大枣', ['4101'], '灰枣 一级'),
  ],
  slaughterhouse: [
    { key: 'carcass', name: '白条猪肉', specification: '冷鲜 二分体', uom: 'KGM', category: 'agri', gtin: true, shelfLifeDays: 3 },
    { key: 'cuts', name: '冷鲜分割猪肉', specification: '前腿肉/后腿肉/五花肉 托盘装', uom: 'KGM', category: 'agri', gtin: true, shelfLifeDays: 5 },
  ],
  dairy_farm: [{ key: 'raw_milk', name: '生鲜乳', specification: '荷斯坦奶牛 蛋白质≥3.0g/100g', uom: 'KGM', category: 'agri', localOrigin: true }],
  dairy_plant: [
    { key: 'formula_1', name: '婴儿配方乳粉(0-6月龄,1段)', specification: '800g/罐', uom: 'H87', category: 'food', gtin: true, shelfLifeDays: 720, approval: formulaApproval, input: 'raw_milk' },
    { key: 'formula_2', name: '较大婴儿配方乳粉(6-12月龄,2段)', specification: '800g/罐', uom: 'H87', category: 'food', gtin: true, shelfLifeDays: 720, approval: formulaApproval, input: 'raw_milk' },
    { key: 'uht_milk', name: '纯牛奶', specification: '250mL×12盒/箱', uom: 'H87', category: 'food', gtin: true, shelfLifeDays: 180, input: 'raw_milk' },
  ],
  rice_farm: [produce('paddy', '稻谷', ['2301'], '稻花香2号')],
  rice_mill: [{ key: 'rice', name: '五常大米', specification: '稻花香 一级 5kg/袋', uom: 'H87', category: 'food', gtin: true, shelfLifeDays: 365, input: 'paddy' }],
  peanut_farm: [produce('peanut', '花生', ['4101'], '白沙 干果')],
  oil_mill: [{ key: 'peanut_oil', name: '压榨一级花生油', specification: '5L/桶', uom: 'H87', category: 'food', gtin: true, shelfLifeDays: 540, input: 'peanut' }],
  grain_farm: [produce('glutinous_rice', '糯稻', ['4414'])],
  distillery: [
    { key: 'liquor', name: '长乐烧白酒', specification: '52%vol 500mL/瓶', uom: 'H87', category: 'food', gtin: true, input: 'glutinous_rice' },
    { key: 'rice_wine', name: '客家娘酒', specification: '12%vol 750mL/瓶', uom: 'H87', category: 'food', gtin: true, shelfLifeDays: 730, input: 'glutinous_rice' },
  ],
  herb_farm: [produce('herb', '三七', ['5326'], '春七 60头 干货')],
  tcm_maker: [{ key: 'decoction_pieces', name: '三七(饮片)', specification: '切片 1kg/袋', uom: 'KGM', category: 'drug', gtin: true, shelfLifeDays: 730, input: 'herb' }],
  api_maker: [
    { key: 'api_amoxicillin', name: '阿莫西林(原料药)', specification: '25kg/桶', uom: 'KGM', category: 'drug', gtin: true, shelfLifeDays: 1095, approval: drugApproval },
    { key: 'api_metformin', name: '盐酸二甲双胍(原料药)', specification: '25kg/桶', uom: 'KGM', category: 'drug', gtin: true, shelfLifeDays: 1095, approval: drugApproval },
  ],
  mah: [
    { key: 'amoxicillin', name: '阿莫西林胶囊', specification: '0.25g×24粒/盒', uom: 'H87', category: 'drug', gtin: true, shelfLifeDays: 730, approval: drugApproval, input: 'api_amoxicillin' },
    { key: 'metformin', name: '盐酸二甲双胍片', specification: '0.5g×60片/盒', uom: 'H87', category: 'drug', gtin: true, shelfLifeDays: 1095, approval: drugApproval, input: 'api_metformin' },
  ],
  pesticide_maker: [
    { key: 'pesticide', name: '10%吡虫啉可湿性粉剂', specification: '100g/袋', uom: 'H87', category: 'agri_input', gtin: true, shelfLifeDays: 730, approval: (rng, y) => `PD${y - rng.int(3, 15)}${digits(rng, 4)}` },
    { key: 'pesticide', name: '1.8%阿维菌素乳油', specification: '200mL/瓶', uom: 'H87', category: 'agri_input', gtin: true, shelfLifeDays: 730, approval: (rng, y) => `PD${y - rng.int(3, 15)}${digits(rng, 4)}` },
  ],
  vet_maker: [
    { key: 'vet_drug', name: '10%阿莫西林可溶性粉(兽用)', specification: '500g/袋', uom: 'H87', category: 'agri_input', gtin: true, shelfLifeDays: 730, approval: (rng, y) => `兽药字(${y - rng.int(1, 5)})16${digits(rng, 5)}` },
    { key: 'vet_drug', name: '1%伊维菌素注射液(兽用)', specification: '100mL/瓶', uom: 'H87', category: 'agri_input', gtin: true, shelfLifeDays: 730, approval: (rng, y) => `兽药字(${y - rng.int(1, 5)})16${digits(rng, 5)}` },
  ],
  fertiliser_maker: [
    { key: 'fertiliser', name: '硫酸钾型复合肥(15-15-15)', specification: '40kg/袋', uom: 'H87', category: 'agri_input', gtin: true, approval: (rng, y) => `滇农肥(${y - rng.int(1, 4)})准字${digits(rng, 4)}号` },
  ],
  elevator_maker: [{ key: 'elevator', name: '曳引驱动乘客电梯', specification: '额定载重量1050kg 额定速度1.75m/s', uom: 'H87', category: 'equipment' }],
  cylinder_maker: [{ key: 'cylinder', name: '液化石油气钢瓶YSP35.5', specification: '公称容积35.5L 最大充装量15kg', uom: 'H87', category: 'equipment' }],
  filling_station: [{ key: 'lpg', name: '液化石油气(瓶装充装)', specification: 'GB 11174', uom: 'KGM', category: 'equipment' }],
  chemical_maker: [
    { key: 'chemical', name: '氰化钠(剧毒)', specification: '≥98% 固体 50kg/桶', uom: 'KGM', category: 'hazardous', gtin: true, shelfLifeDays: 730, regions: ['1301'] },
    { key: 'chemical', name: '硝酸铵(易制爆)', specification: '多孔粒状 25kg/袋', uom: 'KGM', category: 'hazardous', gtin: true, shelfLifeDays: 365, regions: ['4108'] },
  ],
  explosive_maker: [{ key: 'explosive', name: '乳化炸药(民用爆炸物品)', specification: 'Φ32mm 200g/卷 24kg/箱', uom: 'KGM', category: 'hazardous', gtin: true, shelfLifeDays: 180 }],
  re_mine: [
    { key: 'ore', name: '离子型稀土精矿', specification: 'REO≥92%', uom: 'TNE', category: 'rare_earth', regions: ['3607'], localOrigin: true },
    { key: 'ore', name: '混合稀土精矿', specification: 'REO≥50%', uom: 'TNE', category: 'rare_earth', regions: ['1502'], localOrigin: true },
  ],
  re_smelter: [
    { key: 'oxide', name: '氧化镨钕', specification: 'TREO≥99% Pr6O11/TREO 25%', uom: 'KGM', category: 'rare_earth' },
    { key: 'oxide', name: '氧化镝', specification: 'Dy2O3/TREO≥99.5%', uom: 'KGM', category: 'rare_earth', regions: ['3607'] },
    { key: 'oxide', name: '氧化铽', specification: 'Tb4O7/TREO≥99.99%', uom: 'KGM', category: 'rare_earth', regions: ['3607'] },
    { key: 'oxide', name: '氧化镧', specification: 'La2O3/TREO≥99.99%', uom: 'KGM', category: 'rare_earth', regions: ['1502'] },
    { key: 'oxide', name: '氧化铈', specification: 'CeO2/TREO≥99.95%', uom: 'KGM', category: 'rare_earth', regions: ['1502'] },
  ],
  re_magnet: [{ key: 'magnet', name: '烧结钕铁硼磁体', specification: 'N52 毛坯', uom: 'KGM', category: 'rare_earth' }],
  importer: [
    imported('imported', '婴儿配方乳粉(0-6月龄,1段)', '900g/罐 新西兰原装进口', 730, { memberOrganisation: '942', country: 'NZ', countryName: '新西兰', maker: 'Canterbury Pastures Dairy Ltd', address: '48 Dairy Road, Ashburton, Canterbury, New Zealand', contact: '+64 3 307 2210' }),
    imported('imported', '波尔多干红葡萄酒', '13.5%vol 750mL/瓶', undefined, { memberOrganisation: '350', country: 'FR', countryName: '法国', maker: 'Château Belle-Rive SAS', address: '12 Route des Vignes, 33250 Pauillac, France', contact: '+33 5 56 59 01 20' }),
    imported('imported', '单一麦芽苏格兰威士忌', '40%vol 700mL/瓶', undefined, { memberOrganisation: '501', country: 'GB', countryName: '英国', maker: 'Glen Corrie Distillers Ltd', address: 'Corrie Road, Dufftown AB55 4DH, Scotland, UK', contact: '+44 1340 820 301' }),
    imported('imported', '特级初榨橄榄油', '1L/瓶', 720, { memberOrganisation: '841', country: 'ES', countryName: '西班牙', maker: 'Olivares del Sur S.L.', address: 'Camino de los Olivos 7, 23001 Jaén, Spain', contact: '+34 953 24 11 08' }),
    imported('imported', '泰国茉莉香米', '5kg/袋', 540, { memberOrganisation: '885', country: 'TH', countryName: '泰国', maker: 'Siam Golden Rice Co., Ltd.', address: '88 Moo 3, Mueang Surin, Surin 32000, Thailand', contact: '+66 44 511 230' }),
    imported('imported', '天然矿泉水', '500mL×24瓶/箱', 730, { memberOrganisation: '376', country: 'FR', countryName: '法国', maker: 'Source des Alpes SA', address: '3 Avenue des Sources, 74500 Évian-les-Bains, France', contact: '+33 4 50 26 80 00' }),
    imported('imported', '锡兰红茶', '100g/盒', 1095, { memberOrganisation: '479', country: 'LK', countryName: '斯里兰卡', maker: 'Nuwara Highlands Tea (Pvt) Ltd', address: 'Estate Road, Nuwara Eliya 22200, Sri Lanka', contact: '+94 52 222 3190' }),
  ],
}

/** Roles whose products are registered once for all of them (a foreign brand's GTIN belongs to no importer). */
export const SHARED_PRODUCT_ROLES: RoleName[] = ['importer']

/** How many of the matching templates a party of the role registers (importers carry a selection). */
export const PRODUCTS_PER_PARTY: Partial<Record<RoleName, number>> = { veg_farm: 2, aqua_farm: 1, fruit_farm: 1, re_smelter: 3, pesticide_maker: 2, vet_maker: 2 }
