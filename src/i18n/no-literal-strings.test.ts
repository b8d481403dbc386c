// Every user-visible word comes from the messages object (src/i18n/messages.ts), so a host can
// replace any of them. This test fails on a JSX text child or a string `label=`, `title=`,
// `aria-label=`, `placeholder=` or `helperText=` prop written as a literal in a screen or widget.
// It reads the files with the TypeScript parser, so formatting doesn't fool it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED = ['features', 'components'];
const PROPS = new Set(['label', 'title', 'aria-label', 'placeholder', 'helperText']);

/**
 * Literals that are not words, each with why. Keyed by `file: text`, so an entry can't hide the
 * same text elsewhere.
 */
const ALLOWED: Record<string, string> = {
  'components/test-form.tsx: Submit': 'a test helper that wraps widgets in a form; no user sees it',
};

/** Text that carries no words: punctuation, symbols, numbers. */
const NOT_WORDS = /^[\s\p{P}\p{S}\d]*$/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [full] : [];
  });
}

/** The literal text of a prop value: "x", {'x'}, {`x`}; undefined when it is computed. */
function literalOf(init: ts.JsxAttribute['initializer']): string | undefined {
  if (!init) return undefined;
  if (ts.isStringLiteral(init)) return init.text;
  if (ts.isJsxExpression(init) && init.expression) {
    const e = init.expression;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    // A template with words around its holes, like `Delete ${name}`, is a literal too.
    if (ts.isTemplateExpression(e)) {
      return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
    }
  }
  return undefined;
}

export function findLiterals(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isJsxText(node)) text = node.text;
    else if (ts.isJsxAttribute(node) && PROPS.has(node.name.getText(sf))) {
      text = literalOf(node.initializer);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))
    ) {
      text = node.expression.text; // {'text'} as a child
    }
    if (text !== undefined && !NOT_WORDS.test(text)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      const name = path.isAbsolute(file) ? path.relative(ROOT, file) : file;
      const key = `${name}: ${text.trim().replace(/\s+/g, ' ')}`;
      if (!(key in ALLOWED)) found.push(`${key} (line ${line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

it('finds a literal in JSX text and in a label prop (the check can fail)', () => {
  const src = `const a = <Button title="Close" aria-label={'Shut'}>Save {n} items{' '}{\`x\`}</Button>;
    const b = <Field label={\`Delete \${name}\`} helperText={m.ok} placeholder=" " />;`;
  expect(findLiterals('x.tsx', src).map((f) => f.replace(/ \(line.*/, ''))).toEqual([
    'x.tsx: Close',
    'x.tsx: Shut',
    'x.tsx: Save',
    'x.tsx: items',
    'x.tsx: x',
    'x.tsx: Delete',
  ]);
});

it('no user-visible string literal is left in screens and widgets', () => {
  const files = SCANNED.flatMap((dir) => tsxFiles(path.join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((f) => findLiterals(f, readFileSync(f, 'utf8')));
  expect(found).toEqual([]);
});

it('every allow-list entry is still needed and says why', () => {
  for (const [key, reason] of Object.entries(ALLOWED)) {
    const [file, ...rest] = key.split(': ');
    const text = rest.join(': ');
    const source = readFileSync(path.join(ROOT, file!), 'utf8');
    expect(source, key).toContain(text);
    expect(reason.length, key).toBeGreaterThan(10);
  }
});
