import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../core/config.js';

/** One email as the transports take it. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
  date: Date;
  /** A stable name for the outbox file, so a retry replaces instead of adding a copy. */
  fileStem: string;
}

/**
 * Where digests go: SMTP when SMTP_URL is set, else .eml files in the outbox directory (the embedded
 * default: nothing is lost and a user can open them). `send` rejects when the mail was not accepted.
 */
export interface MailTransport {
  readonly description: string;
  send(mail: OutgoingMail): Promise<{ location: string }>;
  close(): void;
}

function mailOptions(mail: OutgoingMail) {
  const { from, to, subject, text, html, headers, messageId, date } = mail;
  return { from, to, subject, text, html, headers, messageId, date };
}

/** SMTP through nodemailer; a refused message (4xx/5xx) rejects with the server's answer. */
export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport(url);
  const shown = new URL(url);
  return {
    description: `SMTP ${shown.hostname}:${shown.port || (shown.protocol === 'smtps:' ? '465' : '587')}`,
    send: async (mail) => {
      const info = await transport.sendMail(mailOptions(mail));
      return { location: `smtp ${info.response}` };
    },
    close: () => {
      transport.close();
    },
  };
}

/** Writes each email as `<fileStem>.eml` into `dir` (atomically: a reader never sees half a file). */
export function outboxTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    description: `outbox ${path.resolve(dir)}`,
    send: async (mail) => {
      const info = await composer.sendMail(mailOptions(mail));
      await fs.mkdir(dir, { recursive: true });
      const file = path.resolve(dir, `${mail.fileStem}.eml`);
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
      return { location: file };
    },
    close: () => {
      composer.close();
    },
  };
}

/** The transport the configuration asks for. */
export function createMailTransport(config: Pick<Config, 'SMTP_URL' | 'DIGEST_OUTBOX'>): MailTransport {
  return config.SMTP_URL ? smtpTransport(config.SMTP_URL) : outboxTransport(config.DIGEST_OUTBOX);
}
