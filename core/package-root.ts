import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory holding modelwatch's package.json, found from this module's location so it is the same
 * whether code runs from sources (tests, tsx) or from dist/. Static assets (migrations, the demo site,
 * the default sources) are resolved against it, never against the working directory.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'modelwatch') return (cached = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('modelwatch package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
