/**
 * The parties of the demo by role: what kind of party each is (PARTY_KINDS), the categories it works in,
 * its USCC type, where it sits, how many there are at a given scale, how it is named and which licences
 * it holds. Local roles exist in each of the four cities; supplier roles sit in their producing regions.
 */
import type { CategoryCode } from '../../../domain/categories.js'
import type { PartyKind } from '../../../domain/master-data.js'
import type { UsccType } from '../identity.js'
import type { Place, SupplierKey } from '../places.js'
import type { LicenceKind } from './licences.js'

export interface NameContext {
  place: Place
  /** Trade name (字号), e.g. 丰源. */
  brand: string
  surname: string
  /** The 农贸市场 a stall is in. */
  market: string
  /** Running number of the party within its role and place (1, 2, …). */
  index: number
}

export interface RoleSpec {
  kind: PartyKind
  categories: CategoryCode[]
  uscc: UsccType
  /** 'city': some in every demo city; otherwise the supplier regions it is spread over. */
  where: 'city' | SupplierKey[]
  /** Parties per city (local roles) or in all (supplier roles), at a scale of 1 (small demo) and up. */
  count: (scale: number) => number
  name: (c: NameContext) => string
  site: (c: NameContext) => { name: string; kind: string }
  licences: LicenceKind[]
  /** Brand owners get a GS1 company prefix for their GTINs and site GLNs. */
  gs1?: boolean
  /**
   * Where in a city the parties sit: all in the central district (the wholesale market and its traders),
   * the first one there (city-level hospitals, distributors), or spread over the counties (default).
   */
  seat?: 'central' | 'first_central'
}

const few = (base: number, per: number) => (scale: number) => base + Math.ceil((scale - 1) / per)
const city = (c: NameContext) => c.place.city?.name ?? c.place.prefix
const cityShort = (c: NameContext) => city(c).replace(/市$/, '')
const plant = (label: string) => (c: NameContext) => ({ name: `${c.brand}${label}`, kind: 'plant' })

