import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARIABLES } from './config.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the configuration documents', () => {
  it('.env.example lists every variable the configuration reads', () => {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gmu)].map((m) => m[1]));
    expect(CONFIG_VARIABLES.filter((name) => !listed.has(name))).toEqual([]);
  });

  it("the README's configuration table lists every variable", () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    // a row's first cell names one variable or several: "| `HOST`, `PORT` |"
    const named = new Set(
      [...readme.matchAll(/^\|((?:\s*`[A-Z][A-Z0-9_]+`,?)+)\s*\|/gmu)].flatMap((row) =>
        [...(row[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/gu)].map((m) => m[1]),
      ),
    );
    expect(CONFIG_VARIABLES.filter((name) => !named.has(name))).toEqual([]);
  });
});
