/**
 * JavaScript's `\b` knows only ASCII letters, even under the `u` flag: "\bübertrifft" never matches
 * after a space (neither side of the boundary is an ASCII word character), and "\ber\b" matches inside
 * "größer". The lexicons of nlp/ therefore write word starts as `(?<![\p{L}])`. This test reads every
 * regular expression literal, string and template in nlp/ (String.raw templates by their raw text) and
 * fails on a `\b` that stands before a word, or an alternative, starting with an umlaut or ß, or right
 * after one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { topLevelAlternatives } from './events/scanner-chunks.js';

const nlpDir = path.dirname(fileURLToPath(import.meta.url));
const NON_ASCII_START = /^[äöüßÄÖÜ]/u;

/** The text inside the group that opens at `open`, or null when it does not close. */
function groupAt(source: string, open: number): string | null {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return null;
}

/** Where the group that closes at `close` opens, or -1 (escapes and classes skipped, scanning forward). */
function groupOpening(source: string, close: number): number {
  const opens: number[] = [];
  let inClass = false;
  for (let i = 0; i < close; i++) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') opens.push(i);
    else if (c === ')') opens.pop();
  }
  return opens.pop() ?? -1;
}

/** The `\b`s of a regular expression source that stand next to a non-ASCII letter. */
function asciiBoundaryMisuses(source: string): string[] {
  const out: string[] = [];
  for (let i = source.indexOf('\\b'); i >= 0; i = source.indexOf('\\b', i + 2)) {
    if (source[i - 1] === '\\') continue;
    const after = source.slice(i + 2);
    if (NON_ASCII_START.test(after)) out.push(`\\b${after.slice(0, 12)}`);
    if (/[äöüß]$/u.test(source.slice(0, i))) out.push(`${source.slice(Math.max(0, i - 12), i)}\\b`);
    if (source[i - 1] === ')') {
      const open = groupOpening(source, i - 1);
      const inner = open < 0 ? '' : source.slice(open + 1, i - 1).replace(/^\?:/u, '');
      for (const alt of topLevelAlternatives(inner))
        if (/[äöüß]$/u.test(alt)) out.push(`(...|${alt.slice(-16)})\\b`);
    }
    if (!after.startsWith('(')) continue;
    const inner = groupAt(source, i + 2);
    const body = inner?.replace(/^\?:/u, '') ?? '';
    for (const alt of topLevelAlternatives(body))
      if (NON_ASCII_START.test(alt)) out.push(`\\b(...|${alt.slice(0, 16)}`);
  }
  return out;
}

/** The sources of regular expression literals and of strings holding `\b`, with their line numbers. */
function regexSourcesOf(file: string): { line: number; source: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { line: number; source: string }[] = [];
  const visit = (node: ts.Node): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      out.push({ line, source: text.slice(1, text.lastIndexOf('/')) });
    } else if (ts.isStringLiteral(node)) {
      out.push({ line, source: node.text });
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      // String.raw`...` keeps its backslashes: its source is the raw text, not the cooked one
      const raw = ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText() === 'String.raw';
      const parts = ts.isTemplateExpression(node)
        ? [node.head, ...node.templateSpans.map((span) => span.literal)]
        : [node];
      out.push({ line, source: parts.map((p) => (raw ? (p.rawText ?? p.text) : p.text)).join('') });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('word boundaries next to umlauts', () => {
  it('finds the misuses it is meant to find', () => {
    expect(asciiBoundaryMisuses('\\b(?:than|übertrifft)\\s')).toEqual(['\\b(...|übertrifft']);
    expect(asciiBoundaryMisuses('\\bähnlich')).toEqual(['\\bähnlich']);
    expect(asciiBoundaryMisuses('groß\\b')).toEqual(['groß\\b']);
    expect(asciiBoundaryMisuses('(?:klein|groß)\\b')).toEqual(['(...|groß)\\b']);
    expect(asciiBoundaryMisuses('(?<![\\p{L}])(?:über|than)\\b')).toEqual([]);
    // the reason: ASCII-only boundaries under the u flag
    expect(/\bübertrifft/u.test('er übertrifft')).toBe(false);
    expect(/\ber\b/u.test('größer')).toBe(true);
  });

  it('the trigger lexicons write no \\w, which stops at an umlaut or ß after a German stem', () => {
    // the reason: "Exportbeschränkungen" is no \w-word past "Exportbeschr"
    expect(/^export\w*\s/u.test('exportbeschränkungen gestoppt')).toBe(false);
    expect(/^export[\p{L}\p{N}_]*\s/u.test('exportbeschränkungen gestoppt')).toBe(true);
    const uses = regexSourcesOf(path.join(nlpDir, 'event-cues.ts')).filter(({ source }) =>
      /(?<!\\)\\w/u.test(source),
    );
    expect(uses.map(({ line }) => line)).toEqual([]);
  });

  it('nlp/ writes no \\b next to an umlaut or ß', () => {
    const misuses = sourceFiles(nlpDir).flatMap((file) =>
      regexSourcesOf(file).flatMap(({ line, source }) =>
        asciiBoundaryMisuses(source).map((m) => `${path.relative(nlpDir, file)}:${line} ${m}`),
      ),
    );
    expect(misuses).toEqual([]);
  });
});
