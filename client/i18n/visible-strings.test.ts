import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a reader sees comes from a catalog (client/i18n/{en,bn}): this reads each
 * dashboard component with the TypeScript parser and names, by file:line, any text
 * written straight into the JSX or into an attribute that is shown or spoken.
 */

const CLIENT = path.resolve(import.meta.dirname, '..');

// Props whose value a reader sees or a screen reader speaks (our components' own included).
const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'caption',
  'emptyMessage',
  'hint',
  'anyone',
]);
const DIALOGS = new Set(['confirm', 'alert', 'prompt']);

// Text that is the same in every language, kept short on purpose: each entry says why.
const ALLOWED = new Set([
  'Barta', // the product's name, in both scripts
  'বার্তা',
  'English', // the language switch names each language in itself
  'বাংলা',
  // The credit printed under a photo on the public site, which is in Bengali whatever the dashboard's language.
  'সংগৃহীত',
  // Address forms a link may take, and a section's address prefix: what is typed, not words.
  'https://… · mailto:… · /article/…',
  '/section/',
]);

// Files still being translated, each removed once it passes (none today).
const PENDING: string[] = [];

const LETTER = /[A-Za-z\u0980-\u09FF]/;

interface Finding {
  line: number;
  text: string;
}

/** The plain strings an expression evaluates to (not those passed to calls such as t()). */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    return [node];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (
      kind === ts.SyntaxKind.PlusToken ||
      kind === ts.SyntaxKind.BarBarToken ||
      kind === ts.SyntaxKind.QuestionQuestionToken
    ) {
      return [...literalsOf(node.left), ...literalsOf(node.right)];
    }
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(node.right);
  }
  return [];
}

/** The words of a literal: a template's fixed parts only (what goes in ${} is checked where it comes from). */
function wordsOf(node: ts.Node): string {
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  return (node as ts.StringLiteral).text;
}

/** Text a reader would see in `source` (a .tsx file) that no catalog provides. */
function findVisibleLiterals(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!LETTER.test(trimmed) || ALLOWED.has(trimmed)) return;
    const leading = text.length - text.trimStart().length;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file) + leading);
    findings.push({ line: line + 1, text: trimmed });
  };
  const reportAll = (expression: ts.Expression | undefined) => {
    if (!expression) return;
    for (const literal of literalsOf(expression)) report(literal, wordsOf(literal));
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    // {'words'} or {ok ? 'Yes' : 'No'} among an element's children.
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      reportAll(node.expression);
    } else if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(file))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(value, value.text);
      else if (value && ts.isJsxExpression(value)) reportAll(value.expression);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (
        DIALOGS.has(name) &&
        (!ts.isPropertyAccessExpression(callee) ||
          /^(window|globalThis)$/.test(callee.expression.getText(file)))
      ) {
        reportAll(node.arguments[0]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function dashboardFiles(): string[] {
  return (fs.readdirSync(CLIENT, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx'))
    .sort();
}

const isPending = (file: string) =>
  PENDING.some((entry) => file === entry || (entry.endsWith('/') && file.startsWith(entry)));

describe('visible strings', () => {
  it('finds text in JSX, in visible attributes and in confirm(), with its line', () => {
    const source = `export const A = ({ ok }: { ok: boolean }) => (
  <div title="Open the story">
    Saved
    <input placeholder={ok ? 'Name' : t('x')} aria-label={\`Delete \${ok}\`} />
    {ok && 'সংরক্ষিত'}
    <button onClick={() => window.confirm('Delete it?')}>{t('y')}</button>
    <span className={\`a \${ok}\`} data-testid="not-visible">{' '}· 42 → <b>Barta</b></span>
  </div>
);`;
    expect(findVisibleLiterals('fixture.tsx', source)).toEqual([
      { line: 2, text: 'Open the story' },
      { line: 3, text: 'Saved' },
      { line: 4, text: 'Name' },
      { line: 4, text: 'Delete' },
      { line: 5, text: 'সংরক্ষিত' },
      { line: 6, text: 'Delete it?' },
    ]);
  });

  it('has no text outside the catalogs in any dashboard component', () => {
    const problems: string[] = [];
    for (const file of dashboardFiles()) {
      if (isPending(file)) continue;
      const source = fs.readFileSync(path.join(CLIENT, file), 'utf8');
      for (const { line, text } of findVisibleLiterals(file, source)) {
        problems.push(`client/${file}:${line}: "${text}"`);
      }
    }
    expect(problems, 'move these into client/i18n/en and bn and use t()').toEqual([]);
  });

  it('lists only pending files that still exist', () => {
    const files = dashboardFiles();
    for (const entry of PENDING)
      expect(
        files.some((file) => isPending(file) && (file === entry || file.startsWith(entry))),
        entry,
      ).toBe(true);
  });
});
