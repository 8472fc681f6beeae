/** Spreadsheet downloads: media types and a Content-Disposition that keeps a Chinese file name (RFC 6266). */
import type { FastifyReply } from 'fastify'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_TYPE = 'text/csv'

export function attachment(reply: FastifyReply, type: string, fileName: string): FastifyReply {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')
  return reply.type(type === CSV_TYPE ? `${CSV_TYPE}; charset=utf-8` : type).header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
}
