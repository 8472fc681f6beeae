/**
 * A trace-code field that also takes a scan: the phone camera (BarcodeDetector where the browser has it,
 * jsqr on camera frames otherwise) or a USB scanner. A USB scanner is a keyboard that types fast and ends
 * with Enter: in the field, that Enter fills the code instead of submitting the form.
 */
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n'

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>
}
type BarcodeDetectorClass = new (options?: { formats?: string[] }) => BarcodeDetectorLike

const FRAME_MS = 250

export interface CodeInputProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** In-stock codes offered as suggestions. */
  suggestions?: string[]
  invalid?: boolean
  describedBy?: string
}

export function CodeInput({ id, label, value, onChange, suggestions, invalid, describedBy }: CodeInputProps) {
  const { t } = useI18n()
  const [scanning, setScanning] = useState(false)
  const listId = `${id}-suggestions`
  return (
    <div className="portal-field portal-code">
      <label htmlFor={id}>{label}</label>
      <div className="portal-code__row">
        <input
          id={id} name={id} type="text" value={value} autoComplete="off" spellCheck={false} list={suggestions?.length ? listId : undefined}
          aria-invalid={invalid || undefined} aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          // A USB scanner ends its burst with Enter: keep the code, do not submit the form.
          onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault() }}
        />
        <button type="button" className="button portal-code__scan" onClick={() => setScanning(true)} aria-label={t('portal.scan.label', { field: label })}>
          {t('portal.scan')}
        </button>
      </div>
      {suggestions && suggestions.length > 0 && (
        <datalist id={listId}>{suggestions.map((code) => <option key={code} value={code} />)}</datalist>
      )}
      {scanning && <CameraScanner onCode={(code) => { onChange(code); setScanning(false) }} onClose={() => setScanning(false)} />}
    </div>
  )
}

function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useI18n()
  const videoRef = useRef<HTMLVideoElement>(null)
  const [problem, setProblem] = useState<string | undefined>()

  useEffect(() => {
    let stream: MediaStream | undefined
    let timer: number | undefined
    let stopped = false
    const canvas = document.createElement('canvas')
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem(t('portal.scan.noCamera'))
        return
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
      } catch {
        setProblem(t('portal.scan.denied'))
        return
      }
      const video = videoRef.current
      if (!video || stopped) return
      video.srcObject = stream
      await video.play().catch(() => undefined)
      const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
      const detector = Detector ? new Detector() : undefined
      // jsqr is loaded only when a browser without BarcodeDetector scans.
      const jsQR = detector ? undefined : (await import('jsqr')).default
      const tick = async () => {
        if (stopped || !video.videoWidth) {
          timer = window.setTimeout(tick, FRAME_MS)
          return
        }
        let found: string | undefined
        if (detector) {
          found = (await detector.detect(video).catch(() => []))[0]?.rawValue
        } else if (jsQR) {
          canvas.width = video.videoWidth
          canvas.height = video.videoHeight
          const context = canvas.getContext('2d', { willReadFrequently: true })
          context?.drawImage(video, 0, 0)
          const frame = context?.getImageData(0, 0, canvas.width, canvas.height)
          found = frame ? jsQR(frame.data, frame.width, frame.height)?.data : undefined
        }
        if (found) onCode(found)
        else timer = window.setTimeout(tick, FRAME_MS)
      }
      tick()
    }
    start()
    return () => {
      stopped = true
      window.clearTimeout(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [onCode, t])

  return (
    <div className="portal-scanner" role="dialog" aria-label={t('portal.scan.title')}>
      <video ref={videoRef} muted playsInline className="portal-scanner__video" />
      <p role="status">{problem ?? t('portal.scan.hint')}</p>
      <button type="button" className="button" onClick={onClose} autoFocus>{t('portal.scan.close')}</button>
    </div>
  )
}

/** Keys a scanner types within this many ms of each other; people type slower. */
const WEDGE_GAP_MS = 50
const WEDGE_MIN_LENGTH = 6

/**
 * A USB scanner used while no text field has focus: a fast burst of keys ending with Enter is a scanned
 * code, handed to `onScan` (which fills the form's code field).
 */
export function useScannerWedge(onScan: (code: string) => void): void {
  useEffect(() => {
    let buffer = ''
    let last = 0
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) return
      const now = event.timeStamp
      if (now - last > WEDGE_GAP_MS) buffer = ''
      last = now
      if (event.key === 'Enter') {
        if (buffer.length >= WEDGE_MIN_LENGTH) {
          event.preventDefault()
          onScan(buffer)
        }
        buffer = ''
      } else if (event.key.length === 1) {
        buffer += event.key
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onScan])
}
