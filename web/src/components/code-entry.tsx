/**
 * The code box: typed, pasted or scanned. Keyboard-wedge scanners type the code and press Enter, which
 * submits the form; a QR code printed by the platform holds its query-page URL, from which the code is taken.
 */
import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../i18n'
import { codeFromPath, navigate, queryPagePath } from '../router'

/** The code to look up from what was typed or scanned. Digital Link URLs pass through whole: the API reads them. */
export function codeFromInput(text: string): string {
  const code = text.replace(/[\r\n\t]+/g, '').trim()
  if (!/^https?:\/\//i.test(code)) return code
  try {
    return codeFromPath(new URL(code).pathname) ?? code
  } catch {
    // Looks like a URL but is not one: let the API judge the text as it is.
    return code
  }
}

/** Desktop (a mouse, usually a scanner) gets the focus at once; phones would pop up the keyboard over the page. */
function hasFinePointer(): boolean {
  return window.matchMedia?.('(pointer: fine)').matches ?? false
}

export function CodeEntry({ initial = '', autoFocus = false, size = 'large' }: { initial?: string; autoFocus?: boolean; size?: 'large' | 'compact' }) {
  const { t } = useI18n()
  const [value, setValue] = useState(initial)
  const [isEmpty, setIsEmpty] = useState(false)
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const code = codeFromInput(value)
    setIsEmpty(code === '')
    if (code !== '') navigate(queryPagePath(code))
  }

  return (
    <form className={`code-entry code-entry--${size}`} role="search" onSubmit={submit} noValidate>
      <label htmlFor={inputId} className="code-entry__label">{t('entry.label')}</label>
      <div className="code-entry__row">
        <input
          id={inputId}
          name="code"
          type="text"
          className="code-entry__input"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={t('entry.placeholder')}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          autoFocus={autoFocus && hasFinePointer()}
          aria-describedby={isEmpty ? `${errorId} ${hintId}` : hintId}
          aria-invalid={isEmpty || undefined}
        />
        <button type="submit" className="button button--primary code-entry__submit">{t('entry.submit')}</button>
      </div>
      {isEmpty && <p id={errorId} className="code-entry__error" role="alert">{t('entry.empty')}</p>}
      <p id={hintId} className="code-entry__hint">{t('entry.hint')}</p>
    </form>
  )
}
