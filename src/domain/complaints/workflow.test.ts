import { describe, expect, it } from 'vitest'
import { checkComplaintText, checkContact } from './input.js'
import { addWorkingDays, checkTransition, deadlineOf, isOverdue } from './workflow.js'
import { hotlineRegionOf, hotlineTimeOf } from './hotline.js'
import { photoTypeOf } from './photo.js'

describe('complaint workflow', () => {
  it('counts working days in Asia/Shanghai', () => {
    // Friday 2026-11-20 16:00 Shanghai → Monday 11-23 16:00
    expect(addWorkingDays('2026-11-20T08:00:00.000Z', 1)).toBe('2026-11-23T08:00:00.000Z')
    // Thursday → Friday
    expect(addWorkingDays('2026-11-19T08:00:00.000Z', 1)).toBe('2026-11-20T08:00:00.000Z')
    // Saturday 00:30 Shanghai (Friday 16:30 UTC) → Monday
    expect(addWorkingDays('2026-11-20T16:30:00.000Z', 1)).toBe('2026-11-22T16:30:00.000Z') // Monday 00:30 Shanghai
  })
  it('gives each status its deadline', () => {
    const received = '2026-11-19T02:00:00.000Z'
    expect(deadlineOf('received', received, received)).toBe('2026-11-20T02:00:00.000Z')
    expect(deadlineOf('investigating', received, '2026-11-21T00:00:00.000Z')).toBe('2026-11-26T02:00:00.000Z')
    expect(deadlineOf('answered', received, '2026-11-21T00:00:00.000Z')).toBe('2026-12-06T00:00:00.000Z')
    expect(deadlineOf('closed', received, received)).toBeUndefined()
    expect(isOverdue('assigned', '2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z')).toBe(true)
    expect(isOverdue('closed', '2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z')).toBe(false)
  })
  it('allows only the workflow steps', () => {
    expect(checkTransition('received', { to: 'assigned', assigneeOrganisationId: 'o' })).toEqual({ to: 'assigned', kind: 'assigned' })
    expect(checkTransition('assigned', { to: 'assigned', assigneeOrganisationId: 'o2' })).toEqual({ to: 'assigned', kind: 'reassigned' })
    expect(checkTransition('investigating', { to: 'investigating', note: '已约谈商家' })).toEqual({ to: 'investigating', kind: 'note' })
    expect(() => checkTransition('received', { to: 'answered', answer: 'x' })).toThrow(expect.objectContaining({ code: 'complaint_transition_invalid' }))
    expect(() => checkTransition('investigating', { to: 'answered' })).toThrow(expect.objectContaining({ code: 'complaint_answer_required', field: '/answer' }))
    expect(() => checkTransition('closed', { to: 'investigating' })).toThrow(expect.objectContaining({ code: 'complaint_transition_invalid' }))
    expect(() => checkTransition('assigned', { to: 'assigned' })).toThrow(expect.objectContaining({ code: 'complaint_assignee_invalid' }))
    expect(() => checkTransition('assigned', { to: 'bogus' })).toThrow(expect.objectContaining({ field: '/to' }))
  })
  it('records a finding on the merits with an answer only', () => {
    expect(checkTransition('investigating', { to: 'answered', answer: '属实，已责令下架', finding: 'substantiated' })).toEqual({ to: 'answered', kind: 'answered', finding: 'substantiated' })
    expect(checkTransition('investigating', { to: 'answered', answer: '未发现问题' })).toEqual({ to: 'answered', kind: 'answered', finding: 'undetermined' })
    const invalid = expect.objectContaining({ code: 'complaint_finding_invalid', field: '/finding' })
    expect(() => checkTransition('investigating', { to: 'answered', answer: 'x', finding: 'guilty' })).toThrow(invalid)
    expect(() => checkTransition('investigating', { to: 'closed', finding: 'substantiated' })).toThrow(invalid)
    expect(() => checkTransition('answered', { to: 'answered', note: '补充说明', finding: 'substantiated' })).toThrow(invalid)
  })
})

describe('complaint input', () => {
  it('refuses markup and bad lengths, accepts plain Chinese text with < and >', () => {
    expect(() => checkComplaintText('<script>alert(1)</script>这个产品有问题')).toThrow(expect.objectContaining({ code: 'complaint_text_markup', field: '/text' }))
    expect(() => checkComplaintText('图片 <img src=x onerror=alert(1)> 看这里')).toThrow(expect.objectContaining({ code: 'complaint_text_markup' }))
    expect(() => checkComplaintText('太短')).toThrow(expect.objectContaining({ code: 'complaint_text_length' }))
    expect(() => checkComplaintText('长'.repeat(2001))).toThrow(expect.objectContaining({ code: 'complaint_text_length' }))
    expect(checkComplaintText('  价格 3 < 5 元，但是重量 > 标注，请核查。 ')).toBe('价格 3 < 5 元，但是重量 > 标注，请核查。')
  })
  it('takes a Chinese mobile number or an email', () => {
    expect(checkContact({ phone: '+86 138-0013-8000' }).phone).toBe('13800138000')
    expect(() => checkContact({ phone: '12800138000' })).toThrow(expect.objectContaining({ code: 'complaint_phone_invalid', field: '/contact/phone' }))
    expect(() => checkContact({})).toThrow(expect.objectContaining({ code: 'complaint_contact_required' }))
    expect(() => checkContact({ email: 'not-an-email' })).toThrow(expect.objectContaining({ code: 'complaint_email_invalid' }))
    expect(checkContact({ email: 'li@example.cn', name: ' 李先生 ' })).toEqual({ name: '李先生', phone: undefined, email: 'li@example.cn' })
  })
  it('reads hotline times and regions', () => {
    expect(hotlineTimeOf('2026-11-20 09:30')).toBe('2026-11-20T01:30:00.000Z')
    expect(hotlineTimeOf('2026/2/30 09:30')).toBeUndefined()
    expect(hotlineRegionOf('441402')).toBe('441402')
    expect(hotlineRegionOf('梅州市梅江区')).toBe('441402')
    expect(hotlineRegionOf('广东省梅州市梅江区')).toBe('441402')
    expect(hotlineRegionOf('不存在区')).toBeUndefined()
  })
  it('knows photos by their first bytes', () => {
    expect(photoTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(photoTypeOf(Buffer.from('GIF89a...'))).toBeUndefined()
    expect(photoTypeOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp')
  })
})
