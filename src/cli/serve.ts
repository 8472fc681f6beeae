import { serve } from '../main.js'

export async function run(_args: string[], env: Record<string, string | undefined>): Promise<void> {
  await serve(env)
}
