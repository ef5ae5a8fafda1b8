import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './helpers.js';

/** One pino log line of a spawned process. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  /** Log lines so far (JSON on stderr); other stderr text lands in `stderr`. */
  lines: LogLine[];
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first log line (seen or to come) that matches; rejects when the process exits first. */
  waitFor(match: (line: LogLine) => boolean): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs the built `modelwatch` CLI as a real process in `cwd` with the given environment (added to the
 * test's own), collecting its JSON log lines so tests can wait for what it reports.
 */
export function spawnCli(args: string[], env: Record<string, string>, cwd: string): CliProcess {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'modelwatch.js'), ...args], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });
  const lines: LogLine[] = [];
  let out = '';
  let err = '';
  let partial = '';
  const watchers: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    for (const part of parts) {
      err += `${part}\n`;
      let line: LogLine;
      try {
        line = JSON.parse(part) as LogLine;
      } catch {
        continue;
      }
      lines.push(line);
      for (const watcher of [...watchers]) {
        if (watcher.match(line)) {
          watchers.splice(watchers.indexOf(watcher), 1);
          watcher.resolve(line);
        }
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
    }),
  );
  return {
    child,
    lines,
    stdout: () => out,
    stderr: () => err + partial,
    exited,
    waitFor: (match) => {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise<LogLine>((resolve, reject) => {
        watchers.push({ match, resolve });
        void exited.then(({ code, signal }) => {
          reject(
            new Error(`process exited (${code ?? signal}) before the awaited log line:\n${err}${partial}`),
          );
        });
      });
    },
  };
}
