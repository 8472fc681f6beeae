/**
 * The platform as operators run it: `zhuisu <command>` in a child process (through tsx, so no build is
 * needed). For crash, backup and start-up tests that must see a real process, exit code and stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const CLI = join(ROOT, 'src', 'cli', 'index.ts')

/** Variables a child starts with: nothing of the test runner's own configuration leaks in. */
function childEnv(env: Record<string, string>): Record<string, string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key, value]) => value !== undefined && !/^(ZHUISU_|DATABASE_URL$|PORT$|HOST$)/.test(key))) as Record<string, string>
  return { ...inherited, ZHUISU_DEMO: '0', ZHUISU_LOG_LEVEL: 'info', ...env }
}

function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs `zhuisu <args>` to its end. */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawnCli(args, env)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => { stdout += chunk })
  child.stderr!.on('data', (chunk) => { stderr += chunk })
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
  return { code, signal, stdout, stderr }
}

export interface ChildServer {
  baseUrl: string
  child: ChildProcess
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<unknown>
  /** SIGKILL: no shutdown hook, no flush, no close — what a crash or the OOM killer does. */
  kill9(): Promise<void>
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()
afterAll(() => {
  for (const child of running) child.kill('SIGKILL')
})

/** Starts `zhuisu serve` on a free port and resolves once it listens (read from its log line). */
export async function startServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawnCli(['serve'], { HOST: '127.0.0.1', PORT: '0', ...env })
  running.add(child)
  const exited = once(child, 'exit').finally(() => running.delete(child))
  let stderr = ''
  child.stderr!.on('data', (chunk) => { stderr += chunk })
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)
      if (match) resolve(match[1])
    })
    void exited.then(() => reject(new Error(`zhuisu serve exited before listening: ${stderr}`)))
  })
  return {
    baseUrl,
    child,
    exited,
    kill9: async () => {
      child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}
