import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (killed after `timeoutMs`) and collects its output. */
export function runProcess(
  command: string,
  args: string[],
  { env = {}, timeoutMs = 60_000 }: { env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Runs the built `kg` command as a user would (npm test builds it first). */
export function kg(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<ProcessResult> {
  return runProcess(process.execPath, [join(REPO, 'packages/cli/bin/kg.js'), ...args], { env, timeoutMs });
}

/**
 * Runs `kg load FILE` with a small batch size, SIGKILLed after `killAfter` ms when given; returns the exit code,
 * null when it was killed. A run that fails on its own shows its stderr.
 */
export async function kgLoad(file: string, batchSize: number, killAfter?: number): Promise<number | null> {
  const result = await kg(['load', file], { NEWSGRAPH_LOAD_BATCH_SIZE: String(batchSize) }, killAfter ?? 300_000);
  if (result.code !== null && result.code !== 0) process.stderr.write(result.stderr);
  return result.code;
}
