/**
 * Every user-visible string, in zh-CN (the default) and English. The language comes from `?lang=`, else
 * the visitor's last choice in localStorage, else zh-CN.
 */
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { EN_MESSAGES as en, ZH_CN_MESSAGES as zhCN } from './catalogue'

export type Language = 'zh-CN' | 'en'
export type MessageKey = keyof typeof zhCN
type Catalogue = Record<MessageKey, string>

// A key present in en.json but missing from zh-CN.json is a compile error here, and the reverse below.
type ExtraEnglishKeys = Exclude<keyof typeof en, MessageKey>
const ENGLISH_HAS_NO_EXTRA_KEYS: [ExtraEnglishKeys] extends [never] ? true : ExtraEnglishKeys = true
const CATALOGUES: Record<Language, Catalogue> = { 'zh-CN': zhCN, en }
void ENGLISH_HAS_NO_EXTRA_KEYS

export const DEFAULT_LANGUAGE: Language = 'zh-CN'
const STORAGE_KEY = 'zhuisu.lang'
const LANGUAGE_PARAM = 'lang'

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export interface I18n {
  language: Language
  setLanguage: (language: Language) => void
  t: Translate
  /** For keys built from API values (`role.${role}`): undefined when the catalogue has no such key. */
  tMaybe: (key: string) => string | undefined
}

/** `en`, `en-US` → en; `zh`, `zh-CN`, `zh-Hans` → zh-CN; anything else → undefined. */
export function toLanguage(text: string | null | undefined): Language | undefined {
  const lower = text?.toLowerCase()
  if (!lower) return undefined
  if (lower === 'en' || lower.startsWith('en-')) return 'en'
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
  return undefined
}

function readStoredLanguage(): Language | undefined {
  try {
    return toLanguage(window.localStorage.getItem(STORAGE_KEY))
  } catch {
    // Storage is blocked in some private-browsing modes; the default language is the right answer then.
    return undefined
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Blocked storage: the choice still holds for this visit, it just is not remembered.
  }
}

export function initialLanguage(): Language {
  const fromUrl = toLanguage(new URLSearchParams(window.location.search).get(LANGUAGE_PARAM))
  return fromUrl ?? readStoredLanguage() ?? DEFAULT_LANGUAGE
}

function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

const I18nContext = createContext<I18n | undefined>(undefined)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next)
    setLanguageState(next)
    // A `?lang=` left in the address would undo the choice on reload.
    const url = new URL(window.location.href)
    if (url.searchParams.has(LANGUAGE_PARAM)) {
      url.searchParams.delete(LANGUAGE_PARAM)
      window.history.replaceState(window.history.state, '', url)
    }
  }, [])

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[language]
    return {
      language,
      setLanguage,
      t: (key, values) => interpolate(catalogue[key], values),
      tMaybe: (key) => (Object.hasOwn(catalogue, key) ? catalogue[key as MessageKey] : undefined),
    }
  }, [language, setLanguage])

  return createElement(I18nContext.Provider, { value }, children)
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it')
  return i18n
}
