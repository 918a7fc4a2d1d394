import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { isNewsgraphError } from '@newsgraph/contract';
import type { Config } from './config';
import type { LoadCommandOptions } from './commands/load';
import type { ExportFlags } from './export/export-action';
// Each command's module is loaded when that command runs: loading all of them (the server, the Neo4j driver, the
// extractor's models) took most of a second before any command started, and `kg extract` with worker threads
// needs none of them in the main thread.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(module: string): T => require(module) as T;
// The configuration too (it names the server's defaults, so reading it loads the server): read on first use.
const configModule = (): typeof import('./config') => load<typeof import('./config')>('./config');

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
}

function parseDepth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new InvalidArgumentError('a whole number from 1 to 5');
  return n;
}

/** Builds the `kg` program; each action resolves to the process exit code. */
export function buildProgram(setExit: (code: number) => void): Command {
  let read: Config | undefined;
  const config = (): Config => (read ??= configModule().readConfig());
  const run = (action: () => Promise<number>) => async () => setExit(await action());
  const program = new Command('kg')
    .description('newsgraph: build a knowledge graph of who did what to whom from news articles')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('extract')
    .description('extract entities and relations from articles (.txt .md .html .jsonl) to JSON Lines')
    .argument('<paths...>', 'files or directories')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-w, --workers <n>', 'worker threads (default: one per core; 1 for a single file)', parseWorkers)
    .option('--learned', "add the extractor's learned layer to its rules (slower; see packages/extractor/README.md)")
    .action((paths: string[], opts: { output?: string; workers?: number; learned?: boolean }) =>
      run(async () => load<typeof import('./commands/extract')>('./commands/extract').extractCommand(paths, opts))(),
    );
  program
    .command('load')
    .description('load JSON Lines records (from kg extract) into Neo4j')
    .argument('<file>', 'a .jsonl file')
    .option('--batch-size <n>', 'triples per transaction (NEWSGRAPH_LOAD_BATCH_SIZE; default 10000)')
    .option('--retry-timeout <seconds>', 'how long to wait for an unreachable Neo4j (NEWSGRAPH_LOAD_RETRY_TIMEOUT; default 60)')
    .option('--tx-timeout <seconds>', "longest a batch's transaction may run (NEWSGRAPH_LOAD_TX_TIMEOUT; default: the database's)")
    .action((file: string, opts: LoadCommandOptions) =>
      run(async () => load<typeof import('./commands/load')>('./commands/load').loadCommand(file, config(), opts))(),
    );
  program
    .command('export')
    .description('export the graph from Neo4j (graphml, gexf, csv, jsonl, cypher), or JSON Lines records as neo4j-admin CSV')
    .argument('[file]', 'a .jsonl file from kg extract: convert its records instead of reading the database')
    .requiredOption('--out <path>', 'the file to write (a directory for csv and neo4j-admin)')
    .option('--format <format>', 'graphml | gexf | csv | jsonl | cypher from the database (default graphml); neo4j-admin with a FILE')
    .option('--entity <id>', "only this entity's neighbourhood (reads the database)")
    .option('--depth <n>', 'hops around --entity (default 1, at most 5)', parseDepth)
    .addHelpText(
      'after',
      '\nExamples:\n  kg export --format graphml --out graph.graphml\n  kg export --format gexf --entity person-vladimir-putin --depth 2 --out putin.gexf\n  kg export records.jsonl --format neo4j-admin --out import/',
    )
    .action((file: string | undefined, opts: ExportFlags) =>
      run(async () => load<typeof import('./export/export-action')>('./export/export-action').exportAction(file, opts, config()))(),
    );
  program
    .command('ingest')
    .description('extract and load articles in one go')
    .argument('<paths...>', 'files or directories')
    .option('-w, --workers <n>', 'worker threads (default: one per core; 1 for a single file)', parseWorkers)
    .option('--learned', "add the extractor's learned layer to its rules")
    .action((paths: string[], opts: { workers?: number; learned?: boolean }) =>
      run(async () => load<typeof import('./commands/ingest')>('./commands/ingest').ingestCommand(paths, config(), opts))(),
    );
  program
    .command('delete')
    .description('retract a document: its evidence, and the facts and entities left without evidence')
    .argument('<documentId>')
    .action((id: string) => run(async () => load<typeof import('./commands/delete')>('./commands/delete').deleteCommand(id, config()))());
  program
    .command('serve')
    .description('serve the GraphQL API (PORT, default 4000)')
    .action(() => run(async () => load<typeof import('./commands/serve')>('./commands/serve').serveCommand(config()))());
  program
    .command('start')
    .description('start a local Neo4j if none is reachable, ingest the sample corpus and serve the API')
    .action(() => run(async () => load<typeof import('./commands/start')>('./commands/start').startCommand(config()))());
  program
    .command('neo4j')
    .description('manage the local Neo4j: install | start | stop | status | env | logs')
    .argument('<action>')
    .action((action: string) => {
      const result = spawnSync(process.execPath, [join(configModule().SCRIPTS_DIR, 'neo4j.js'), action], { stdio: 'inherit' });
      setExit(result.status ?? 1);
    });
  return program;
}

/** Runs `kg` with argv; expected failures print one line naming the problem and the fix, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  try {
    await buildProgram((c) => (code = c)).parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (isNewsgraphError(err)) {
      console.error(`kg: ${err.message}`);
      return 1;
    }
    console.error(`kg: unexpected error: ${(err as Error).stack ?? String(err)}`);
    return 2;
  }
}
