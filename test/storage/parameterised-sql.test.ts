/**
 * Parameterised SQL only (STYLE §3): outside src/storage/dialect/ no source file may hold a raw Kysely
 * fragment, a driver call, or SQL text built from strings. The scanner is checked against known bad lines
 * first, so that a scanner that finds nothing cannot pass for a clean tree.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const SRC = join(ROOT, 'src')
/** The one place allowed raw SQL, behind named functions each tested on both engines. */
const DIALECT_DIR = join(SRC, 'storage', 'dialect')

/** The start of an SQL statement, as it would appear in hand-built text. */
const STATEMENT = String.raw`select\b.*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|drop\s+(?:table|schema|database)|create\s+(?:table|schema|database|index)`

const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'raw Kysely fragment', pattern: /\bsql\s*\.\s*(raw|lit|id|ref|table|join)\b/ },
  { name: 'sql tagged template', pattern: /\bsql\s*(<[^>]*>)?\s*`/ },
  { name: 'driver import', pattern: /from\s+['"](pg|better-sqlite3)['"]/ },
  { name: 'driver call', pattern: /\.(prepare|unsafe)\s*\(|\.query\s*\(\s*[`'"]/ },
  { name: 'SQL built in a template', pattern: new RegExp(`\`[^\`\n]*\\b(${STATEMENT})\\b[^\`\n]*\\$\\{`, 'i') },
  { name: 'SQL built by concatenation', pattern: new RegExp(`(['"])[^'"\\n]*\\b(${STATEMENT})\\b[^'"\\n]*\\1\\s*\\+`, 'i') },
]

function findSqlViolations(text: string): { rule: string; line: number; source: string }[] {
  return text.split('\n').flatMap((source, index) => RULES.filter((rule) => rule.pattern.test(source)).map((rule) => ({ rule: rule.name, line: index + 1, source: source.trim() })))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === DIALECT_DIR ? [] : sourceFiles(path)
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : []
  })
}

describe('parameterised SQL only', () => {
  it('recognises raw fragments, driver calls and string-built SQL', () => {
    const bad = [
      'await sql.raw(`delete from event`).execute(db)',
      "const q = sql.lit(name)",
      'await sql`select * from party where name = ${name}`.execute(db)',
      "import pg from 'pg'",
      "db.prepare('select 1')",
      'const text = `select id from party where uscc = \'${uscc}\'`',
      "const text = 'delete from event where id = ' + id",
      'client.query(`drop table ${table}`)',
    ]
    for (const line of bad) expect(findSqlViolations(line), line).not.toEqual([])
    const fine = [
      "db.selectFrom('party').where('uscc', '=', uscc).selectAll()",
      "const label = `${count} events selected from the file`",
      "const match = PATTERN.exec(code)",
    ]
    for (const line of fine) expect(findSqlViolations(line), line).toEqual([])
  })

  it('finds none in src/ outside src/storage/dialect/', () => {
    const files = sourceFiles(SRC)
    expect(files.length).toBeGreaterThan(20)
    const violations = files.flatMap((file) => findSqlViolations(readFileSync(file, 'utf8')).map((v) => `${relative(ROOT, file)}:${v.line} ${v.rule}: ${v.source}`))
    expect(violations).toEqual([])
  })
})
