/**
 * The daily flows the help page walks through, in the order people meet them. Each flow names its steps
 * (message keys `help.<id>.step1…`) and its pictures, which live in web/public/help-images/ and are
 * refreshed from the browser tests' screenshots by `npm run help:images` (scripts/help-images.mjs).
 */
export interface HelpFigure {
  /** File in web/public/help-images/. */
  file: string
  /** Message key of the caption. */
  caption: string
  /** Taken at phone width (360 px) or desktop width (1920 px). */
  width: 360 | 1920
}

export interface HelpFlow {
  id: 'consumer' | 'farm' | 'slaughterhouse' | 'market' | 'explorer' | 'recall'
  steps: number
  /** Where the flow starts in the app. */
  start: string
  figures: HelpFigure[]
}

export const HELP_FLOWS: HelpFlow[] = [
  { id: 'consumer', steps: 3, start: '/', figures: [{ file: 'consumer-query-360.png', caption: 'help.consumer.figure1', width: 360 }] },
  {
    id: 'farm', steps: 5, start: '/portal', figures: [
      { file: 'farm-harvest-360.png', caption: 'help.farm.figure1', width: 360 },
      { file: 'farm-bad-quantity-360.png', caption: 'help.farm.figure2', width: 360 },
    ],
  },
  {
    id: 'slaughterhouse', steps: 4, start: '/portal', figures: [
      { file: 'slaughterhouse-receipt-360.png', caption: 'help.slaughterhouse.figure1', width: 360 },
      { file: 'slaughterhouse-slaughter-360.png', caption: 'help.slaughterhouse.figure2', width: 360 },
    ],
  },
  { id: 'market', steps: 3, start: '/portal', figures: [{ file: 'market-sale-360.png', caption: 'help.market.figure1', width: 360 }] },
  { id: 'explorer', steps: 4, start: '/explorer', figures: [{ file: 'regulator-explorer-1920.png', caption: 'help.explorer.figure1', width: 1920 }] },
  {
    id: 'recall', steps: 4, start: '/recalls/new', figures: [
      { file: 'recall-task-360.png', caption: 'help.recall.figure1', width: 360 },
      { file: 'recall-warning-360.png', caption: 'help.recall.figure2', width: 360 },
    ],
  },
]

export const HELP_IMAGE_PATH = '/help-images'
