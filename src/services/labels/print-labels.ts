/** Printable labels for lots, items or a range of platform codes: a PDF of many, or a PNG of one. */
import { ZhuisuError } from '../../domain/errors.js'
import { LABEL_LAYOUTS, type LayoutName } from './layouts.js'
import { planLabels, type LabelDeps, type LabelRequest } from './plan-labels.js'
import { renderLabelsPdf } from './render-pdf.js'
import { renderLabelPng } from './render-png.js'

export { LAYOUT_NAMES, type LayoutName } from './layouts.js'
export { MAX_LABELS, type LabelRequest } from './plan-labels.js'

export type LabelFormat = 'pdf' | 'png'

export interface PrintedLabels {
  contentType: 'application/pdf' | 'image/png'
  fileName: string
  body: Buffer
  count: number
}

export async function printLabels(deps: LabelDeps, request: LabelRequest, layoutName: LayoutName, format: LabelFormat): Promise<PrintedLabels> {
  const labels = await planLabels(deps, request)
  const layout = LABEL_LAYOUTS[layoutName]
  if (format === 'png') {
    if (labels.length !== 1) throw new ZhuisuError('invalid_request', '/format', { reason: 'a PNG holds one label; ask for a PDF to print several' })
    return { contentType: 'image/png', fileName: `label-${layoutName}.png`, body: await renderLabelPng(labels[0], layout), count: 1 }
  }
  return { contentType: 'application/pdf', fileName: `labels-${layoutName}.pdf`, body: await renderLabelsPdf(labels, layout), count: labels.length }
}
