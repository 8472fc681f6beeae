/**
 * Complaint photos are checked by their first bytes (not by name or declared type) and re-encoded with
 * sharp in the same format, which drops EXIF (GPS position, camera serial), XMP and ICC metadata; the
 * orientation is applied first so the picture still stands upright. Big images are scaled to 2048 px.
 */
import sharp from 'sharp'
import { ZhuisuError } from '../../domain/errors.js'
import { MAX_PHOTO_BYTES, MAX_PHOTOS, photoTypeOf, type PhotoType } from '../../domain/complaints/photo.js'

export interface CleanPhoto {
  contentType: PhotoType
  data: Buffer
}

const MAX_EDGE_PX = 2048
/** Refuse decompression bombs: at most this many pixels in the source. */
const MAX_INPUT_PIXELS = 40_000_000

export async function cleanPhotos(photos: Buffer[], field = '/photos'): Promise<CleanPhoto[]> {
  if (photos.length > MAX_PHOTOS) throw new ZhuisuError('complaint_photo_count', field)
  const types = photos.map((bytes, i) => {
    if (bytes.length > MAX_PHOTO_BYTES) throw new ZhuisuError('complaint_photo_too_large', `${field}/${i}`)
    const type = photoTypeOf(bytes)
    if (!type) throw new ZhuisuError('complaint_photo_type', `${field}/${i}`)
    return type
  })
  const cleaned: CleanPhoto[] = []
  for (const [i, bytes] of photos.entries()) {
    const contentType = types[i] as PhotoType
    try {
      const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate()
        .resize({ width: MAX_EDGE_PX, height: MAX_EDGE_PX, fit: 'inside', withoutEnlargement: true })
      const encoded = contentType === 'image/png' ? image.png() : contentType === 'image/webp' ? image.webp({ quality: 85 }) : image.jpeg({ quality: 85 })
      cleaned.push({ contentType, data: await encoded.toBuffer() })
    } catch {
      throw new ZhuisuError('complaint_photo_type', `${field}/${i}`)
    }
  }
  return cleaned
}
