/**
 * The page's fixed strings in both languages. They live here, not in i18n/{zh-CN,en}.json, only until the
 * page is wired into the router; whoever wires it moves them into the catalogues (keys `standards.*`).
 */
import type { Language } from '../../i18n'

const ZH = {
  title: '数据标准',
  lead: '各类重要产品在各环节须记录的数据元。平台接收事件时按此标准校验；下列内容由平台代码生成，与校验规则一致。',
  version: '版本',
  loading: '正在加载数据标准…',
  failed: '数据标准暂时无法加载',
  category: '产品类别',
  stage: '环节',
  bizSteps: '业务步骤（bizStep）',
  eventTypes: '事件类型',
  anyType: '任意',
  stageRequired: '须注明 zs:stage',
  key: '字段（zs:data）',
  name: '名称',
  type: '类型',
  required: '必填',
  optional: '可选',
  confidentiality: '公开范围',
  onInvalid: '不符合时',
  source: '依据',
  schema: 'JSON Schema',
  example: '示例事件',
  public: '公开',
  confidential: '保密',
  personal: '个人信息',
  reject: '拒收',
  warn: '须核实放行',
  noElements: '本步骤无额外数据元。',
}

export type StandardsLabels = Record<keyof typeof ZH, string>

const LABELS: Record<Language, StandardsLabels> = {
  'zh-CN': ZH,
  en: {
    title: 'Data standard',
    lead: 'The data elements each category of important products must record at each step. Capture checks every event against this standard; what follows is generated from the same code.',
    version: 'Version',
    loading: 'Loading the data standard…',
    failed: 'The data standard could not be loaded',
    category: 'Category',
    stage: 'Stage',
    bizSteps: 'Business steps (bizStep)',
    eventTypes: 'Event types',
    anyType: 'any',
    stageRequired: 'needs zs:stage',
    key: 'Key (zs:data)',
    name: 'Name',
    type: 'Type',
    required: 'required',
    optional: 'optional',
    confidentiality: 'Visibility',
    onInvalid: 'If invalid',
    source: 'Source',
    schema: 'JSON Schema',
    example: 'Example event',
    public: 'public',
    confidential: 'confidential',
    personal: 'personal data',
    reject: 'rejected',
    warn: 'needs override',
    noElements: 'No data elements beyond the event itself.',
  },
}

export function standardsLabels(language: Language): StandardsLabels {
  return LABELS[language]
}
