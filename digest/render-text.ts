import type { DigestView, ViewItem } from './digest-view.js';

function itemLines(item: ViewItem): string[] {
  const lines = [`  - ${item.summary}`];
  if (item.meta) lines.push(`    ${item.meta}`);
  if (item.reason) lines.push(`    ${item.reason}`);
  if (item.evidence) lines.push(`    "${item.evidence}"`);
  for (const source of item.sources)
    lines.push(`    ${source.outlet} (${source.language ?? '?'}): ${source.url}`);
  if (item.moreSources) lines.push(`    ${item.moreSources}`);
  return lines;
}

/**
 * The plain-text part: the same content as the HTML part, headings underlined, links written out.
 * Pure; article text needs no escaping in plain text.
 */
export function renderDigestText(view: DigestView): string {
  const lines = [view.title, '='.repeat(view.title.length), '', view.intro, ''];
  for (const section of view.sections) {
    lines.push(section.title, '-'.repeat(section.title.length), '');
    for (const block of section.blocks) {
      lines.push(block.headingUrl ? `${block.heading} <${block.headingUrl}>` : block.heading);
      if (block.line) lines.push(`  ${block.line}`);
      for (const item of block.items) lines.push(...itemLines(item));
      lines.push('');
    }
  }
  lines.push('--', view.footer, `${view.unsubscribeLabel}: ${view.unsubscribeUrl}`, '');
  return lines.join('\n');
}