export const ROLES = {
  // ---- local: 食用农产品 ----
  pig_farm: {
    kind: 'farm', categories: ['agri'], uscc: '91', where: 'city', count: few(2, 1), licences: ['animal_epidemic'],
    name: (c) => `${c.place.short}${c.brand}生猪养殖场`, site: (c) => ({ name: `${c.brand}生猪养殖场${c.index}号猪舍`, kind: 'farm' }),
  },
  veg_farm: {
    kind: 'farm', categories: ['agri'], uscc: '93', where: 'city', count: few(2, 1), licences: [],
    name: (c) => `${c.place.short}${c.brand}蔬菜专业合作社`, site: (c) => ({ name: `${c.brand}蔬菜种植基地`, kind: 'farm' }),
  },
  aqua_farm: {
    kind: 'farm', categories: ['agri'], uscc: '91', where: 'city', count: few(1, 2), licences: ['aquaculture'],
    name: (c) => `${c.place.short}${c.brand}水产养殖有限公司`, site: (c) => ({ name: `${c.brand}养殖塘区`, kind: 'farm' }),
  },
  fruit_farm: {
    kind: 'farm', categories: ['agri'], uscc: '93', where: 'city', count: few(1, 2), licences: [],
    name: (c) => `${c.place.short}${c.brand}果业专业合作社`, site: (c) => ({ name: `${c.brand}果园`, kind: 'farm' }),
  },
  slaughterhouse: {
    kind: 'slaughterhouse', categories: ['agri'], uscc: '91', where: 'city', count: few(1, 6), licences: ['pig_slaughter', 'animal_epidemic'], gs1: true,
    name: (c) => `${cityShort(c)}${c.brand}肉类联合加工有限公司`, site: (c) => ({ name: `${c.brand}生猪定点屠宰厂`, kind: 'plant' }),
  },
  wholesale_market: {
    seat: 'central', kind: 'wholesale_market', categories: ['agri', 'food'], uscc: '91', where: 'city', count: () => 1, licences: ['food_sale'],
    name: (c) => `${city(c)}农产品批发市场有限公司`, site: (c) => ({ name: `${city(c)}农产品批发市场`, kind: 'market' }),
  },
  wholesaler: {
    seat: 'central', kind: 'wholesaler', categories: ['agri'], uscc: '92', where: 'city', count: few(2, 2), licences: ['food_sale'],
    name: (c) => `${city(c)}农产品批发市场${c.surname}记农产品批发行`, site: (c) => ({ name: `${city(c)}农产品批发市场${String.fromCharCode(64 + c.index)}区${10 + c.index}号`, kind: 'stall' }),
  },
  stall: {
    kind: 'retailer', categories: ['agri'], uscc: '92', where: 'city', count: few(4, 0.5), licences: ['food_sale'],
    name: (c) => `${c.place.short}${c.market}${c.surname}记肉菜档`, site: (c) => ({ name: `${c.market}${c.index}号摊位`, kind: 'stall' }),
  },
  supermarket: {
    kind: 'supermarket', categories: ['agri', 'food', 'import'], uscc: '91', where: 'city', count: few(1, 2), licences: ['food_sale'],
    name: (c) => `${cityShort(c)}${c.brand}超市有限公司`, site: (c) => ({ name: `${c.brand}超市${c.place.short}店`, kind: 'store' }),
  },
  canteen: {
    kind: 'canteen', categories: ['agri', 'food'], uscc: '12', where: 'city', count: few(1, 2), licences: ['canteen_food'],
    name: (c) => `${c.place.name}${['第一中学', '实验小学', '城北小学', '第二中学', '华侨中学', '育才学校', '城南小学', '第三中学', '人民小学', '职业技术学校'][c.index % 10]}`, site: () => ({ name: '学生食堂', kind: 'canteen' }),
  },
  food_distributor: {
    seat: 'first_central', kind: 'wholesaler', categories: ['food', 'import'], uscc: '91', where: 'city', count: few(1, 3), licences: ['food_sale'],
    name: (c) => `${cityShort(c)}${c.brand}食品贸易有限公司`, site: (c) => ({ name: `${c.brand}食品配送中心`, kind: 'warehouse' }),
  },
  // ---- local: 药品 ----
  drug_distributor: {
    seat: 'first_central', kind: 'distributor', categories: ['drug'], uscc: '91', where: 'city', count: few(1, 4), licences: ['drug_wholesale', 'gsp'],
    name: (c) => `${cityShort(c)}${c.brand}医药有限公司`, site: (c) => ({ name: `${c.brand}医药物流中心`, kind: 'warehouse' }),
  },
  hospital: {
    seat: 'first_central', kind: 'hospital', categories: ['drug'], uscc: '12', where: 'city', count: few(1, 4), licences: ['medical_institution'],
    name: (c) => (c.index === 1 ? `${city(c)}人民医院` : c.index === 2 ? `${city(c)}中医医院` : `${c.place.name}人民医院`), site: () => ({ name: '药剂科', kind: 'pharmacy' }),
  },
  pharmacy: {
    kind: 'pharmacy', categories: ['drug'], uscc: '91', where: 'city', count: few(2, 1), licences: ['drug_retail', 'gsp'],
    name: (c) => `${cityShort(c)}${c.brand}大药房有限公司${c.place.short}分店`, site: (c) => ({ name: `${c.brand}大药房${c.place.short}店`, kind: 'store' }),
  },
  // ---- local: 农资, 特种设备, 危险品, 进口 ----
  input_dealer: {
    kind: 'retailer', categories: ['agri_input'], uscc: '92', where: 'city', count: few(1, 3), licences: ['pesticide_sale', 'vet_drug_sale'],
    name: (c) => `${c.place.short}${c.brand}农资经营部`, site: (c) => ({ name: `${c.brand}农资门店`, kind: 'store' }),
  },
  property: {
    kind: 'user', categories: ['equipment'], uscc: '91', where: 'city', count: few(1, 3), licences: [],
    name: (c) => `${cityShort(c)}${c.brand}物业服务有限公司`, site: (c) => ({ name: `${c.brand}花园${c.index}栋`, kind: 'building' }),
  },
  maintainer: {
    kind: 'maintainer', categories: ['equipment'], uscc: '91', where: 'city', count: few(1, 4), licences: ['equipment_installation'],
    name: (c) => `${cityShort(c)}${c.brand}电梯工程有限公司`, site: (c) => ({ name: `${c.brand}电梯维保站`, kind: 'workshop' }),
  },
  inspection_body: {
    seat: 'central', kind: 'lab', categories: ['equipment'], uscc: '12', where: 'city', count: () => 1, licences: ['inspection_body'],
    name: (c) => `${c.place.prefix.slice(0, 3)}特种设备检测研究院${cityShort(c)}检测院`, site: () => ({ name: '电梯检验部', kind: 'lab' }),
  },
  filling_station: {
    kind: 'filling_station', categories: ['equipment'], uscc: '91', where: 'city', count: few(1, 4), licences: ['cylinder_filling', 'gas_operation'],
    name: (c) => `${cityShort(c)}${c.brand}燃气有限公司`, site: (c) => ({ name: `${c.brand}液化气充装站${c.place.short}站`, kind: 'filling_station' }),
  },
  restaurant: {
    kind: 'user', categories: ['equipment'], uscc: '92', where: 'city', count: few(1, 3), licences: ['catering'],
    name: (c) => `${c.place.short}${c.brand}${['客家菜馆', '酒楼', '农庄', '大排档'][c.index % 4]}`, site: () => ({ name: '后厨', kind: 'kitchen' }),
  },
  hazmat_dealer: {
    seat: 'first_central', kind: 'distributor', categories: ['hazardous'], uscc: '91', where: 'city', count: () => 1, licences: ['hazmat_sale'],
    name: (c) => `${cityShort(c)}${c.brand}化工有限公司`, site: (c) => ({ name: `${c.brand}危险化学品仓库`, kind: 'warehouse' }),
  },
  hazmat_logistics: {
    seat: 'first_central', kind: 'logistics', categories: ['hazardous'], uscc: '91', where: 'city', count: () => 1, licences: ['dangerous_goods_transport'],
    name: (c) => `${cityShort(c)}${c.brand}危险货物运输有限公司`, site: (c) => ({ name: `${c.brand}危货车辆停车场`, kind: 'depot' }),
  },
  hazmat_user: {
    kind: 'user', categories: ['hazardous'], uscc: '91', where: 'city', count: few(1, 6), licences: ['hazmat_safety'],
    name: (c) => `${c.place.short}${c.brand}${c.index % 2 ? '矿业有限公司' : '爆破工程有限公司'}`, site: (c) => ({ name: `${c.brand}作业区仓库`, kind: 'magazine' }),
  },
  importer: {
    seat: 'first_central', kind: 'importer', categories: ['import', 'food'], uscc: '91', where: 'city', count: few(1, 6), licences: ['customs_registration', 'food_importer', 'food_sale'],
    name: (c) => `${cityShort(c)}${c.brand}进出口贸易有限公司`, site: (c) => ({ name: `${c.brand}进口商品保税仓`, kind: 'warehouse' }),
  },
  ecommerce: {
    seat: 'central', kind: 'ecommerce', categories: ['import'], uscc: '91', where: 'city', count: () => 1, licences: ['food_sale'],
    name: (c) => `${cityShort(c)}${c.brand}跨境电子商务有限公司`, site: (c) => ({ name: `${c.brand}跨境电商监管仓`, kind: 'warehouse' }),
  },
  // ---- suppliers elsewhere ----
  dairy_farm: {
    kind: 'farm', categories: ['agri'], uscc: '91', where: ['tumedZuoqi', 'wuchuan'], count: few(2, 6), licences: ['animal_epidemic', 'raw_milk_purchase'],
    name: (c) => `${c.place.name}${c.brand}牧业有限公司`, site: (c) => ({ name: `${c.brand}奶牛牧场`, kind: 'farm' }),
  },
  dairy_plant: {
    kind: 'manufacturer', categories: ['food'], uscc: '91', where: ['saihan'], count: few(1, 9), licences: ['food_production'], gs1: true,
    name: (c) => `内蒙古${c.brand}乳业有限公司`, site: plant('乳品工厂'),
  },
  rice_farm: {
    kind: 'farm', categories: ['agri'], uscc: '93', where: ['wuchang'], count: few(2, 9), licences: [],
    name: (c) => `五常市${c.brand}水稻种植专业合作社`, site: (c) => ({ name: `${c.brand}稻田`, kind: 'farm' }),
  },
  rice_mill: {
    kind: 'processor', categories: ['food'], uscc: '91', where: ['wuchang'], count: () => 1, licences: ['food_production'], gs1: true,
    name: (c) => `五常市${c.brand}米业有限公司`, site: plant('大米加工厂'),
  },
  peanut_farm: {
    kind: 'farm', categories: ['agri'], uscc: '93', where: ['zhongmu'], count: few(1, 9), licences: [],
    name: (c) => `中牟县${c.brand}花生种植专业合作社`, site: (c) => ({ name: `${c.brand}花生基地`, kind: 'farm' }),
  },
  oil_mill: {
    kind: 'manufacturer', categories: ['food'], uscc: '91', where: ['xinzheng'], count: () => 1, licences: ['food_production'], gs1: true,
    name: (c) => `河南${c.brand}粮油有限公司`, site: plant('油脂厂'),
  },
  grain_farm: {
    kind: 'farm', categories: ['agri'], uscc: '93', where: ['wuhua', 'xingning'], count: few(1, 9), licences: [],
    name: (c) => `${c.place.name}${c.brand}糯稻专业合作社`, site: (c) => ({ name: `${c.brand}糯稻基地`, kind: 'farm' }),
  },
  distillery: {
    kind: 'manufacturer', categories: ['food'], uscc: '91', where: ['wuhua'], count: () => 1, licences: ['food_production'], gs1: true,
    name: (c) => `五华县长乐${c.brand}酒业有限公司`, site: plant('酒厂'),
  },
  herb_farm: {
    kind: 'farm', categories: ['agri'], uscc: '93', where: ['maguan'], count: few(2, 6), licences: [],
    name: (c) => `马关县${c.brand}三七种植专业合作社`, site: (c) => ({ name: `${c.brand}三七种植基地`, kind: 'farm' }),
  },
  herb_trader: {
    kind: 'wholesaler', categories: ['agri'], uscc: '91', where: ['guandu'], count: few(1, 9), licences: [],
    name: (c) => `昆明${c.brand}药材有限公司`, site: (c) => ({ name: `${c.brand}中药材仓库`, kind: 'warehouse' }),
  },
  tcm_maker: {
    kind: 'manufacturer', categories: ['drug'], uscc: '91', where: ['meixian', 'jinshui'], count: () => 2, licences: ['drug_production'], gs1: true,
    name: (c) => `${c.place.short}${c.brand}中药饮片有限公司`, site: plant('饮片车间'),
  },
  api_maker: {
    kind: 'manufacturer', categories: ['drug'], uscc: '91', where: ['dingzhou', 'qinyang'], count: () => 2, licences: ['drug_production'], gs1: true,
    name: (c) => `${c.place.short}${c.brand}原料药有限公司`, site: plant('原料药车间'),
  },
  mah: {
    kind: 'manufacturer', categories: ['drug'], uscc: '91', where: ['xiuying', 'jinshui', 'huicheng'], count: few(3, 9), licences: ['drug_production', 'gsp'], gs1: true,
    name: (c) => `${c.place.prefix.slice(0, 2)}${c.brand}药业有限公司`, site: plant('制剂车间'),
  },
  pesticide_maker: {
    kind: 'manufacturer', categories: ['agri_input'], uscc: '91', where: ['licheng', 'lanshan'], count: () => 2, licences: ['pesticide_production'], gs1: true,
    name: (c) => `山东${c.brand}农化有限公司`, site: plant('农药制剂车间'),
  },
  vet_maker: {
    kind: 'manufacturer', categories: ['agri_input'], uscc: '91', where: ['jinshui'], count: () => 1, licences: ['vet_drug_production'], gs1: true,
    name: (c) => `河南${c.brand}动物药业有限公司`, site: plant('兽药GMP车间'),
  },
  fertiliser_maker: {
    kind: 'manufacturer', categories: ['agri_input'], uscc: '91', where: ['anning'], count: () => 1, licences: ['fertiliser_registration'], gs1: true,
    name: (c) => `云南${c.brand}化肥有限公司`, site: plant('复合肥厂'),
  },
  elevator_maker: {
    kind: 'manufacturer', categories: ['equipment'], uscc: '91', where: ['panyu', 'wuzhong'], count: () => 2, licences: ['equipment_manufacture'],
    name: (c) => `${c.place.prefix.slice(3, 5)}${c.brand}电梯有限公司`, site: plant('电梯制造基地'),
  },
  cylinder_maker: {
    kind: 'manufacturer', categories: ['equipment'], uscc: '91', where: ['huiyang'], count: () => 1, licences: ['equipment_manufacture'],
    name: (c) => `惠州${c.brand}钢瓶有限公司`, site: plant('钢瓶厂'),
  },
  chemical_maker: {
    kind: 'manufacturer', categories: ['hazardous'], uscc: '91', where: ['yuanshi', 'qinyang'], count: () => 2, licences: ['hazmat_safety'], gs1: true,
    name: (c) => `${c.place.prefix.slice(3, 6).replace(/[省市]/g, '')}${c.brand}化工有限公司`, site: plant('化工厂'),
  },
  explosive_maker: {
    kind: 'manufacturer', categories: ['hazardous'], uscc: '91', where: ['zhanggong'], count: () => 1, licences: ['explosive_production'], gs1: true,
    name: (c) => `江西${c.brand}民爆器材有限公司`, site: plant('乳化炸药生产线'),
  },
  re_mine: {
    kind: 'mine', categories: ['rare_earth'], uscc: '91', where: ['ningdu', 'anyuan', 'bayanObo'], count: () => 3, licences: ['mining'],
    name: (c) => `${c.place.prefix.slice(-3, -1)}${c.brand}稀土矿业有限公司`, site: (c) => ({ name: `${c.place.short}稀土矿区`, kind: 'mine' }),
  },
  re_smelter: {
    kind: 'smelter', categories: ['rare_earth'], uscc: '91', where: ['nankang', 'jiuyuan'], count: () => 2, licences: ['hazmat_safety'],
    name: (c) => `${c.place.prefix.slice(-3, -1)}${c.brand}稀土冶炼分离有限公司`, site: plant('冶炼分离厂'),
  },
  re_magnet: {
    kind: 'processor', categories: ['rare_earth'], uscc: '91', where: ['yuyao', 'zhanggong', 'kundulun'], count: () => 3, licences: [],
    name: (c) => `${c.place.prefix.slice(-3, -1)}${c.brand}磁业有限公司`, site: plant('钕铁硼磁材车间'),
  },
  re_trader: {
    kind: 'wholesaler', categories: ['rare_earth'], uscc: '91', where: ['tianhe'], count: () => 1, licences: ['customs_registration'],
    name: (c) => `广州${c.brand}稀土贸易有限公司`, site: (c) => ({ name: `${c.brand}稀土仓库`, kind: 'warehouse' }),
  },
} satisfies Record<string, RoleSpec>

export type RoleName = keyof typeof ROLES
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[]
