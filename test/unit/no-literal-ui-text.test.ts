import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Every word the UI shows comes from the shared catalogue through t(). This scans the renderer's
 * TSX for text a user would see that bypasses it: JSX text, string literals as JSX children, and
 * string literals in attributes that are read out or shown (aria-label, title, placeholder, alt …).
 */
const shownAttributes = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'])
/** Text that contains a letter; punctuation and symbols (": ", "–", "…") are not language. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text)

export interface Finding {
  readonly line: number
  readonly text: string
}

export function findLiteralText(source: string, fileName = 'file.tsx'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: Finding[] = []
  const report = (node: ts.Node, text: string): void => {
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() })
  }
  const literalIn = (expr: ts.Expression | undefined): string | null => {
    if (!expr) return null
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text
    if (ts.isTemplateExpression(expr)) return [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ')
    if (ts.isConditionalExpression(expr)) return literalIn(expr.whenTrue) ?? literalIn(expr.whenFalse)
    if (ts.isBinaryExpression(expr)) return literalIn(expr.left) ?? literalIn(expr.right)
    if (ts.isParenthesizedExpression(expr)) return literalIn(expr.expression)
    return null
  }
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text)
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalIn(node.expression)
      if (text !== null && hasWords(text)) report(node, text)
    }
    if (ts.isJsxAttribute(node) && shownAttributes.has(node.name.getText(file))) {
      const init = node.initializer
      const text = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) ? literalIn(init.expression) : null
      if (text !== null && hasWords(text)) report(node, `${node.name.getText(file)}=${text}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

describe('no literal UI text in the renderer', () => {
  it('catches what it is meant to catch', () => {
    expect(findLiteralText('const a = <button>Save</button>')).toEqual([{ line: 1, text: 'Save' }])
    expect(findLiteralText('const a = <p>{"Gespeichert"}</p>')).toHaveLength(1)
    expect(findLiteralText('const a = <input aria-label="Search" />')).toHaveLength(1)
    expect(findLiteralText("const a = <input placeholder={'Suchen …'} />")).toHaveLength(1)
    expect(findLiteralText('const a = <img alt={ok ? "Logo" : t("x")} />')).toHaveLength(1)
    expect(findLiteralText('const a = <a title={`Open ${name}`} />')).toHaveLength(1)
    expect(findLiteralText('const a = <>\n  Hallo\n</>')).toEqual([{ line: 2, text: 'Hallo' }])
  })

  it('lets translated text, punctuation and non-visible attributes through', () => {
    const ok = `const a = (
      <label htmlFor="x" className="field">
        {t('a.b')}: {t('c.d', { n: 1 })} – {value} …
        <input id="search" type="search" aria-label={t('registry.search')} placeholder={t('p')} autoComplete="off" />
      </label>
    )`
    expect(findLiteralText(ok)).toEqual([])
  })

  it('finds none in src/renderer/src', () => {
    const root = join(__dirname, '..', '..')
    const files = tsxFiles(join(root, 'src', 'renderer', 'src'))
    expect(files.length).toBeGreaterThan(0)
    const offenders = files.flatMap((file) =>
      findLiteralText(readFileSync(file, 'utf8'), file).map((f) => `${relative(root, file)}:${f.line}: ${f.text}`)
    )
    expect(offenders).toEqual([])
  })
})
