import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Document, Spectral, type RulesetDefinition } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';

/** One problem a linter found, in one line a reader can act on. */
export interface LintFinding {
  tool: 'redocly' | 'spectral';
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  /** JSON pointer-like path into the document. */
  where: string;
  message: string;
}

/**
 * Findings accepted on purpose, each with its reason. A finding matches by tool, rule and where; the
 * test fails on any finding not listed here and on an entry that no longer matches anything.
 */
export const ACCEPTED_FINDINGS: readonly (Pick<LintFinding, 'tool' | 'rule' | 'where'> & {
  reason: string;
})[] = [
  {
    tool: 'spectral',
    rule: 'info-contact',
    where: '#/info',
    reason: 'the project has no public contact address yet; add info.contact when it has one',
  },
];

/** The findings {@link ACCEPTED_FINDINGS} does not list. */
export function unacceptedFindings(findings: readonly LintFinding[]): LintFinding[] {
  return findings.filter(
    (finding) =>
      !ACCEPTED_FINDINGS.some(
        (accepted) =>
          accepted.tool === finding.tool &&
          accepted.rule === finding.rule &&
          accepted.where === finding.where,
      ),
  );
}

const SPECTRAL_SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

/**
 * Lints an OpenAPI document as `redocly lint` (ruleset `recommended`) and `spectral lint`
 * (`extends: spectral:oas`, its recommended rules) do, through the same engines, in process and offline:
 * both rulesets come from the installed packages, nothing is fetched.
 */
export async function lintOpenApi(document: object): Promise<LintFinding[]> {
  const source = JSON.stringify(document, null, 2);
  const config = await createConfig({ extends: ['recommended'] });
  const redocly = await lintFromString({ source, absoluteRef: 'openapi.json', config });
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[oas as RulesetDefinition, 'recommended']] });
  const spectralResults = await spectral.run(new Document(source, spectralParsers.Json, 'openapi.json'));
  return [
    ...redocly.map((problem) => ({
      tool: 'redocly' as const,
      rule: problem.ruleId,
      severity: problem.severity === 'error' ? ('error' as const) : ('warning' as const),
      where: problem.location[0]?.pointer ?? '',
      message: problem.message,
    })),
    ...spectralResults.map((result) => ({
      tool: 'spectral' as const,
      rule: String(result.code),
      severity: SPECTRAL_SEVERITY[result.severity],
      where: `#/${result.path.join('/')}`,
      message: result.message,
    })),
  ];
}

/** A finding as one line: `tool rule severity where: message`. */
export function formatFinding(finding: LintFinding): string {
  return `${finding.tool} ${finding.rule} ${finding.severity} ${finding.where}: ${finding.message}`;
}
