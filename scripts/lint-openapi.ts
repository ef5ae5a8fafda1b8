/**
 * Lints the OpenAPI document the API serves with the engines of `redocly lint` (recommended) and
 * `spectral lint` (spectral:oas), offline. Prints one line per finding and exits 1 on any finding
 * not accepted in scripts/openapi/lint-document.ts (the same check as test/api-openapi-lint.test.ts).
 *
 * Usage: npm run openapi:lint
 */
import { formatFinding, lintOpenApi, unacceptedFindings } from './openapi/lint-document.js';
import { servedOpenApiDocument } from './openapi/served-document.js';

const findings = await lintOpenApi(await servedOpenApiDocument());
const problems = unacceptedFindings(findings);
for (const finding of findings)
  console.log(`${problems.includes(finding) ? 'NEW     ' : 'accepted'} ${formatFinding(finding)}`);
console.log(`${findings.length} findings, ${problems.length} not accepted`);
if (problems.length > 0) process.exitCode = 1;
