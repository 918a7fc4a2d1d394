#!/usr/bin/env node
// `npm audit` of the production dependencies: fails on any high or critical advisory. When the registry's
// advisory service cannot be reached (offline mirrors and some proxies refuse its POST), it says so loudly and
// exits 0: an unreachable service is not a finding, and CI must not go red for it. Run: node scripts/audit-production.js
'use strict';
const { spawnSync } = require('node:child_process');

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', cwd: require('node:path').join(__dirname, '..') });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no JSON report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
if (!report.metadata) {
  // The error object npm prints when the advisory endpoint fails: { message, statusCode, ... }.
  console.warn(
    `WARNING: the npm advisory service could not be reached (${report.message ?? report.error?.summary ?? 'unknown error'}); audit skipped.`,
  );
  process.exit(0);
}
const counts = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
console.log(
  `production dependencies: ${counts.total} advisories (critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low})`,
);
for (const [name, v] of serious)
  console.error(`  ${v.severity}: ${name} ${v.range} — fix: ${v.fixAvailable ? 'npm audit fix' : 'no fix available yet'}`);
process.exit(serious.length > 0 ? 1 : 0);
