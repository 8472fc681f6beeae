/** Words for API codes (roles, categories, party kinds, unit kinds) through the catalogue. */
import { useI18n } from '../i18n'

export interface Labels {
  role: (role: string) => string
  category: (category: string) => string
  partyKind: (kind: string | undefined) => string | undefined
  unitKind: (kind: string) => string | undefined
}

export function useLabels(): Labels {
  const { t, tMaybe } = useI18n()
  return {
    role: (role) => tMaybe(`role.${role}`) ?? t('role.other'),
    // An unknown category code is shown as it is rather than hidden: it is still the product's category.
    category: (category) => tMaybe(`category.${category}`) ?? category,
    partyKind: (kind) => (kind ? tMaybe(`partyKind.${kind}`) : undefined),
    unitKind: (kind) => tMaybe(`kind.${kind}`),
  }
}
