/**
 * Entry point. No <StrictMode>: its double-run of effects in development would send every public query twice,
 * and each query is counted (the counterfeit hint), so development counts would lie.
 */
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(<App />)
