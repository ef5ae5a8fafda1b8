import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 that keeps what it accepts, parsed by mailparser. */
export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  /** While set, every message is refused with this SMTP reply code (e.g. 451, a temporary failure). */
  refuseWith: number | null;
  /** Messages refused so far. */
  refused: number;
  close(): Promise<void>;
}

/** Starts an SMTP server on a free loopback port (no TLS, no auth), for tests that send real mail. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '',
    received: [],
    refuseWith: null,
    refused: 0,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (sink.refuseWith !== null) {
          sink.refused++;
          const error = Object.assign(new Error('mailbox busy, try again later'), {
            responseCode: sink.refuseWith,
          });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            sink.received.push(mail);
            callback();
          },
          (error: unknown) => {
            callback(error as Error);
          },
        );
      });
    },
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  sink.url = `smtp://127.0.0.1:${port}`;
  return sink;
}
