/** Minimal `--name value` option parsing for the CLI commands. */
import { parseArgs } from 'node:util'

export function parseOptions<T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true })
}

export function integerOption(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined || typeof value === 'boolean') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, got ${value}`)
  return number
}
