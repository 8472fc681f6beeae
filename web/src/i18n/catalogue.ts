/**
 * The message catalogues: the core files (zh-CN.json, en.json) plus one pair per area in messages/
 * (`<area>.zh-CN.json`, `<area>.en.json`, every key prefixed `<area>.`). A new area adds its two imports
 * and one spread in each catalogue below; index.ts checks that both languages have the same keys.
 */
import en from './en.json'
import alertsEn from './messages/alerts.en.json'
import alertsZhCN from './messages/alerts.zh-CN.json'
import zhCN from './zh-CN.json'
import recallsEn from './messages/recalls.en.json'
import recallsZhCN from './messages/recalls.zh-CN.json'
import explorerEn from './messages/explorer.en.json'
import explorerZhCN from './messages/explorer.zh-CN.json'
import impactEn from './messages/impact.en.json'
import impactZhCN from './messages/impact.zh-CN.json'
import portalEn from './messages/portal.en.json'
import portalZhCN from './messages/portal.zh-CN.json'
import creditEn from './messages/credit.en.json'
import creditZhCN from './messages/credit.zh-CN.json'
import consoleEn from './messages/console.en.json'
import consoleZhCN from './messages/console.zh-CN.json'
import complaintsEn from './messages/complaints.en.json'
import complaintsZhCN from './messages/complaints.zh-CN.json'
import helpEn from './messages/help.en.json'
import helpZhCN from './messages/help.zh-CN.json'

export const ZH_CN_MESSAGES = {
  ...zhCN,
  ...alertsZhCN,
  ...recallsZhCN,
  ...explorerZhCN,
  ...impactZhCN,
  ...portalZhCN,
  ...creditZhCN,
  ...consoleZhCN,
  ...complaintsZhCN,
  ...helpZhCN,
}

export const EN_MESSAGES = {
  ...en,
  ...alertsEn,
  ...recallsEn,
  ...explorerEn,
  ...impactEn,
  ...portalEn,
  ...creditEn,
  ...consoleEn,
  ...complaintsEn,
  ...helpEn,
}
