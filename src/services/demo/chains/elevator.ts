/**
 * 电梯 (categories.md §5): manufacture (设备代码, 出厂检验) → delivery to the building's 使用单位 →
 * installation by a licensed installer → 监督检验 and 使用登记 → half-monthly maintenance (at least every
 * 15 days, 特种设备安全监察条例 §31) and the user's monthly self-inspection (§27), until the clock's now.
 */
import type { DemoParty } from '../catalogue/catalogue.js'
import { zsStep } from '../chain-kit.js'
import { personName, provinceAbbreviation } from '../identity.js'
import type { DemoUnit } from '../units.js'
import { digits, party, testReportNumber, type ChainContext, type ChainKind, type ChainSample } from './chain.js'

const DAY_HOURS = 24
/** TSG T5002 half-monthly maintenance: never more than 15 days apart. */
const MAINTENANCE_DAYS: [number, number] = [13, 14]
const SELF_CHECK_DAYS = 30
/** 特种设备目录 品种代码 3110: 曳引驱动乘客电梯. */
const ELEVATOR_CLASS = '3110'

export const elevatorChain: ChainKind = {
  name: 'elevator',
  category: 'equipment',
  share: 0.04,
  spanDays: 55,
  build(context: ChainContext): ChainSample {
    const { kit, catalogue, rng, ids } = context
    const maker = catalogue.pick(rng, 'elevator_maker')
    const user = party(context, 'property')
    const installer = party(context, 'maintainer')
    const lab = party(context, 'inspection_body')
    const product = catalogue.product(rng, maker, 'elevator')
    const makerCode = String(Number.parseInt(maker.uscc.slice(12, 16), 36) % 100_000).padStart(5, '0')
    kit.dayAt(0, 8, 16)
    const year = kit.date().slice(0, 4)
    const codes = new Map<DemoUnit, string>()
    const elevators = Array.from({ length: rng.int(1, 4) }, () => {
      const code = `${ELEVATOR_CLASS}${makerCode}${year}${String(ids.next(`elevator:${maker.uscc}`)).padStart(5, '0')}`
      const elevator = kit.units.item(product, code, maker.id, kit.date())
      codes.set(elevator, code)
      return elevator
    })
    for (const elevator of elevators) {
      kit.make(maker, [elevator], {
        stage: 'elevator_manufacture',
        data: { equipmentCode: codes.get(elevator), manufacturerName: maker.name, productCertificateNo: `CP${year}${digits(rng, 6)}`, ratedLoadKg: 1050, ratedSpeedMps: 1.75, stops: rng.int(6, 33) },
      })
    }
    kit.dayAt(rng.int(1, 3), 8, 12).transfer(maker, user, elevators, {
      docs: [{ type: 'inv', id: `FP${digits(rng, 10)}` }], travelHours: [24, 72], receiveData: { acceptance: '开箱验收合格' },
    })
    kit.dayAt(rng.int(1, 3), 8, 12)
    for (const elevator of elevators) {
      kit.consume(user, 'installing', [elevator], {
        data: { equipmentCode: codes.get(elevator), installerName: installer.name, installerLicence: installer.licences[0]?.number, installationNoticeNo: `GZ${user.regionCode}${digits(rng, 6)}`, usingUnit: user.name },
      })
    }
    kit.dayAt(rng.int(2, 5), 9, 16)
    elevators.forEach((elevator) => {
      kit.inspect(lab, [elevator], {
        at: user,
        stage: 'elevator_inspection',
        docs: [{ type: 'testres', id: testReportNumber(rng, lab, kit.yymmdd()) }],
        data: {
          equipmentCode: codes.get(elevator), inspectionBody: lab.name, inspection: '安装监督检验', testResult: '合格',
          registrationCertificateNo: registrationNumber(user, ids.next(`lift-registration:${user.regionCode}`), kit.date().slice(2, 4)), nextInspectionDate: kit.date(kit.now, 365),
        },
      })
    })
    const nextInspection = kit.date(kit.now, 365)
    kit.parallel(elevators, (elevator) => maintainUntilNow(context, elevator, codes.get(elevator)!, installer, user, nextInspection))
    return { root: elevators[0], end: elevators[0] }
  },
}

/** 使用登记证编号 (TSG 08-2017): 梯 + 特征代号 11 (乘客) + province + city letter + serial + (year). */
function registrationNumber(user: DemoParty, serial: number, yy: string): string {
  const cityLetter = user.place.plate.slice(1)
  return `梯11${provinceAbbreviation(user.regionCode)}${cityLetter}${String(serial).padStart(5, '0')}(${yy})`
}

function maintainUntilNow(context: ChainContext, elevator: DemoUnit, equipmentCode: string, maintainer: DemoParty, user: DemoParty, nextInspection: string): void {
  const { kit, rng } = context
  let lastSelfCheck = kit.now
  for (;;) {
    const days = rng.int(MAINTENANCE_DAYS[0], MAINTENANCE_DAYS[1])
    if (kit.now + (days + 1) * DAY_HOURS * 3_600_000 > kit.end) break
    kit.dayAt(days, 8, 17).observe(maintainer, zsStep('maintaining'), [elevator], {
      at: user,
      data: {
        equipmentCode, maintainerName: maintainer.name, maintenanceType: 'half_monthly', operatorName: personName(rng),
        items: '曳引机、制动器、门系统、安全钳、轿厢照明', faults: rng.chance(0.1) ? '层门门锁触点氧化，已清洁' : '无', signedBy: '使用单位安全管理员',
      },
    })
    if (kit.now - lastSelfCheck > SELF_CHECK_DAYS * DAY_HOURS * 3_600_000) {
      kit.wait(1, 30).inspect(user, [elevator], {
        stage: 'elevator_inspection',
        data: { equipmentCode, inspectionBody: `${user.name}(使用单位自行检查)`, check: '月度自行检查', testResult: '合格', nextInspectionDate: nextInspection },
      })
      lastSelfCheck = kit.now
    }
  }
}
