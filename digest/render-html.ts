import mjml2html from 'mjml';
import type { DigestView, ViewBlock, ViewItem } from './digest-view.js';
import { escapeHtml, safeHref } from './escape-html.js';

/** The palette and type of the email, as data. */
const STYLE = {
  font: 'Helvetica, Arial, sans-serif',
  text: '#1f2933',
  muted: '#616e7c',
  accent: '#1d4ed8',
  rule: '#d9e2ec',
  quoteBackground: '#f5f7fa',
  pageBackground: '#eef2f6',
} as const;

function link(url: string, text: string): string {
  return `<a href="${safeHref(url)}" style="color:${STYLE.accent};text-decoration:none">${escapeHtml(text)}</a>`;
}

function itemMarkup(item: ViewItem): string {
  const parts = [`<div style="font-weight:bold">${escapeHtml(item.summary)}</div>`];
  if (item.meta)
    parts.push(`<div style="color:${STYLE.muted};font-size:13px">${escapeHtml(item.meta)}</div>`);
  if (item.reason) parts.push(`<div style="font-size:13px">${escapeHtml(item.reason)}</div>`);
  if (item.evidence)
    parts.push(
      `<div style="margin:6px 0;padding:6px 10px;border-left:3px solid ${STYLE.rule};background:${STYLE.quoteBackground};font-style:italic">${escapeHtml(item.evidence)}</div>`,
    );
  const sources = item.sources.map(
    (s) =>
      `${link(s.url, s.outlet)} <span style="color:${STYLE.muted}">(${escapeHtml(s.language ?? '?')})</span>`,
  );
  if (item.moreSources) sources.push(escapeHtml(item.moreSources));
  if (sources.length > 0) parts.push(`<div style="font-size:13px">${sources.join(' · ')}</div>`);
  return `<div style="margin:0 0 12px 0">${parts.join('')}</div>`;
}

function blockMarkup(block: ViewBlock): string {
  const heading = block.headingUrl ? link(block.headingUrl, block.heading) : escapeHtml(block.heading);
  const line = block.line
    ? `<div style="color:${STYLE.muted};margin-bottom:6px">${escapeHtml(block.line)}</div>`
    : '';
  return `<mj-text padding="8px 24px"><div style="font-size:16px;font-weight:bold;margin-bottom:4px">${heading}</div>${line}${block.items.map(itemMarkup).join('')}</mj-text>`;
}

/** The MJML source of a digest: every text escaped, every link checked. Pure. */
export function digestMjml(view: DigestView): string {
  const sections = view.sections.map(
    (section) => `<mj-section background-color="#ffffff" padding="8px 0">
      <mj-column>
        <mj-text padding="8px 24px" font-size="18px" font-weight="bold" color="${STYLE.accent}">${escapeHtml(section.title)}</mj-text>
        <mj-divider border-width="1px" border-color="${STYLE.rule}" padding="0 24px" />
        ${section.blocks.map(blockMarkup).join('\n')}
      </mj-column>
    </mj-section>`,
  );
  return `<mjml lang="${view.language}">
  <mj-head>
    <mj-title>${escapeHtml(view.subject)}</mj-title>
    <mj-preview>${escapeHtml(view.subject)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${STYLE.font}" />
      <mj-text color="${STYLE.text}" font-size="14px" line-height="1.45" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${STYLE.pageBackground}" width="640px">
    <mj-section background-color="#ffffff" padding="16px 0 4px 0">
      <mj-column>
        <mj-text padding="8px 24px" font-size="22px" font-weight="bold">${escapeHtml(view.title)}</mj-text>
        <mj-text padding="0 24px 8px 24px" color="${STYLE.muted}">${escapeHtml(view.intro)}</mj-text>
      </mj-column>
    </mj-section>
    ${sections.join('\n')}
    <mj-section padding="12px 0">
      <mj-column>
        <mj-text padding="4px 24px" font-size="12px" color="${STYLE.muted}">${escapeHtml(view.footer)}<br />${link(view.unsubscribeUrl, view.unsubscribeLabel)}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/**
 * The HTML part: MJML compiled to table layout with inline styles, which common mail clients render.
 * Strict validation, so a template mistake fails loudly in tests instead of sending broken mail.
 */
export async function renderDigestHtml(view: DigestView): Promise<string> {
  const result = await mjml2html(digestMjml(view), { validationLevel: 'strict', keepComments: false });
  return result.html;
}
