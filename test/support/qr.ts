/** Reads QR codes back out of PNG images and PDFs, as a phone would, to check what labels encode. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQRModule from 'jsqr'
import { PNG } from 'pngjs'

// jsqr is a webpack UMD bundle: Node's loader hands over its exports object, Vite's interop the function.
const jsQR: typeof jsQRModule.default = typeof jsQRModule === 'function' ? jsQRModule : jsQRModule.default

export function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data
}

/** Debian's poppler-utils (installed by .ci/run) rasterises PDF pages; undefined when it is missing. */
export function findPdftoppm(): string | undefined {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' })
    return 'pdftoppm'
  } catch {
    return undefined
  }
}

/** Page `page` (1-based) of a PDF as a PNG at `dpi`. */
export function rasterisePdfPage(pdf: Buffer, page: number, dpi = 300): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'zhuisu-pdf-'))
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf)
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')])
    return readFileSync(join(dir, 'out.png'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Pages in a PDF, counted from its page objects. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0
}
