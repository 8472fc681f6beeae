/**
 * 进口商品 (milk powder, wine, whisky, olive oil, fragrant rice, mineral water, tea), categories.md §8:
 * overseas producer → port → importer → distribution, which then follows food (食品安全法 §98 → §53).
 */
import { buyerRecord, FOOD_DISTRIBUTION } from './food.js'
import { element, inspectionCertificateNo, optional, productionDate, required, shelfLifeDays } from '../elements.js'
import type { CategoryStandard } from '../types.js'

const REGISTRATION_RULE = '海关总署令第248号 (2022-01-01)'
const IMPORT_RECORDS = '食品安全法 §98; 海关总署令第249号'
const PORT_PRACTICE = 'customs practice [secondary]'

const overseasRegistrationNo = element({ key: 'overseasRegistrationNo', zh: '境外生产企业在华注册编号', en: 'Overseas producer registration number in China', type: 'string', format: 'text_identifier', confidentiality: 'public', source: REGISTRATION_RULE })
const originCountry = element({ key: 'originCountry', zh: '原产国（地区）', en: 'Country of origin', type: 'string', format: 'country', confidentiality: 'public', source: PORT_PRACTICE })
const customsDeclarationNo = element({ key: 'customsDeclarationNo', zh: '报关单号', en: 'Customs declaration number', type: 'string', format: 'customs_declaration_no', confidentiality: 'confidential', source: PORT_PRACTICE })
const exportCertificateNo = element({ key: 'exportCertificateNo', zh: '出口国官方证书编号', en: "Exporting country's official certificate number", type: 'string', format: 'text_identifier', confidentiality: 'public', source: PORT_PRACTICE })
const chineseLabel = element({ key: 'chineseLabel', zh: '中文标签符合要求', en: 'Chinese label conforms', type: 'boolean', confidentiality: 'public', source: '食品安全法 §97' })
const importLotNo = element({ key: 'importLotNo', zh: '进口批号', en: 'Import lot number', type: 'string', maxLength: 50, confidentiality: 'public', source: IMPORT_RECORDS })
const exporterName = element({ key: 'overseasExporterName', zh: '境外出口商名称', en: 'Overseas exporter name', type: 'string', maxLength: 200, confidentiality: 'confidential', source: IMPORT_RECORDS })
const exporterAddress = element({ key: 'overseasExporterAddress', zh: '境外出口商地址', en: 'Overseas exporter address', type: 'string', maxLength: 300, confidentiality: 'confidential', source: IMPORT_RECORDS })
const exporterContact = element({ key: 'overseasExporterContact', zh: '境外出口商联系方式', en: 'Overseas exporter contact', type: 'string', maxLength: 100, confidentiality: 'confidential', source: IMPORT_RECORDS })

export const IMPORT: CategoryStandard = {
  category: 'import',
  source: `${IMPORT_RECORDS}; ${REGISTRATION_RULE}`,
  stages: [
    {
      code: 'overseas_producer', zh: '境外生产', en: 'Overseas producer',
      steps: [{
        // The registration number is printed on inner and outer packaging (令第248号).
        code: 'production', zh: '境外生产', en: 'Overseas production', bizSteps: ['commissioning'], source: REGISTRATION_RULE,
        elements: [required(overseasRegistrationNo), required(originCountry, { source: REGISTRATION_RULE }), optional(productionDate), optional(shelfLifeDays)],
      }],
    },
    {
      code: 'port_entry', zh: '口岸报关与检验检疫', en: 'Port entry, declaration and inspection',
      steps: [{
        code: 'port_inspection', zh: '报关与检验检疫', en: 'Declaration and inspection', bizSteps: ['arriving', 'inspecting', 'accepting'], source: PORT_PRACTICE,
        elements: [
          required(customsDeclarationNo), required(originCountry),
          required(inspectionCertificateNo, { zh: '入境货物检验检疫证明编号', en: 'Entry inspection and quarantine certificate number', source: PORT_PRACTICE }),
          optional(exportCertificateNo), optional(chineseLabel),
        ],
      }],
    },
    {
      code: 'importer', zh: '进口商', en: 'Importer',
      steps: [
        {
          code: 'import_record', zh: '进口记录', en: 'Import record', bizSteps: ['receiving'], source: IMPORT_RECORDS,
          elements: [
            required(exporterName), required(exporterAddress), required(exporterContact), optional(importLotNo), optional(productionDate),
            optional(shelfLifeDays), optional(customsDeclarationNo),
          ],
        },
        { code: 'sale_record', zh: '销售记录', en: 'Sales record', bizSteps: ['shipping'], source: IMPORT_RECORDS, elements: [...buyerRecord(IMPORT_RECORDS), optional(importLotNo)] },
      ],
    },
    // Distribution follows food (categories.md §8: "as food", 食品安全法 §53).
    FOOD_DISTRIBUTION,
  ],
}
