/** The console's sections and their paths: the router reads them without loading the console page. */
export type ConsoleSection = 'overview' | 'coverage' | 'quality'

export const CONSOLE_SECTIONS: { section: ConsoleSection; to: string }[] = [
  { section: 'overview', to: '/console' }, { section: 'coverage', to: '/console/coverage' }, { section: 'quality', to: '/console/quality' },
]

export function consoleSectionFromPath(path: string): ConsoleSection | undefined {
  return CONSOLE_SECTIONS.find((s) => s.to === path)?.section
}
