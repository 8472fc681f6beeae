/**
 * Where the demo happens: four pilot cities with their real GB/T 2260 county codes (梅州、惠州、海口、郑州)
 * and the supplier regions elsewhere in China that feed them. Every code here must be known to
 * src/domain/regions.ts (the demo tests check each one), so a renamed or retired division shows up there.
 */

export const CITY_KEYS = ['meizhou', 'huizhou', 'haikou', 'zhengzhou'] as const
export type CityKey = (typeof CITY_KEYS)[number]

export interface County {
  code: string
  name: string
  /** Name used inside enterprise names (梅江区 → 梅江). */
  short: string
}

export interface City {
  key: CityKey
  /** Prefecture code (xxxx00). */
  code: string
  name: string
  province: string
  /** Telephone area code, for contact numbers. */
  areaCode: string
  /** Vehicle plate prefix, for waybills. */
  plate: string
  counties: County[]
  streets: string[]
  /** Retail 农贸市场 where stall holders trade. */
  markets: string[]
  /** Share of the demo's chains run in this city. */
  weight: number
}

const county = (code: string, name: string, short: string): County => ({ code, name, short })

export const CITIES: Record<CityKey, City> = {
  meizhou: {
    key: 'meizhou', code: '441400', name: '梅州市', province: '广东省', areaCode: '0753', plate: '粤M', weight: 0.4,
    counties: [
      county('441402', '梅江区', '梅江'), county('441403', '梅县区', '梅县'), county('441422', '大埔县', '大埔'),
      county('441423', '丰顺县', '丰顺'), county('441424', '五华县', '五华'), county('441426', '平远县', '平远'),
      county('441427', '蕉岭县', '蕉岭'), county('441481', '兴宁市', '兴宁'),
    ],
    streets: ['江南路', '梅州大道', '彬芳大道', '嘉应路', '梅水路', '新中路', '华南大道', '金山路'],
    markets: ['金山农贸市场', '华南农贸市场', '江南农贸市场', '三角农贸市场', '新中农贸市场'],
  },
  huizhou: {
    key: 'huizhou', code: '441300', name: '惠州市', province: '广东省', areaCode: '0752', plate: '粤L', weight: 0.25,
    counties: [
      county('441302', '惠城区', '惠城'), county('441303', '惠阳区', '惠阳'), county('441322', '博罗县', '博罗'),
      county('441323', '惠东县', '惠东'), county('441324', '龙门县', '龙门'),
    ],
    streets: ['江北文明一路', '惠州大道', '演达大道', '麦地路', '鹅岭北路', '河南岸路', '淡水人民路'],
    markets: ['桥东农贸市场', '江北农贸市场', '下角农贸市场', '淡水农贸市场'],
  },
  haikou: {
    key: 'haikou', code: '460100', name: '海口市', province: '海南省', areaCode: '0898', plate: '琼A', weight: 0.15,
    counties: [county('460105', '秀英区', '秀英'), county('460106', '龙华区', '龙华'), county('460107', '琼山区', '琼山'), county('460108', '美兰区', '美兰')],
    streets: ['国兴大道', '滨海大道', '海秀路', '龙昆南路', '南海大道', '凤翔路', '府城大道'],
    markets: ['东门农贸市场', '海秀农贸市场', '龙昆农贸市场', '府城农贸市场'],
  },
  zhengzhou: {
    key: 'zhengzhou', code: '410100', name: '郑州市', province: '河南省', areaCode: '0371', plate: '豫A', weight: 0.2,
    counties: [
      county('410102', '中原区', '中原'), county('410103', '二七区', '二七'), county('410104', '管城回族区', '管城'),
      county('410105', '金水区', '金水'), county('410108', '惠济区', '惠济'), county('410122', '中牟县', '中牟'),
      county('410181', '巩义市', '巩义'), county('410184', '新郑市', '新郑'),
    ],
    streets: ['中原路', '建设路', '花园路', '金水路', '大学路', '郑汴路', '紫荆山路', '农业路'],
    markets: ['陈寨农贸市场', '二七农贸市场', '花园路农贸市场', '淮河路农贸市场'],
  },
}

/** A supplier region outside the four cities: a county with the names and numbers its parties use. */
export interface SupplierRegion {
  code: string
  /** Province + prefecture, for addresses. */
  prefix: string
  name: string
  short: string
  areaCode: string
  plate: string
  streets: string[]
}

const supplier = (code: string, prefix: string, name: string, short: string, areaCode: string, plate: string, streets: string[]): SupplierRegion => ({ code, prefix, name, short, areaCode, plate, streets })

