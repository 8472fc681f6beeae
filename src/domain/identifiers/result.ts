/**
 * The one result shape every identifier scheme answers with, and the catalogue of the problems it can
 * report. Validators never throw: any string, however odd, gets a result with `valid: false` and errors.
 *
 * Errors make a code invalid (reject); warnings leave it valid but say what could not be verified or
 * looks wrong (warn + override, cn-identifiers.md "Failure policy").
 */

/** Every problem a validator can report, with message templates in zh-CN and English. */
export const CODE_ISSUES = {
  not_a_string: { zh: '代码必须是字符串', en: 'A code must be a string' },
  empty: { zh: '代码为空', en: 'The code is empty' },
  too_long: { zh: '代码过长（最多 {max} 个字符）', en: 'The code is too long (at most {max} characters)' },
  control_character: { zh: '代码含有控制字符', en: 'The code holds a control character' },
  length: { zh: '长度应为 {expected}，实际为 {actual}', en: 'Must be {expected} characters long, not {actual}' },
  charset: { zh: '含有不允许的字符：{detail}', en: 'Holds a character that is not allowed: {detail}' },
  pattern: { zh: '格式不符：{detail}', en: 'Does not match the layout: {detail}' },
  check_character: { zh: '校验位错误，应为 {expected}', en: 'The check character is wrong; it should be {expected}' },
  organisation_code_check: { zh: '内嵌组织机构代码的校验位不符，应为 {expected}', en: 'The embedded organisation-code check (GB 11714) fails; it should be {expected}' },
  invalid_date: { zh: '日期不存在：{detail}', en: 'Not a real date: {detail}' },
  legacy_id_card: { zh: '15 位旧身份证号码没有校验位，仅用于历史数据', en: 'A 15-digit legacy ID number has no check digit; accepted for historical imports only' },
  region_unknown_or_retired: { zh: '行政区划代码 {code} 不在现行数据中（可能已撤销，或不存在）', en: 'Region code {code} is not in the current data (retired, or never existed)' },
  field_value: { zh: '{field} 的取值 {value} 不允许（允许：{allowed}）', en: '{field} may not be {value} (allowed: {allowed})' },
  check_not_public: { zh: '校验算法未公开，仅校验格式；真伪须在线核验', en: 'The check algorithm is not public: only the layout was checked; verify by look-up' },
  content_suspect: { zh: '内容可疑：{detail}', en: 'Suspect content: {detail}' },
  layout_variant: { zh: '非标准布局：{detail}', en: 'A non-standard layout: {detail}' },
  registration_mismatch: { zh: '代码中的登记证号 {actual} 与产品登记证号 {expected} 不符', en: 'The registration number in the code ({actual}) does not match the product registration ({expected})' },
  unknown_ai: { zh: '未知或不支持的应用标识符 ({ai})', en: 'Unknown or unsupported application identifier ({ai})' },
  ai_value: { zh: '应用标识符 ({ai}) 的值不符合格式：{detail}', en: 'The value of AI ({ai}) is malformed: {detail}' },
  ai_duplicate: { zh: '应用标识符 ({ai}) 出现多次且取值不同', en: 'AI ({ai}) appears more than once with different values' },
  ai_requires: { zh: '应用标识符 ({ai}) 须与 {detail} 同时出现', en: 'AI ({ai}) needs {detail} alongside it' },
  ai_excludes: { zh: '应用标识符 ({ai}) 不能与 ({other}) 同时出现', en: 'AI ({ai}) may not appear with AI ({other})' },
  no_primary_key: { zh: '没有主标识（如 (01) GTIN、(00) SSCC）', en: 'No primary key AI such as (01) GTIN or (00) SSCC' },
  dl_syntax: { zh: '数字链接 URI 语法错误：{detail}', en: 'Malformed Digital Link URI: {detail}' },
  dl_qualifier: { zh: '数字链接限定符错误：{detail}', en: 'Digital Link qualifier error: {detail}' },
  dl_attribute: { zh: '应用标识符 ({ai}) 不能作为数字链接查询参数', en: 'AI ({ai}) may not be a Digital Link query attribute' },
  dl_short_name: { zh: '数字链接 1.3 起已废除字母简称 {name}，应写作 {ai}', en: 'Digital Link 1.3 dropped the short name {name}; write {ai}' },
  dl_zero_suppressed: { zh: 'GTIN 须补零为 14 位：{expected}', en: 'The GTIN must be zero-padded to 14 digits: {expected}' },
  dl_compressed: { zh: '压缩的数字链接 URI 暂不支持', en: 'Compressed Digital Link URIs are not supported' },
  epc_malformed: { zh: 'EPC URN 格式错误：{detail}', en: 'Malformed EPC URN: {detail}' },
  epc_unsupported: { zh: '不支持的 EPC 方案 {scheme}', en: 'Unsupported EPC scheme {scheme}' },
  company_prefix_unknown: { zh: '无法确定厂商识别代码长度，须另行给出', en: 'The GS1 company prefix length cannot be derived; give it explicitly' },
  unknown_scheme: { zh: '无法识别的代码类型', en: 'The code matches no known scheme' },
  ambiguous: { zh: '同时符合 {alternatives}，按最可能的类型解读', en: 'Also matches {alternatives}; read as the most likely scheme' },
} as const satisfies Record<string, { zh: string; en: string }>

export type IssueCode = keyof typeof CODE_ISSUES
export type IssueParams = Record<string, string | number>

export interface CodeIssue {
  code: IssueCode
  /** English message with the parameters filled in; `renderIssue` gives the zh-CN one. */
  message: string
  params?: IssueParams
}

export interface CodeResult<P extends object = Record<string, unknown>> {
  valid: boolean
  /** The code after trimming, half-width conversion and upper-casing where the scheme allows. */
  normalized: string
  parts: Partial<P>
  errors: CodeIssue[]
  warnings: CodeIssue[]
}

function fill(template: string, params: IssueParams | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole))
}

export function issue(code: IssueCode, params?: IssueParams): CodeIssue {
  return params ? { code, message: fill(CODE_ISSUES[code].en, params), params } : { code, message: CODE_ISSUES[code].en }
}

export function renderIssue(item: CodeIssue, language: 'zh' | 'en'): string {
  return fill(CODE_ISSUES[item.code][language], item.params)
}

/** Builds a result: valid exactly when there are no errors. */
export function result<P extends object>(normalized: string, parts: Partial<P>, errors: CodeIssue[] = [], warnings: CodeIssue[] = []): CodeResult<P> {
  return { valid: errors.length === 0, normalized, parts, errors, warnings }
}

export function invalid<P extends object>(normalized: string, ...errors: CodeIssue[]): CodeResult<P> {
  return { valid: false, normalized, parts: {}, errors, warnings: [] }
}
