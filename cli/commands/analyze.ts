import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import { UserError } from '../../core/errors.js';
import { analyze } from '../../nlp/analyze.js';
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
  published: optionalText,
});

/**
 * `analyze [--jsonl FILE|-]`: one output line per input line, in the shape of DESIGN.md. A line that
 * is not valid input yields `{id, error}` in its place, so output lines stay aligned with input lines.
 */
export async function runAnalyze(source: string): Promise<void> {
  if (source !== '-' && !fs.existsSync(source)) throw new UserError(`no such file: ${source}`);
  const stream = source === '-' ? process.stdin : fs.createReadStream(source, 'utf8');
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
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
