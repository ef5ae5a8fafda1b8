import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { analyze } from '../../nlp/analyze.js';
import { parsePublished } from '../../nlp/dates.js';
import { writeJsonLine } from '../write-lines.js';

/** An optional text field: `null` means the same as leaving the field out (DESIGN.md's CLI contract). */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

const inputLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  title: optionalText,
  lang: optionalText,
  // a date the analysis cannot read would silently leave every relative date ("on Thursday") unresolved
  published: optionalText.refine(
    (value) => value === undefined || value.trim() === '' || parsePublished(value) !== null,
    'not a date the analysis can read; give a calendar date like 2025-08-26 (a time may follow)',
  ),
});

/**
 * `analyze [--jsonl FILE|-]`: one output line per input line, in the shape of DESIGN.md. A line that
 * is not valid input yields `{id, error}` in its place, so output lines stay aligned with input lines.
 */
export async function runAnalyze(source: string): Promise<void> {
  if (source !== '-' && !fs.existsSync(source)) throw new UserError(`no such file: ${source}`);
  if (source !== '-' && fs.statSync(source).isDirectory())
    throw new UserError(`${source} is a directory; give a JSON-lines file or - for standard input`);
  const stream = source === '-' ? process.stdin : fs.createReadStream(source, 'utf8');
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      // a byte-order mark some editors write before the first line is not part of the JSON
      raw = JSON.parse(number === 1 ? line.replace(/^\uFEFF/u, '') : line);
    } catch {
      await writeJsonLine({ id: null, error: `line ${number}: not valid JSON` });
      continue;
    }
    const parsed = inputLine.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : null;
      await writeJsonLine({
        id,
        error: `line ${number}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`,
      });
      continue;
    }
    const { id, text, title, lang, published } = parsed.data;
    const result = analyze({ id, text, title, lang, published });
    await writeJsonLine(result);
  }
}
