import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { adminImportArgs } from '../../packages/cli/src/commands/export';

/**
 * Runs `neo4j-admin database import full` (AdminTool straight off the install's jars) on the CSVs in `csvDir`,
 * into the instance at `home`, which must be stopped. Returns wall time and the JVM's peak RSS (GNU time).
 */
export function adminImport({ home, csvDir }: { home: string; csvDir: string }) {
  const started = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'maxrss_kb=%M', 'java', '-cp', join(home, 'lib', '*'), 'org.neo4j.cli.AdminTool', ...adminImportArgs(csvDir)],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`neo4j-admin import failed (exit ${r.status}):\n${output.slice(-3000)}`);
  const rss = /maxrss_kb=(\d+)/.exec(output);
  return {
    seconds,
    peakRssMB: rss ? Number(rss[1]) / 1024 : null,
    log: output
      .split('\n')
      .filter((l) => /IMPORT DONE|Imported:|nodes|relationships|properties/.test(l))
      .slice(-6),
  };
}
