/** The eight product categories of 国办发〔2015〕95号 plus imports (DESIGN §2). */
export const CATEGORIES = {
  agri: { zh: '食用农产品', en: 'Edible farm produce', letter: 'A' },
  food: { zh: '食品', en: 'Food', letter: 'F' },
  drug: { zh: '药品', en: 'Drugs', letter: 'D' },
  agri_input: { zh: '农业生产资料', en: 'Farm inputs', letter: 'N' },
  equipment: { zh: '特种设备', en: 'Special equipment', letter: 'E' },
  hazardous: { zh: '危险品', en: 'Hazardous goods', letter: 'H' },
  rare_earth: { zh: '稀土产品', en: 'Rare-earth products', letter: 'R' },
  import: { zh: '进口产品', en: 'Imported products', letter: 'M' },
} as const

export type CategoryCode = keyof typeof CATEGORIES
export const CATEGORY_CODES = Object.keys(CATEGORIES) as CategoryCode[]

export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && Object.hasOwn(CATEGORIES, value)
}

export function categoryByLetter(letter: string): CategoryCode | undefined {
  return CATEGORY_CODES.find((code) => CATEGORIES[code].letter === letter)
}
