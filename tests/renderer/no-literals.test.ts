/**
 * No user-visible text is hard-coded in the popover's components: every JSX text and every
 * `aria-label` / `title` / `placeholder` / `alt` comes from the translator (`t.t('ui.…')`). An
 * extraction check over the TypeScript AST (not a regex), with a tiny allow-list of strings that
 * carry no words (separators, glyphs); it must catch a planted literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../../renderer/components');
const TEXT_PROPS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
/** Words in any script: a literal without a letter (e.g. "·", "✓", " — ") is not a text. */
const HAS_WORD = /\p{L}/u;

/** String literals that would be shown as they are (not call arguments such as message keys). */
function shownLiterals(expr: ts.Expression, out: ts.Node[]): void {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
    if (HAS_WORD.test(expr.text)) out.push(expr);
  } else if (ts.isTemplateExpression(expr)) {
    if ([expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].some((t) => HAS_WORD.test(t))) out.push(expr);
    for (const s of expr.templateSpans) shownLiterals(s.expression, out);
  } else if (ts.isConditionalExpression(expr)) {
    shownLiterals(expr.whenTrue, out);
    shownLiterals(expr.whenFalse, out);
  } else if (
    ts.isBinaryExpression(expr) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(
      expr.operatorToken.kind,
    )
  ) {
    shownLiterals(expr.left, out);
    shownLiterals(expr.right, out);
  } else if (ts.isParenthesizedExpression(expr)) shownLiterals(expr.expression, out);
}

/** `file:line  text` for each hard-coded user-visible string in one TSX source. */
function hardCodedTexts(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORD.test(node.text)) found.push(node);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) shownLiterals(node.expression, found);
    else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) {
        if (HAS_WORD.test(init.text)) found.push(init);
      } else if (ts.isJsxExpression(init) && init.expression) shownLiterals(init.expression, found);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.map((n) => `${fileName}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}  ${n.getText(sf).trim()}`);
}

describe('no hard-coded user-visible strings in renderer/components', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.tsx'));

  it('reads every component file', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it('every JSX text and text prop comes from the translator', () => {
    const found = files.flatMap((f) => hardCodedTexts(f, readFileSync(path.join(DIR, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches a planted literal in text, in a text prop and in a conditional', () => {
    const planted = `export const X = ({ on }: { on: boolean }) => (
      <div title="Close window">
        <p>Hello world</p>
        <button aria-label={on ? 'Turn off' : t.t('ui.x')}>{on ? \`\${n} items\` : '·'}</button>
        <img alt={"Logo"} />
        <span>{t.t('ui.checking')} · {count}</span>
      </div>
    );`;
    const found = hardCodedTexts('Planted.tsx', planted);
    expect(found.map((f) => f.split('  ')[1])).toEqual(['"Close window"', 'Hello world', "'Turn off'", `\`\${n} items\``, '"Logo"']);
  });
});
