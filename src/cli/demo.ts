/** Placeholder until the demo generator lands. */
export async function run(): Promise<void> {
  throw new Error('The demo data generator is not built yet')
}
