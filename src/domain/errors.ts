/**
 * The one catalogue of error codes. Every code has a message in zh-CN and English; the HTTP status of
 * each lives in `src/http/error-handler.ts` (a missing code there is a compile error).
 */
export const ERRORS = {
  // request shape
  invalid_json: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  unsupported_media_type: { zh: '不支持的内容类型，请使用 application/json', en: 'Unsupported content type; send application/json' },
  invalid_request: { zh: '请求参数不符合接口定义', en: 'The request does not match the interface definition' },
  uri_too_long: { zh: '请求地址过长（路径参数不能超过 1024 个字符）', en: 'The URL is too long (a path parameter takes at most 1024 characters)' },
  text_invalid: { zh: '文本含有无法保存的字符（空字符 U+0000 或不成对的代理项）', en: 'The text holds a character that cannot be stored (NUL or an unpaired surrogate)' },
  body_too_large: { zh: '请求体过大', en: 'The request body is too large' },
  batch_too_large: { zh: '一次提交的事件数超过上限', en: 'Too many events in one request' },
  batch_empty: { zh: '请求中没有事件', en: 'The request holds no events' },
  invalid_events: { zh: '部分事件无效，全部未写入', en: 'Some events are invalid; nothing was written' },
  // event fields
  field_required: { zh: '缺少必填字段', en: 'A required field is missing' },
  field_type: { zh: '字段类型错误', en: 'The field has the wrong type' },
  field_unknown: { zh: '未知字段（扩展字段须带命名空间前缀，如 zs:）', en: 'Unknown field (extension fields need a namespace prefix such as zs:)' },
  event_type_unknown: { zh: '未知的事件类型', en: 'Unknown event type' },
  action_invalid: { zh: 'action 必须是 ADD、OBSERVE 或 DELETE', en: 'action must be ADD, OBSERVE or DELETE' },
  action_not_allowed: { zh: '该事件类型不能带 action', en: 'This event type takes no action' },
  time_invalid: { zh: '时间格式错误或日期不存在（须为 ISO 8601，带时区）', en: 'Invalid or impossible time (ISO 8601 with a zone is required)' },
  time_in_future: { zh: '事件时间晚于当前时间', en: 'The event time is in the future' },
  offset_invalid: { zh: '时区偏移格式错误（须为 ±hh:mm，不超过 14:00）', en: 'Invalid time-zone offset (±hh:mm, at most 14:00)' },
  quantity_invalid: { zh: '数量必须是非负数，最多三位小数', en: 'The quantity must be a non-negative number with at most three decimals' },
  uom_invalid: { zh: '计量单位须为 UN/CEFACT 代码（如 KGM、EA）', en: 'The unit must be a UN/CEFACT code (e.g. KGM, EA)' },
  code_invalid: { zh: '追溯码或标识无法识别或校验失败', en: 'The code or identifier is not recognised or fails its check' },
  what_missing: { zh: '事件没有涉及任何追溯码或批次', en: 'The event names no code or lot' },
  bizstep_invalid: { zh: '业务步骤不是 CBV 取值或绝对 URI', en: 'bizStep is neither a CBV value nor an absolute URI' },
  disposition_invalid: { zh: '状态不是 CBV 取值或绝对 URI', en: 'disposition is neither a CBV value nor an absolute URI' },
  category_invalid: { zh: '产品类别代码无效', en: 'Invalid product category code' },
  event_id_invalid: { zh: 'eventID 须为 URI', en: 'eventID must be a URI' },
  event_conflict: { zh: '同一 eventID 已存在且内容不同', en: 'An event with this eventID exists with different content' },
  duplicate_in_batch: { zh: '同一批次中 eventID 重复但内容不同', en: 'The same eventID appears twice in the batch with different content' },
  // EPCIS 2.0 repository (/epcis)
  epcis_event_exists: { zh: '该事件已存在（事件哈希 ID 或 eventID 相同），未带错误声明不能重复上报', en: 'The event already exists (same event hash ID or eventID); only an error declaration may be captured again' },
  epcis_xml_invalid: { zh: 'EPCIS XML 文档无法解析', en: 'The EPCIS XML document cannot be read' },
  epcis_context_invalid: { zh: '@context 无效（缺失、无法离线解析或重定义了受保护的 EPCIS 术语）', en: 'Invalid @context (missing, not resolvable offline, or redefining a protected EPCIS term)' },
  capture_job_not_found: { zh: '采集任务不存在', en: 'Capture job not found' },
  epcis_query_exists: { zh: '同名查询已存在', en: 'A query with this name exists' },
  epcis_query_not_found: { zh: '查询不存在', en: 'Query not found' },
  epcis_query_invalid: { zh: '查询参数无效', en: 'Invalid query parameter' },
  // per-category data standard (src/domain/standards; published at GET /api/v1/standards)
  standard_element_missing: { zh: '缺少本类别数据标准规定的必填数据元，请在 zs:data 中补充后重新提交', en: "A data element required by the category's data standard is missing; add it to zs:data and resubmit" },
  standard_element_invalid: { zh: '数据元取值不符合数据标准（类型、格式、校验位或代码表），请更正后重新提交', en: 'The data element does not meet the data standard (type, format, check digit or code list); correct it and resubmit' },
  standard_override_required: { zh: '数据元无法完全核验：核实无误后，在事件中加上 "zs:override": {"reason": "核实说明", "by": "核实人"} 重新提交', en: 'The data element cannot be fully verified: once checked, resubmit with "zs:override": {"reason": "…", "by": "…"} on the event' },
  standard_override_invalid: { zh: 'zs:override 须为 {"reason": 核实说明, "by": 核实人}，两项均不能为空', en: 'zs:override must be {"reason": "…", "by": "…"}, both non-empty text' },
  standard_stage_required: { zh: '该业务步骤出现在本类别的多个环节，请用 zs:stage 注明环节', en: 'This business step occurs in several stages of the category; name the stage in zs:stage' },
  standard_stage_invalid: { zh: 'zs:stage 不是本类别的环节，或该环节没有此业务步骤', en: 'zs:stage is not a stage of the category, or the stage has no such business step' },
  standard_not_found: { zh: '数据标准中没有该产品类别', en: 'The data standard has no such product category' },
  // identifiers and master data
  uscc_invalid: { zh: '统一社会信用代码格式或校验位错误', en: 'The unified social credit code is malformed or its check character is wrong' },
  gtin_invalid: { zh: 'GTIN 格式或校验位错误', en: 'The GTIN is malformed or its check digit is wrong' },
  region_invalid: { zh: '行政区划代码无效（须为 GB/T 2260 六位代码）', en: 'Invalid region code (a six-digit GB/T 2260 code is required)' },
  party_exists: { zh: '该统一社会信用代码已登记', en: 'A party with this unified social credit code is already registered' },
  product_exists: { zh: '该 GTIN 已登记', en: 'A product with this GTIN is already registered' },
  lot_exists: { zh: '该产品的此批号已登记', en: 'This lot number is already registered for the product' },
  party_not_found: { zh: '主体不存在', en: 'Party not found' },
  site_not_found: { zh: '场所不存在', en: 'Site not found' },
  product_not_found: { zh: '产品不存在', en: 'Product not found' },
  code_not_found: { zh: '追溯码不存在', en: 'Trace code not found' },
  explorer_node_not_found: { zh: '该节点不在此追溯图中（或不在您的查看范围内）', en: 'The node is not in this trace graph (or not within what you may see)' },
  event_not_found: { zh: '事件不存在', en: 'Event not found' },
  route_not_found: { zh: '接口不存在', en: 'No such route' },
  // auth
  unauthorized: { zh: '需要登录或有效的访问令牌', en: 'Sign-in or a valid access token is required' },
  forbidden: { zh: '无权执行此操作', en: 'You are not allowed to do this' },
  login_failed: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  login_throttled: { zh: '登录失败次数过多，请稍后再试', en: 'Too many failed sign-ins; wait a while and try again' },
  csrf_invalid: { zh: '缺少或错误的 X-CSRF-Token 请求头（请刷新页面后重试）', en: 'Missing or wrong X-CSRF-Token header (reload the page and retry)' },
  api_key_capture_only: { zh: '该 API 密钥只能上报追溯事件', en: 'This API key may only capture events' },
  organisation_required: { zh: '此操作需要以组织成员身份登录', en: 'Sign in as a member of an organisation to do this' },
  event_party_forbidden: { zh: '只能以本企业（或已授权本平台的企业）为责任主体上报事件（zs:party）', en: 'Events may only be captured for your own party, or a party that authorised your platform (zs:party)' },
  username_exists: { zh: '该用户名已被使用', en: 'This username is taken' },
  password_weak: { zh: '密码至少 10 位，且不能与用户名相同', en: 'The password needs at least 10 characters and must differ from the username' },
  department_invalid: { zh: '监管部门代码无效', en: 'Invalid department code' },
  organisation_invalid: { zh: '组织信息不完整：监管部门须有部门、地区和类别，企业须有主体', en: 'Incomplete organisation: a regulator needs a department, region and categories; an enterprise a party' },
  organisation_not_found: { zh: '组织不存在', en: 'Organisation not found' },
  registration_not_found: { zh: '注册申请不存在', en: 'Registration not found' },
  registration_exists: { zh: '该统一社会信用代码已有待审核的注册申请或已登记企业账户', en: 'This USCC already has a pending registration or an enterprise account' },
  registration_decided: { zh: '该注册申请已审核', en: 'This registration has already been decided' },
  api_key_not_found: { zh: 'API 密钥不存在或已吊销', en: 'API key not found or already revoked' },
  // recalls (src/domain/recalls, src/services/recalls)
  recall_not_found: { zh: '召回不存在', en: 'Recall not found' },
  recall_task_not_found: { zh: '召回任务不存在', en: 'Recall task not found' },
  recall_not_open: { zh: '召回已结束', en: 'The recall is closed' },
  recall_tasks_open: { zh: '仍有召回任务未完成或未说明，不能结束召回', en: 'Some recall tasks are neither done nor explained; the recall cannot close yet' },
  recall_task_finished: { zh: '该召回任务已完成或已说明', en: 'This recall task is already done or explained' },
  recall_task_confirmed: { zh: '该召回任务已确认', en: 'This recall task has already been confirmed' },
  recall_level_invalid: { zh: '召回级别须为 I、II 或 III', en: 'The recall level must be I, II or III' },
  recall_deadline_invalid: { zh: '召回截止时间须为带时区的 ISO 8601 时间，且晚于当前时间', en: 'The deadline must be an ISO 8601 time with a zone, later than now' },
  recall_no_holders: { zh: '这些追溯码没有任何持有者，无需召回', en: 'Nobody holds anything of these codes; there is nothing to recall' },
  recall_report_empty: { zh: '报告中没有任何下架、退回或销毁数量', en: 'The report gives no quantity removed, returned or destroyed' },
  recall_lot_not_in_task: { zh: '该批次或单品不在本召回任务中', en: 'This lot or item is not part of the recall task' },
  recall_lot_repeated: { zh: '同一批次在一份报告中只能出现一次', en: 'A lot may appear only once in a report' },
  recall_report_exceeds_holding: { zh: '报告数量超过了贵单位持有的数量', en: 'The reported quantity exceeds what you hold' },
  // complaints and webhook subscriptions
  notification_type_invalid: { zh: '通知类型无效（小写英文，以点分隔，如 recall.opened）', en: 'The notification type is invalid (lower-case dotted name such as recall.opened)' },
  subscription_not_found: { zh: '订阅不存在', en: 'Subscription not found' },
  subscription_url_invalid: { zh: '回调地址无效（须为 http 或 https 地址）', en: 'The webhook URL is invalid (it must be an http or https URL)' },
  subscription_url_private: { zh: '回调地址指向内网或本机地址，不允许使用', en: 'The webhook URL points to a private or loopback address, which is not allowed' },
  subscription_types_invalid: { zh: '订阅的通知类型无效（如 recall.*、alert.opened）', en: 'The subscribed types are invalid (e.g. recall.*, alert.opened)' },
  subscription_inactive: { zh: '订阅已停用', en: 'The subscription is deactivated' },
  complaint_not_found: { zh: '投诉不存在或回执码不正确', en: 'Complaint not found, or the receipt does not match' },
  complaint_text_length: { zh: '投诉内容须为 10 至 2000 个字', en: 'The complaint text must be 10 to 2000 characters long' },
  complaint_text_markup: { zh: '投诉内容不能包含 HTML 标签或脚本，请只填写文字', en: 'The complaint text may not contain HTML tags or scripts; please write plain text' },
  complaint_contact_required: { zh: '请填写手机号码或电子邮箱，以便答复', en: 'Give a mobile number or an email address so that we can answer' },
  complaint_phone_invalid: { zh: '手机号码格式不正确（11 位，以 1 开头）', en: 'The mobile number is invalid (11 digits starting with 1)' },
  complaint_email_invalid: { zh: '电子邮箱格式不正确', en: 'The email address is invalid' },
  complaint_photo_count: { zh: '最多上传 3 张照片', en: 'At most 3 photos may be uploaded' },
  complaint_photo_type: { zh: '照片只能是 JPEG、PNG 或 WebP 格式', en: 'Photos must be JPEG, PNG or WebP images' },
  complaint_photo_too_large: { zh: '单张照片不能超过 5 MB', en: 'A photo may be at most 5 MB' },
  complaint_upload_too_large: { zh: '上传内容过大（照片每张不超过 5 MB，最多 3 张），未保存任何内容', en: 'The upload is too large (photos up to 5 MB each, at most 3); nothing was saved' },
  complaint_transition_invalid: { zh: '当前状态下不能执行该操作', en: 'This step is not allowed from the complaint\'s current status' },
  complaint_assignee_invalid: { zh: '指派的机构不是有效的监管机构', en: 'The assignee is not an active regulator organisation' },
  complaint_answer_required: { zh: '答复时须填写答复内容', en: 'An answer text is required to answer the complaint' },
  complaint_finding_invalid: { zh: '核查结论只能在答复时填写，且须为：属实、不属实或无法查实', en: 'A finding goes with an answer and must be substantiated, unsubstantiated or undetermined' },
  complaint_import_invalid: { zh: '导入文件无法读取或缺少必需的列（工单编号、受理时间、诉求内容）', en: 'The import file cannot be read or lacks required columns (工单编号, 受理时间, 诉求内容)' },
  // operation
  alert_not_found: { zh: '预警不存在', en: 'Alert not found' },
  alert_rule_unknown: { zh: '未知的预警规则', en: 'Unknown early-warning rule' },
  alert_threshold_invalid: { zh: '预警阈值不合法（参数名或取值范围有误）', en: 'Invalid alert threshold (unknown parameter or value out of range)' },
  alert_transition_invalid: { zh: '当前状态下不能执行该预警处置操作', en: 'This step is not allowed from the alert\'s current status' },
  alert_note_required: { zh: '办结或排除预警时须填写说明', en: 'A note is required to resolve or dismiss an alert' },
  quota_invalid: { zh: '总量控制指标不合法', en: 'Invalid quota' },
  // credit, blacklist, random inspection draws (docs/credit.md)
  blacklist_party_required: { zh: '须指明主体：partyId 或统一社会信用代码（uscc）', en: 'Name the party: partyId or its unified social credit code (uscc)' },
  blacklist_period_invalid: { zh: '列入期限无效（日期格式错误、结束早于开始或超过 5 年）', en: 'Invalid listing period (bad date, ends before it starts, or longer than 5 years)' },
  blacklist_entry_not_found: { zh: '黑名单记录不存在', en: 'Blacklist entry not found' },
  blacklist_not_in_force: { zh: '该黑名单记录已撤销或已到期，不能再撤销', en: 'This blacklist entry is already revoked or expired' },
  draw_seed_invalid: { zh: '随机种子须为 8 至 200 个字符', en: 'The seed must be 8 to 200 characters' },
  draw_inspectors_invalid: { zh: '检查人员名单须不重复，且人数不少于每个对象的检查人数', en: 'The inspectors must be distinct and at least as many as inspectors per target' },
  draw_no_candidates: { zh: '抽取范围内没有符合条件的主体', en: 'No party in the scope of the draw' },
  draw_too_many_candidates: { zh: '抽取范围内的主体过多，请缩小地区、类别或主体类型', en: 'Too many parties in the scope of the draw; narrow the region, categories or party kinds' },
  draw_not_found: { zh: '抽查记录不存在', en: 'Inspection draw not found' },
  database_unavailable: { zh: '数据库暂不可用', en: 'The database is unavailable' },
  rate_limited: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  internal: { zh: '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
} as const satisfies Record<string, { zh: string; en: string }>

export type ErrorCode = keyof typeof ERRORS

/** One problem with one field, used to explain every rejected event of a batch. */
export interface FieldIssue {
  code: ErrorCode
  /** JSON pointer to the field at fault, e.g. `/events/3/bizStep`. */
  field: string
  /** Extra detail in English, e.g. the bad value or the rule. */
  detail?: string
}

export class ZhuisuError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field?: string,
    readonly details?: { issues?: FieldIssue[]; [key: string]: unknown },
  ) {
    super(ERRORS[code].en)
    this.name = 'ZhuisuError'
  }
}

export type Language = 'zh' | 'en'

export function messageOf(code: ErrorCode, language: Language): string {
  return ERRORS[code][language]
}
