/**
 * 特种设备 (elevators, gas cylinders), categories.md §5. Elevators and cylinders share bizSteps (commissioning,
 * inspecting), so an event names its stage (`zs:stage`: elevator_inspection, cylinder_pre_fill, …).
 */
import { element, inspectorName, manufacturerName, nextInspectionDate, operatorName, optional, ownerName, required, testResult } from '../elements.js'
import type { CategoryStandard } from '../types.js'

const EQUIPMENT_LAW = '特种设备安全法'
const MAINTENANCE_RULES = '特种设备安全监察条例 §31; TSG T5002'
const FILLING_RULES = `${EQUIPMENT_LAW} (充装前后检查、记录); TSG 07-2019`
const CYLINDER_CODES = 'DB4114/T 185-2023; TSG 23-2021 Amendment 1'

/** Several elevator code schemes coexist, so a code of unknown shape warns and never rejects (cn-identifiers.md §7). */
const equipmentCode = element({ key: 'equipmentCode', zh: '设备代码（注册代码）', en: 'Equipment code (registration code)', type: 'string', format: 'equipment_code', confidentiality: 'public', source: 'TSG 08-2017 [secondary]' })
const productCertificateNo = element({ key: 'productCertificateNo', zh: '产品合格证编号', en: 'Product certificate number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: EQUIPMENT_LAW })
const installerName = element({ key: 'installerName', zh: '安装单位', en: 'Installer', type: 'string', maxLength: 200, confidentiality: 'public', source: EQUIPMENT_LAW })
const installationNoticeNo = element({ key: 'installationNoticeNo', zh: '施工告知编号', en: 'Installation notice number', type: 'string', format: 'text_identifier', confidentiality: 'public', source: EQUIPMENT_LAW })
const registrationCertificateNo = element({ key: 'registrationCertificateNo', zh: '使用登记证编号', en: 'Use registration certificate number', type: 'string', format: 'use_certificate', confidentiality: 'public', source: `${EQUIPMENT_LAW} §33; TSG 08-2017` })
const maintainerName = element({ key: 'maintainerName', zh: '维保单位', en: 'Maintenance company', type: 'string', maxLength: 200, confidentiality: 'public', source: MAINTENANCE_RULES })
const maintenanceType = element({
  key: 'maintenanceType', zh: '维保项目类别', en: 'Maintenance type', type: 'code', confidentiality: 'public', source: 'TSG T5002',
  codeList: [
    { value: 'half_monthly', zh: '半月维保', en: 'Half-monthly' },
    { value: 'quarterly', zh: '季度维保', en: 'Quarterly' },
    { value: 'half_yearly', zh: '半年维保', en: 'Half-yearly' },
    { value: 'yearly', zh: '年度维保', en: 'Yearly' },
  ],
})
const faults = element({ key: 'faults', zh: '发现的故障', en: 'Faults found', type: 'string', maxLength: 1000, confidentiality: 'public', source: MAINTENANCE_RULES })
const partsReplaced = element({ key: 'partsReplaced', zh: '更换的部件', en: 'Parts replaced', type: 'string', maxLength: 1000, confidentiality: 'public', source: MAINTENANCE_RULES })
const inspectionBody = element({ key: 'inspectionBody', zh: '检验机构', en: 'Inspection body', type: 'string', maxLength: 200, confidentiality: 'public', source: `${EQUIPMENT_LAW} §40` })
const cylinderCode = element({ key: 'cylinderCode', zh: '气瓶编号', en: 'Cylinder number', type: 'string', format: 'cylinder_code', confidentiality: 'public', source: CYLINDER_CODES })
const nominalPressureMpa = element({ key: 'nominalPressureMpa', zh: '公称工作压力', en: 'Nominal working pressure', type: 'number', unit: 'MPA', minimum: 0, confidentiality: 'public', source: 'TSG 23-2021' })
const volumeLitres = element({ key: 'volumeLitres', zh: '容积', en: 'Water capacity', type: 'number', unit: 'LTR', minimum: 0, confidentiality: 'public', source: 'TSG 23-2021' })
const residualPressureMpa = element({ key: 'residualPressureMpa', zh: '余压', en: 'Residual pressure', type: 'number', unit: 'MPA', minimum: 0, confidentiality: 'public', source: FILLING_RULES })
const appearanceOk = element({ key: 'appearanceOk', zh: '外观、颜色标志检查合格', en: 'Appearance and colour marks pass', type: 'boolean', confidentiality: 'public', source: FILLING_RULES })
const valveOk = element({ key: 'valveOk', zh: '瓶阀、瓶帽、易熔塞等附件检查合格', en: 'Valve, cap and fittings pass', type: 'boolean', confidentiality: 'public', source: FILLING_RULES })
const medium = element({ key: 'medium', zh: '充装介质', en: 'Filling medium', type: 'string', maxLength: 100, confidentiality: 'public', source: FILLING_RULES })
const tareWeight = element({ key: 'tareWeight', zh: '皮重', en: 'Tare weight', type: 'quantity', unit: 'KGM', confidentiality: 'public', source: FILLING_RULES })
const maxFillWeight = element({ key: 'maxFillWeight', zh: '最大充装量', en: 'Maximum fill', type: 'quantity', unit: 'KGM', confidentiality: 'public', source: FILLING_RULES })
const filledWeight = element({ key: 'filledWeight', zh: '充装量（介质重量）', en: 'Filled weight (medium)', type: 'quantity', unit: 'KGM', confidentiality: 'public', source: FILLING_RULES })
const fillingPressureMpa = element({ key: 'fillingPressureMpa', zh: '充装压力', en: 'Filling pressure', type: 'number', unit: 'MPA', minimum: 0, confidentiality: 'public', source: FILLING_RULES })
const recheckOk = element({ key: 'recheckOk', zh: '充装后复检合格', en: 'Post-fill re-check passes', type: 'boolean', confidentiality: 'public', source: FILLING_RULES })
const scrapReason = element({ key: 'scrapReason', zh: '报废原因', en: 'Reason for scrapping', type: 'string', maxLength: 500, confidentiality: 'public', source: CYLINDER_CODES })

const inspectionConclusion = required(testResult, { zh: '检验结论', en: 'Inspection conclusion', source: `${EQUIPMENT_LAW} §40` })

export const EQUIPMENT: CategoryStandard = {
  category: 'equipment',
  source: `${EQUIPMENT_LAW}; 特种设备安全监察条例`,
  stages: [
    {
      code: 'elevator_manufacture', zh: '电梯制造', en: 'Elevator manufacture',
      steps: [{
        code: 'manufacture', zh: '出厂', en: 'Manufacture', bizSteps: ['commissioning'], source: EQUIPMENT_LAW,
        elements: [required(equipmentCode), required(manufacturerName, { source: EQUIPMENT_LAW }), optional(productCertificateNo)],
      }],
    },
    {
      code: 'elevator_installation', zh: '电梯安装', en: 'Elevator installation',
      steps: [{
        code: 'installation', zh: '安装', en: 'Installation', bizSteps: ['installing'], source: EQUIPMENT_LAW,
        elements: [required(equipmentCode), required(installerName), optional(installationNoticeNo)],
      }],
    },
    {
      code: 'elevator_maintenance', zh: '电梯维护保养', en: 'Elevator maintenance',
      steps: [{
        // At least every 15 days (特种设备安全监察条例 §31): the interval itself is checked by early warnings, not here.
        code: 'maintenance', zh: '维保', en: 'Maintenance', bizSteps: ['maintaining'], source: MAINTENANCE_RULES,
        elements: [required(equipmentCode), required(maintainerName), required(maintenanceType), optional(operatorName, { source: MAINTENANCE_RULES }), optional(faults), optional(partsReplaced)],
      }],
    },
    {
      code: 'elevator_inspection', zh: '电梯定期检验', en: 'Elevator periodic inspection',
      steps: [{
        code: 'inspection', zh: '定期检验', en: 'Periodic inspection', bizSteps: ['inspecting'], source: `${EQUIPMENT_LAW} §40`,
        elements: [required(equipmentCode), required(inspectionBody), inspectionConclusion, required(nextInspectionDate), optional(registrationCertificateNo)],
      }],
    },
    {
      code: 'elevator_scrapping', zh: '电梯报废注销', en: 'Elevator scrapping',
      steps: [{ code: 'scrapping', zh: '报废注销', en: 'Scrapping', bizSteps: ['decommissioning'], source: EQUIPMENT_LAW, elements: [required(equipmentCode), optional(scrapReason)] }],
    },
    {
      code: 'cylinder_manufacture', zh: '气瓶制造', en: 'Cylinder manufacture',
      steps: [{
        code: 'manufacture', zh: '出厂', en: 'Manufacture', bizSteps: ['commissioning'], source: 'TSG 23-2021',
        elements: [required(cylinderCode), required(manufacturerName, { source: 'TSG 23-2021' }), required(nominalPressureMpa), required(volumeLitres)],
      }],
    },
    {
      code: 'cylinder_pre_fill', zh: '气瓶充装前检查', en: 'Cylinder pre-fill check',
      steps: [{
        // An overdue inspection date means "refuse to fill" (categories.md §5); the date is recorded here and
        // compared with the filling time by the early-warning rules.
        code: 'pre_fill_check', zh: '充装前检查', en: 'Pre-fill check', bizSteps: ['inspecting'], source: FILLING_RULES,
        elements: [
          required(cylinderCode), required(inspectorName), required(nextInspectionDate, { source: FILLING_RULES }), required(residualPressureMpa),
          required(appearanceOk), required(valveOk), optional(ownerName, { source: FILLING_RULES }), optional(medium),
        ],
      }],
    },
    {
      code: 'cylinder_filling', zh: '气瓶充装', en: 'Cylinder filling',
      steps: [{
        code: 'filling', zh: '充装', en: 'Filling', bizSteps: ['filling'], source: FILLING_RULES,
        elements: [
          required(cylinderCode), required(operatorName), required(tareWeight), required(filledWeight), optional(maxFillWeight),
          optional(fillingPressureMpa), optional(medium), optional(recheckOk),
        ],
      }],
    },
    {
      code: 'cylinder_scrapping', zh: '气瓶报废', en: 'Cylinder scrapping',
      // The code is retired for good at scrapping (DB4114/T 185-2023: never reused).
      steps: [{ code: 'scrapping', zh: '报废', en: 'Scrapping', bizSteps: ['destroying'], source: CYLINDER_CODES, elements: [required(cylinderCode), optional(scrapReason)] }],
    },
  ],
}
