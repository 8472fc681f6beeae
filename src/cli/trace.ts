import { createApp } from '../app.js'
import { loadConfig } from '../config.js'
import { ZhuisuError } from '../domain/errors.js'
import { traceCode } from '../services/trace/trace-code.js'
import { integerOption, parseOptions } from './args.js'

export async function run(args: string[], env: Record<string, string | undefined>): Promise<void> {
  const { values, positionals } = parseOptions(args, { direction: { type: 'string', default: 'both' }, depth: { type: 'string' } })
  const [code] = positionals
  if (!code) throw new Error('Usage: zhuisu trace <code> [--direction backward|forward|both] [--depth N]')
  const direction = values.direction
  if (direction !== 'backward' && direction !== 'forward' && direction !== 'both') throw new Error('--direction must be backward, forward or both')
  const app = await createApp(loadConfig({ ...env, ZHUISU_DEMO: '0' }))
  try {
    const result = await traceCode(app.store, code, { direction, depth: integerOption(values.depth, 'depth', 100) })
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  } catch (error) {
    if (error instanceof ZhuisuError) {
      process.stderr.write(`${error.code}: ${error.message}\n`)
      process.exitCode = 1
      return
    }
    throw error
  } finally {
    await app.close()
  }
}
