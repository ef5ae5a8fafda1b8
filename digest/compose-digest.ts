import { buildDigestView, type DigestLinks } from './digest-view.js';
import { renderDigestHtml } from './render-html.js';
import { renderDigestText } from './render-text.js';
import { isEmptyDigest, selectDigest } from './select-digest.js';
import type { DigestContent, DigestInput } from './types.js';

/** A composed digest email, ready for a transport. */
export interface DigestMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** RFC 8058 one-click unsubscribe headers, plus the link itself for display. */
  headers: Record<string, string>;
  unsubscribeUrl: string;
}

export interface ComposedDigest {
  content: DigestContent;
  /** Null when there is nothing to say and the subscriber did not ask for quiet-day emails. */
  message: DigestMessage | null;
}

/**
 * Chooses and writes one subscriber's digest: selection, wording, the plain-text and the HTML part, and
 * the List-Unsubscribe headers (RFC 2369, with List-Unsubscribe-Post for RFC 8058 one-click). Pure apart
 * from MJML's compilation; the caller reads the store before and sends after.
 */
export async function composeDigest(input: DigestInput, links: DigestLinks): Promise<ComposedDigest> {
  const content = selectDigest(input);
  if (isEmptyDigest(content) && !input.subscriber.quietDays) return { content, message: null };
  const view = buildDigestView(content, input.subscriber, input.period, links);
  return {
    content,
    message: {
      to: input.subscriber.email,
      subject: view.subject,
      text: renderDigestText(view),
      html: await renderDigestHtml(view),
      headers: {
        'List-Unsubscribe': `<${links.unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      unsubscribeUrl: links.unsubscribe,
    },
  };
}