/** Keys are what the role table names; regions are real county-level divisions. */
export const SUPPLIER_REGIONS = {
  tumedZuoqi: supplier('150121', '内蒙古自治区呼和浩特市', '土默特左旗', '土左', '0471', '蒙A', ['察素齐镇富民路', '敕勒川大街']),
  wuchuan: supplier('150125', '内蒙古自治区呼和浩特市', '武川县', '武川', '0471', '蒙A', ['可可以力更镇北大街']),
  saihan: supplier('150105', '内蒙古自治区呼和浩特市', '赛罕区', '赛罕', '0471', '蒙A', ['金桥开发区金盛路', '大学东街']),
  wuchang: supplier('230184', '黑龙江省哈尔滨市', '五常市', '五常', '0451', '黑A', ['五常镇长山路', '民乐乡红光村']),
  maguan: supplier('532625', '云南省文山壮族苗族自治州', '马关县', '马关', '0876', '云H', ['马白镇龙洞路', '八寨镇三七基地']),
  guandu: supplier('530111', '云南省昆明市', '官渡区', '官渡', '0871', '云A', ['螺蛳湾路', '关上中路']),
  anning: supplier('530181', '云南省昆明市', '安宁市', '安宁', '0871', '云A', ['草铺街道工业园']),
  xiuying: supplier('460105', '海南省海口市', '秀英区', '秀英', '0898', '琼A', ['药谷工业园药谷一横路', '南海大道']),
  jinshui: supplier('410105', '河南省郑州市', '金水区', '金水', '0371', '豫A', ['国基路', '文化路']),
  huicheng: supplier('441302', '广东省惠州市', '惠城区', '惠城', '0752', '粤L', ['仲恺高新区和畅路', '惠环街道']),
  dingzhou: supplier('130682', '河北省保定市', '定州市', '定州', '0312', '冀F', ['中山东路', '经济开发区']),
  qinyang: supplier('410882', '河南省焦作市', '沁阳市', '沁阳', '0391', '豫H', ['沁北工业园', '怀府中路']),
  licheng: supplier('370112', '山东省济南市', '历城区', '历城', '0531', '鲁A', ['唐冶街道', '工业北路']),
  lanshan: supplier('371302', '山东省临沂市', '兰山区', '兰山', '0539', '鲁Q', ['化工园区', '沂蒙路']),
  panyu: supplier('440113', '广东省广州市', '番禺区', '番禺', '020', '粤A', ['石楼镇创启路', '市桥街']),
  wuzhong: supplier('320506', '江苏省苏州市', '吴中区', '吴中', '0512', '苏E', ['吴中经济开发区', '东吴北路']),
  huiyang: supplier('441303', '广东省惠州市', '惠阳区', '惠阳', '0752', '粤L', ['淡水街道', '新圩镇工业区']),
  yuanshi: supplier('130132', '河北省石家庄市', '元氏县', '元氏', '0311', '冀A', ['化工园区', '槐阳路']),
  ningdu: supplier('360730', '江西省赣州市', '宁都县', '宁都', '0797', '赣B', ['梅江镇', '田头镇']),
  anyuan: supplier('360726', '江西省赣州市', '安远县', '安远', '0797', '赣B', ['欣山镇', '新龙乡']),
  bayanObo: supplier('150206', '内蒙古自治区包头市', '白云鄂博矿区', '白云', '0472', '蒙B', ['矿山路']),
  jiuyuan: supplier('150207', '内蒙古自治区包头市', '九原区', '九原', '0472', '蒙B', ['稀土高新区黄河大街', '沙河街道']),
  kundulun: supplier('150203', '内蒙古自治区包头市', '昆都仑区', '昆区', '0472', '蒙B', ['钢铁大街', '稀土高新区']),
  zhanggong: supplier('360702', '江西省赣州市', '章贡区', '章贡', '0797', '赣B', ['赣州经开区', '金岭西路']),
  nankang: supplier('360703', '江西省赣州市', '南康区', '南康', '0797', '赣B', ['龙岭工业园']),
  yuyao: supplier('330281', '浙江省宁波市', '余姚市', '余姚', '0574', '浙B', ['经济开发区', '谭家岭路']),
  tianhe: supplier('440106', '广东省广州市', '天河区', '天河', '020', '粤A', ['珠江新城华夏路', '天河北路']),
  // Suppliers inside the demo cities: specialities of one county.
  zhongmu: supplier('410122', '河南省郑州市', '中牟县', '中牟', '0371', '豫A', ['官渡镇', '雁鸣湖镇']),
  xinzheng: supplier('410184', '河南省郑州市', '新郑市', '新郑', '0371', '豫A', ['薛店镇食品工业园', '龙湖镇']),
  wuhua: supplier('441424', '广东省梅州市', '五华县', '五华', '0753', '粤M', ['长乐镇', '水寨镇工业园']),
  xingning: supplier('441481', '广东省梅州市', '兴宁市', '兴宁', '0753', '粤M', ['宁新街道', '径南镇']),
  meixian: supplier('441403', '广东省梅州市', '梅县区', '梅县', '0753', '粤M', ['新城', '畲江镇工业园']),
} satisfies Record<string, SupplierRegion>

export type SupplierKey = keyof typeof SUPPLIER_REGIONS

/** Every region code the demo writes (party, site and product origin regions), for the region check. */
export function demoRegionCodes(): string[] {
  const codes = new Set<string>()
  for (const city of Object.values(CITIES)) {
    codes.add(city.code)
    for (const c of city.counties) codes.add(c.code)
  }
  for (const s of Object.values(SUPPLIER_REGIONS)) codes.add(s.code)
  return [...codes].sort()
}

/** A county-level place as party names, addresses and numbers need it. */
export interface Place {
  code: string
  name: string
  short: string
  /** Province + prefecture names, for addresses. */
  prefix: string
  areaCode: string
  plate: string
  streets: string[]
  /** Set for the four demo cities. */
  city?: City
}

export function cityPlace(city: City, county: County): Place {
  return { code: county.code, name: county.name, short: county.short, prefix: city.province + city.name, areaCode: city.areaCode, plate: city.plate, streets: city.streets, city }
}

export function supplierPlace(key: SupplierKey): Place {
  const s = SUPPLIER_REGIONS[key]
  return { code: s.code, name: s.name, short: s.short, prefix: s.prefix, areaCode: s.areaCode, plate: s.plate, streets: s.streets }
}
