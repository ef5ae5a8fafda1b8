import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../../core/errors.js';
import { decodeHtml } from '../../crawlers/extract/decode-html.js';
import { extractArticle } from '../../crawlers/extract/extract-article.js';
import { detectLanguage } from '../../nlp/language.js';
import { writeJsonLine } from '../write-lines.js';

async function listFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) throw new UserError(`no such file or directory: ${target}`);
  if (!stat.isDirectory()) return [target];
  const entries = await fs.readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.isDirectory() || /\.html?(\.gz)?$/i.test(e.name))
      .map((e) => listFiles(path.join(target, e.name))),
  );
  return nested.flat().sort();
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  return head.includes(0);
}

/** Reads a file, gunzipping .gz (or gzip magic bytes), and rejects content that is not text. */
async function readHtml(file: string): Promise<string> {
  let bytes: Uint8Array = await fs.readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  if (looksBinary(bytes)) throw new Error('not an HTML file (binary content)');
  return decodeHtml(bytes, null);
}

/**
 * `extract <file-or-dir>...`: one JSON line per HTML (.html, .html.gz) file, in the shape of DESIGN.md;
 * a file that cannot be read or parsed yields a line with an `error` field and the rest go on.
 */
export async function runExtract(targets: string[]): Promise<void> {
  if (targets.length === 0) throw new UserError('extract needs at least one file or directory');
  const files = (await Promise.all(targets.map(listFiles))).flat();
  for (const file of files) {
    try {
      const article = extractArticle(await readHtml(file));
      await writeJsonLine({
        file,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        title: article.title,
        authors: article.authors,
        publishedAt: article.publishedAt,
        language: article.text
          ? detectLanguage(`${article.title}\n${article.text}`, article.languageHint)
          : article.languageHint,
        text: article.text,
      });
    } catch (error) {
      await writeJsonLine({ file, error: (error as Error).message });
    }
  }
}
