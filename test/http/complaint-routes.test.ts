/**
 * Complaints over HTTP on every engine: routing to the responsible regulator, scope, the workflow with
 * its history and the complainant's receipt view, photos (cleaned of EXIF), the limits (4 photos, wrong
 * type, 6 MB, a 2 GB upload refused before it is read), markup refused with nothing stored, and the
 * 12345 import (bad rows reported, re-import idempotent).
 */
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { InjectOptions } from 'fastify'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, FOOD_LOT, type World } from '../support/accounts-world.js'
import { engines } from '../support/engines.js'

const TEXT = '在梅江超市买的腊肉有明显异味，追溯码能查到，但生产日期看不清，请核查。'

function multipart(fields: Record<string, string>, files: { name: string; filename: string; type: string; data: Buffer }[]) {
  const boundary = '----zhuisu-test-boundary'
  const chunks: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  for (const f of files) {
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\ncontent-type: ${f.type}\r\n\r\n`), f.data, Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } }).jpeg()
    .withExif({ IFD0: { Make: 'TestCam', Copyright: 'secret-owner' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '24/1 17/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 7/1 0/1' } })
    .toBuffer()
}

describe.each(engines())('complaints on %s', (engine) => {
  let world: World
  const inject = (opts: InjectOptions) => world.platform.server.inject(opts)
  const total = async () => (await inject({ method: 'GET', url: '/api/v1/complaints?limit=1', headers: world.headers.operator })).json().total as number

  beforeAll(async () => {
    world = await buildWorld(engine)
  }, 120_000)

  it('routes a complaint on a code to the regulator of its region and category, and no one else sees it', async () => {
    const created = await inject({ method: 'POST', url: '/api/v1/complaints', payload: { code: FOOD_LOT, text: TEXT, contact: { name: '王女士', phone: '13800138000' } } })
    expect(created.statusCode).toBe(201)
    const { id, number, receipt, status } = created.json() as { id: string; number: string; receipt: string; status: string }
    expect(number).toMatch(/^TS20261120-[0-9A-F]{6}$/)
    expect(status).toBe('assigned')
    expect(receipt.length).toBeGreaterThan(20)

    const meizhou = await inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers: world.headers.regulatorMeizhouFood })
    expect(meizhou.statusCode).toBe(200)
    const detail = meizhou.json()
    expect(detail).toMatchObject({ status: 'assigned', category: 'food', assigneeOrganisationId: world.organisations.meizhou, contact: { phone: '13800138000' } })
    expect(detail.regionCode).toMatch(/^4414/)
    expect(detail.code).toBe('01/06901234000108/10/F2611')
    expect(detail.links.impact).toBe(`/impact?codes=${encodeURIComponent(detail.code)}`)
    expect(detail.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'assigned'])
    // The operator sees it with the phone masked; the 海口 drug regulator and enterprises see nothing.
    const operator = (await inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers: world.headers.operator })).json()
    expect(operator.contact.phone).toBe('138****8000')
    expect((await inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers: world.headers.regulatorHaikouDrug })).statusCode).toBe(404)
    expect((await inject({ method: 'GET', url: '/api/v1/complaints', headers: world.headers.regulatorHaikouDrug })).json()).toEqual({ complaints: [], total: 0 })
    expect((await inject({ method: 'GET', url: '/api/v1/complaints', headers: world.headers.enterpriseA })).statusCode).toBe(403)
    expect((await inject({ method: 'GET', url: `/api/v1/complaints/${id}` })).statusCode).toBe(401)
    const inbox = (await inject({ method: 'GET', url: `/api/v1/complaints?status=assigned&code=${encodeURIComponent(detail.code)}`, headers: world.headers.regulatorMeizhouFood })).json()
    expect(inbox.complaints.map((c: { id: string }) => c.id)).toContain(id)
  })

  it('runs the workflow with history; the complainant sees status and answer with the receipt only', async () => {
    const { id, receipt } = (await inject({ method: 'POST', url: '/api/v1/complaints', payload: { code: FOOD_LOT, text: TEXT, contact: { email: 'wang@example.cn' } } })).json()
    const step = (payload: object, role: keyof World['headers'] = 'regulatorMeizhouFood') =>
      inject({ method: 'POST', url: `/api/v1/complaints/${id}/transitions`, headers: world.headers[role], payload })
    expect((await step({ to: 'investigating' }, 'regulatorHaikouDrug')).statusCode).toBe(404)
    expect((await step({ to: 'investigating', note: '已派执法人员到超市抽检' })).json().status).toBe('investigating')
    expect((await step({ to: 'investigating', note: '抽检样品已送检' })).json().history.at(-1)).toMatchObject({ kind: 'note', note: '抽检样品已送检' })
    const noAnswer = await step({ to: 'answered' })
    expect(noAnswer.statusCode).toBe(422)
    expect(noAnswer.json().error).toMatchObject({ code: 'complaint_answer_required', field: '/answer' })
    const badFinding = await step({ to: 'answered', answer: '已处理', finding: 'guilty' })
    expect(badFinding.statusCode).toBe(422)
    expect(badFinding.json().error).toMatchObject({ code: 'complaint_finding_invalid', field: '/finding' })
    expect(badFinding.json().error.message).toContain('属实')
    const answered = (await step({ to: 'answered', answer: '经检测该批次腊肉过氧化值超标，已责令下架并立案调查。', finding: 'substantiated' })).json()
    expect(answered).toMatchObject({ status: 'answered', dueAt: '2026-12-05T08:00:00.000Z', finding: 'substantiated' })
    expect(answered.history.filter((h: { kind: string }) => h.kind === 'answered')).toEqual([expect.objectContaining({ finding: 'substantiated' })])

    const mine = await inject({ method: 'GET', url: `/api/v1/complaints/${id}?receipt=${encodeURIComponent(receipt)}` })
    expect(mine.statusCode).toBe(200)
    expect(mine.json()).toMatchObject({ status: 'answered', answer: '经检测该批次腊肉过氧化值超标，已责令下架并立案调查。', finding: 'substantiated' })
    expect(mine.json().history.map((h: { status: string }) => h.status)).toEqual(['received', 'assigned', 'investigating', 'answered'])
    expect(mine.body).not.toContain('抽检样品已送检')
    expect(mine.body).not.toContain('wang@example.cn')
    expect((await inject({ method: 'GET', url: `/api/v1/complaints/${id}?receipt=wrong-receipt` })).statusCode).toBe(404)

    expect((await step({ to: 'closed', note: '投诉人表示满意' })).json().status).toBe('closed')
    const again = await step({ to: 'investigating' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('complaint_transition_invalid')
    const history = (await inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers: world.headers.regulatorMeizhouFood })).json().history
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'assigned', 'investigating', 'note', 'answered', 'closed'])
    // Reassigning to something that is not a regulator is refused.
    const other = (await inject({ method: 'POST', url: '/api/v1/complaints', payload: { text: TEXT, contact: { phone: '13900139000' } } })).json()
    const bad = await inject({ method: 'POST', url: `/api/v1/complaints/${other.id}/transitions`, headers: world.headers.operator, payload: { to: 'assigned', assigneeOrganisationId: world.organisations.a } })
    expect(bad.json().error).toMatchObject({ code: 'complaint_assignee_invalid', field: '/assigneeOrganisationId' })
    const moved = await inject({ method: 'POST', url: `/api/v1/complaints/${other.id}/transitions`, headers: world.headers.operator, payload: { to: 'assigned', assigneeOrganisationId: world.organisations.haikou } })
    expect(moved.json()).toMatchObject({ status: 'assigned', assigneeName: '海口市药品监督管理局' })
    expect((await inject({ method: 'GET', url: `/api/v1/complaints/${other.id}`, headers: world.headers.regulatorHaikouDrug })).statusCode).toBe(200)
  })

  it('refuses markup and bad contacts with nothing stored', async () => {
    const before = await total()
    const script = await inject({ method: 'POST', url: '/api/v1/complaints', payload: { code: FOOD_LOT, text: '<script>alert(document.cookie)</script>这个腊肉有问题', contact: { phone: '13800138000' } } })
    expect(script.statusCode).toBe(422)
    expect(script.json().error).toMatchObject({ code: 'complaint_text_markup', field: '/text', messages: { zh: expect.stringContaining('HTML') } })
    const phone = await inject({ method: 'POST', url: '/api/v1/complaints', payload: { text: TEXT, contact: { phone: '110' } } })
    expect(phone.json().error).toMatchObject({ code: 'complaint_phone_invalid', field: '/contact/phone' })
    const code = await inject({ method: 'POST', url: '/api/v1/complaints', payload: { code: 'not a code at all', text: TEXT, contact: { phone: '13800138000' } } })
    expect(code.json().error).toMatchObject({ code: 'code_invalid', field: '/code' })
    expect(await total()).toBe(before)
  })

  it('takes up to 3 photos, strips their EXIF, and refuses a 4th, a wrong type or 6 MB', async () => {
    const jpeg = await jpegWithGps()
    expect((await sharp(jpeg).metadata()).exif).toBeDefined()
    const form = multipart({ code: FOOD_LOT, text: TEXT, phone: '13800138000' }, [{ name: 'photos', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }])
    const created = await inject({ method: 'POST', url: '/api/v1/complaints', ...form })
    expect(created.statusCode).toBe(201)
    const { id, receipt } = created.json()
    const detail = (await inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers: world.headers.regulatorMeizhouFood })).json()
    expect(detail.photos).toHaveLength(1)
    const photo = await inject({ method: 'GET', url: `${detail.photos[0].url}?receipt=${encodeURIComponent(receipt)}` })
    expect(photo.headers['content-type']).toBe('image/jpeg')
    const meta = await sharp(photo.rawPayload).metadata()
    expect(meta.exif).toBeUndefined()
    expect([meta.width, meta.height]).toEqual([64, 48])
    expect(photo.rawPayload.includes(Buffer.from('secret-owner'))).toBe(false)

    const before = await total()
    const four = multipart({ text: TEXT, phone: '13800138000' }, [1, 2, 3, 4].map((n) => ({ name: 'photos', filename: `${n}.jpg`, type: 'image/jpeg', data: jpeg })))
    const r4 = await inject({ method: 'POST', url: '/api/v1/complaints', ...four })
    expect([r4.statusCode, r4.json().error.code]).toEqual([422, 'complaint_photo_count'])
    const gif = multipart({ text: TEXT, phone: '13800138000' }, [{ name: 'photos', filename: 'x.jpg', type: 'image/jpeg', data: Buffer.from('GIF89a not really a jpeg') }])
    const rGif = await inject({ method: 'POST', url: '/api/v1/complaints', ...gif })
    expect([rGif.statusCode, rGif.json().error.code]).toEqual([415, 'complaint_photo_type'])
    const big = multipart({ text: TEXT, phone: '13800138000' }, [{ name: 'photos', filename: 'big.jpg', type: 'image/jpeg', data: Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024)]) }])
    const rBig = await inject({ method: 'POST', url: '/api/v1/complaints', ...big })
    expect([rBig.statusCode, rBig.json().error.code]).toEqual([413, 'complaint_photo_too_large'])
    expect(await total()).toBe(before)
  })

  it('refuses a 2 GB upload early, declared or streamed, without reading it and without writing anything', async () => {
    const before = await total()
    const { server } = world.platform
    await server.listen({ port: 0, host: '127.0.0.1' })
    const port = (server.server.address() as AddressInfo).port
    const send = (declared: boolean) => new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0
      const chunk = Buffer.alloc(64 * 1024, 0x41)
      const head = Buffer.from('------b\r\ncontent-disposition: form-data; name="text"\r\n\r\n这是一个很大的上传测试内容\r\n------b\r\ncontent-disposition: form-data; name="photos"; filename="huge.jpg"\r\ncontent-type: image/jpeg\r\n\r\n\xff\xd8\xff')
      const TWO_GB = 2 * 1024 * 1024 * 1024
      const body = new Readable({
        read() {
          if (sent >= TWO_GB) return this.push(null)
          const next = sent === 0 ? head : chunk
          sent += next.length
          this.push(next)
        },
      })
      const req = httpRequest({
        host: '127.0.0.1', port, method: 'POST', path: '/api/v1/complaints',
        headers: { 'content-type': 'multipart/form-data; boundary=----b', 'accept-language': 'en', ...(declared ? { 'content-length': String(TWO_GB) } : {}) },
      }, (res) => {
        let text = ''
        res.on('data', (d: Buffer) => { text += d.toString() })
        res.on('end', () => {
          body.destroy()
          req.destroy()
          resolve({ status: res.statusCode ?? 0, body: text, sent })
        })
      })
      req.on('error', (error) => (sent > 0 ? undefined : reject(error)))
      body.pipe(req)
    })
    const declared = await send(true)
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body).error).toMatchObject({ code: 'complaint_upload_too_large', messages: { zh: expect.stringContaining('上传内容过大') } })
    expect(declared.sent).toBeLessThan(64 * 1024 * 1024)
    const streamed = await send(false)
    expect(streamed.status).toBe(413)
    expect(JSON.parse(streamed.body).error.code).toBe('complaint_photo_too_large')
    expect(streamed.sent).toBeLessThan(64 * 1024 * 1024)
    expect(await total()).toBe(before)
  })

  it('imports 12345 work orders row by row, reports bad rows, and a re-import creates nothing new', async () => {
    const csv = [
      '工单编号,受理时间,诉求内容,联系电话,所在区域,追溯码',
      `GD-${engine}-001,2026-11-01 09:30,在梅江区某超市购买腊肉有异味，要求处理。,13800138000,梅州市梅江区,`,
      `GD-${engine}-002,2026-11-02 10:00,,13800138000,梅州市梅江区,`,
      `GD-${engine}-003,2026-11-03 11:00,海口某药店的药品包装破损，请核查。,0898-66123456,460106,`,
      `GD-${engine}-004,2099-01-01 11:00,时间在未来的工单内容，测试用。,13800138000,460106,`,
    ].join('\n')
    const file = multipart({}, [{ name: 'file', filename: '12345.csv', type: 'text/csv', data: Buffer.from(csv) }])
    const upload = () => inject({ method: 'POST', url: '/api/v1/complaints/import', payload: file.payload, headers: { ...world.headers.regulatorMeizhouFood, ...file.headers } })
    const first = await upload()
    expect(first.statusCode).toBe(200)
    const report = first.json()
    expect(report).toMatchObject({ created: 2, duplicates: 0, invalid: 2 })
    expect(report.rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([[2, 'created'], [3, 'invalid'], [4, 'created'], [5, 'invalid']])
    expect(report.rows[1].problems).toEqual([{ column: '诉求内容', code: 'complaint_text_length' }])
    expect(report.rows[3].problems).toEqual([{ column: '受理时间', code: 'time_in_future' }])
    const second = (await upload()).json()
    expect(second).toMatchObject({ created: 0, duplicates: 2, invalid: 2 })
    // Received on 11-01 with no answer in 7 days: overdue now (2026-11-20), and in the 梅州 inbox.
    const overdue = (await inject({ method: 'GET', url: '/api/v1/complaints?overdue=true&region=441402', headers: world.headers.regulatorMeizhouFood })).json()
    expect(overdue.complaints.map((c: { source: string; overdue: boolean }) => [c.source, c.overdue])).toEqual([['hotline', true]])
    const template = await inject({ method: 'GET', url: '/api/v1/complaints/import-template.xlsx' })
    expect(template.headers['content-type']).toContain('spreadsheetml')
    expect((await inject({ method: 'POST', url: '/api/v1/complaints/import', headers: world.headers.enterpriseA })).statusCode).toBe(403)
  })
})
