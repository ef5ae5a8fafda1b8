import { loadConfig } from '../core/config.js';
import {
  ACCEPTED_FINDINGS,
  formatFinding,
  lintOpenApi,
  unacceptedFindings,
  type LintFinding,
} from '../scripts/openapi/lint-document.js';
import { servedOpenApiDocument } from '../scripts/openapi/served-document.js';

/**
 * The served document through the engines of `redocly lint` (recommended) and `spectral lint`
 * (spectral:oas), offline: any finding not in the reasoned accept list fails, in both access modes.
 */
describe.each([
  ['open reads', {}],
  ['keyed reads', { API_READ_ACCESS: 'key' }],
])('OpenAPI lint (%s)', (_mode, env) => {
  let findings: LintFinding[];
  beforeAll(async () => {
    findings = await lintOpenApi(await servedOpenApiDocument(loadConfig(env)));
  });

  it('has no finding beyond the accepted ones', () => {
    expect(unacceptedFindings(findings).map(formatFinding)).toEqual([]);
  });

  it('still has every accepted finding (an entry that matches nothing is removed from the list)', () => {
    const stale = ACCEPTED_FINDINGS.filter(
      (accepted) =>
        !findings.some(
          (f) => f.tool === accepted.tool && f.rule === accepted.rule && f.where === accepted.where,
        ),
    );
    expect(stale).toEqual([]);
  });
});

describe('OpenAPI lint engines', () => {
  it('finds what it is meant to find (a document with a known mistake fails both tools)', async () => {
    const broken = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/x': { get: { responses: { 200: { description: 'ok' } } } } },
    };
    const tools = new Set((await lintOpenApi(broken)).map((f) => f.tool));
    expect([...tools].sort()).toEqual(['redocly', 'spectral']);
  });
});
