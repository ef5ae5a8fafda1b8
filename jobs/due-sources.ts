import type { SourceConfig } from '../crawlers/sources/source-schema.js';

/**
 * The enabled sources whose interval has passed since their last run (or that never ran), so one
 * frequent scheduler tick serves sources with different intervals.
 */
export function dueSources(
  sources: readonly SourceConfig[],
  lastRunAt: ReadonlyMap<string, Date>,
  now: Date,
): SourceConfig[] {
  return sources.filter((source) => {
    if (!source.enabled) return false;
    const last = lastRunAt.get(source.id);
    return !last || now.getTime() - last.getTime() >= source.intervalMinutes * 60_000;
  });
}
