/**
 * Every chain the demo runs. The first eight, one per category, open the demo so that even a small one
 * covers all eight categories; after that the scheduler keeps each chain near its share of the events.
 */
import { agriInputChain } from './agri-input.js'
import type { ChainKind } from './chain.js'
import { cylinderChain } from './cylinder.js'
import { drugChain } from './drug.js'
import { elevatorChain } from './elevator.js'
import { foodChain } from './food.js'
import { hazardousChain } from './hazardous.js'
import { herbChain } from './herbs.js'
import { importChain } from './imports.js'
import { porkChain } from './pork.js'
import { produceChain } from './produce.js'
import { rareEarthChain } from './rare-earth.js'

export const CHAIN_KINDS: readonly ChainKind[] = [
  porkChain, foodChain, drugChain, agriInputChain, elevatorChain, hazardousChain, rareEarthChain, importChain,
  produceChain, herbChain, cylinderChain,
]

export type { ChainKind, ChainSample } from './chain.js'
