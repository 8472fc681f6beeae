/**
 * The public recall feeds: Atom 1.0 (RFC 4287) and RSS 2.0, built with fast-xml-parser's XMLBuilder, which
 * escapes text and attribute values. One entry per recall; its consumer notices are part of its content.
 */
import { XMLBuilder } from 'fast-xml-parser'
import type { PublicRecall } from '../../../services/recalls/public-recalls.js'

export const FEED_SIZE = 50
const TITLE = '追溯平台召回公告与消费提示 Recalls and consumer notices'

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true })

function entryTitle(recall: PublicRecall): string {
  const products = recall.productNames.length > 0 ? recall.productNames.join('、') : recall.codes.join('、')
  return `【${recall.level}级召回】${products}${recall.status === 'closed' ? '（已结束）' : ''}`
}

function entryText(recall: PublicRecall): string {
  const lines = [
    `召回原因：${recall.reason}`,
    `召回级别：${recall.levelText.zh}`,
    `发起单位：${recall.initiatorName}`,
    `追溯码：${recall.codes.join('，')}`,
    `消费者应当：${recall.advice.zh}`,
    ...recall.notices.map((n) => `消费提示「${n.title}」：${n.body}${n.advice ? `（${n.advice}）` : ''}`),
  ]
  return lines.join('\n')
}

const pageOf = (base: string, recall: PublicRecall) => `${base}/recalls?id=${encodeURIComponent(recall.id)}`

export function atomFeed(recalls: PublicRecall[], base: string, now: string): string {
  const updated = recalls.reduce((latest, r) => [r.openedAt, r.closedAt ?? '', ...r.notices.map((n) => n.publishedAt)].reduce((a, b) => (b > a ? b : a), latest), '')
  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom', '@_xml:lang': 'zh-CN',
      id: `${base}/recalls.atom`, title: TITLE, updated: updated || now,
      link: [{ '@_rel': 'self', '@_href': `${base}/recalls.atom` }, { '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${base}/recalls` }],
      author: { name: '追溯 Zhuisu' },
      entry: recalls.map((r) => ({
        id: `urn:zhuisu:recall:${r.id}`, title: entryTitle(r),
        updated: [r.openedAt, r.closedAt ?? '', ...r.notices.map((n) => n.publishedAt)].reduce((a, b) => (b > a ? b : a)),
        published: r.openedAt, link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': pageOf(base, r) },
        author: { name: r.initiatorName }, category: { '@_term': `level-${r.level}` },
        summary: { '@_type': 'text', '#text': r.reason }, content: { '@_type': 'text', '#text': entryText(r) },
      })),
    },
  }) as string
  return xml
}

export function rssFeed(recalls: PublicRecall[], base: string, now: string): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0', '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      channel: {
        title: TITLE, link: `${base}/recalls`, description: '重要产品召回公告与消费提示 Recalls of important products and consumer notices', language: 'zh-cn',
        lastBuildDate: new Date(now).toUTCString(),
        'atom:link': { '@_href': `${base}/recalls.rss`, '@_rel': 'self', '@_type': 'application/rss+xml' },
        item: recalls.map((r) => ({
          title: entryTitle(r), link: pageOf(base, r), guid: { '@_isPermaLink': 'false', '#text': `urn:zhuisu:recall:${r.id}` },
          pubDate: new Date(r.openedAt).toUTCString(), category: `${r.level}级召回`, description: entryText(r),
        })),
      },
    },
  }) as string
}
