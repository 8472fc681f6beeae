/** Ends a command that could not do its work: its name and the reason on stderr, exit status 1. */
export function failCommand(command: string, error: unknown): never {
  process.stderr.write(`zhuisu ${command}: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
