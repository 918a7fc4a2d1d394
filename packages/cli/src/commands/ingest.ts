import { createLoader, type LoadSummary } from '@newsgraph/loader';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { extractInputs, RunSummary, type ExtractInputsOptions } from '../extract-inputs';
import { openDriver } from '../neo4j-control';
import { reportProblems } from '../report';
import { reportLoad } from './load';

/** Extracts and loads every article under `paths` through an open driver; returns the exit code. */
export async function ingest(paths: string[], driver: Driver, database: string, options: ExtractInputsOptions = {}): Promise<number> {
  const started = Date.now();
  const extracted = new RunSummary();
  async function* records() {
    for await (const item of extractInputs(paths, options)) {
      extracted.add(item);
      if ('json' in item) yield item.json;
    }
  }
  const loaded: LoadSummary = await createLoader({ driver, database }).loadRecords(records());
  const extractCode = reportProblems('extracted', extracted);
  const loadCode = reportLoad(loaded, (Date.now() - started) / 1000);
  return extractCode || loadCode;
}

/** `kg ingest FILES|DIR [--workers N] [--learned]`: extract + load. */
export async function ingestCommand(paths: string[], config: Config, options: ExtractInputsOptions = {}): Promise<number> {
  const driver = await openDriver(config);
  try {
    return await ingest(paths, driver, config.neo4j.database, options);
  } finally {
    await driver.close();
  }
}
