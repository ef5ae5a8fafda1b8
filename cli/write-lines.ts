/**
 * Writes one JSON line to stdout and waits when the pipe is full, so piping a large export into a slow
 * reader neither buffers everything in memory nor loses lines.
 */
export async function writeJsonLine(value: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(value)}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
