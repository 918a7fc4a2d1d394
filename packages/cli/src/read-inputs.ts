import { createReadStream, existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from './errors';

export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'];

/** One article to extract, as read from a file (or one line of a .jsonl file). */
export interface InputDocument {
  text: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  id?: string;
}

/** A file that could not be read as an article, and why. */
export interface InputProblem {
  source: string;
  message: string;
}

/** Expands the paths given on the command line into article files, sorted, so runs are reproducible. */
export function listInputFiles(paths: string[]): string[] {
  if (paths.length === 0) throw new CliError('USAGE', 'no input given: name one or more files or directories, e.g. kg extract data/');
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new CliError('INPUT_NOT_FOUND', `${path} does not exist: check the path (relative to ${process.cwd()})`);
    if (statSync(path).isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  if (files.length === 0) {
    throw new CliError('NO_INPUT', `no article files (${INPUT_EXTENSIONS.join(', ')}) under ${paths.join(', ')}`);
  }
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const full = join(dir, d.name);
      if (d.isDirectory()) return walk(full);
      return INPUT_EXTENSIONS.includes(extname(d.name).toLowerCase()) ? [full] : [];
    });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as text, refusing binary content with a reason. */
export function decodeText(bytes: Buffer, source: string): string {
  if (bytes.length === 0) throw new CliError('NO_INPUT', `${source} is empty: remove it or give it an article's text`);
  if (bytes.includes(0))
    throw new CliError('NO_INPUT', `${source} is binary (it contains NUL bytes), not an article: remove it from the input`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError('NO_INPUT', `${source} is not UTF-8 text: convert it (e.g. iconv -t UTF-8) or remove it from the input`);
  }
}

/** Strips markup from an HTML page, keeping its text and the <title>. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? null;
  const text = html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h[1-6]|li|br|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
  return { text, title };
}

/** Reads the articles in one file: one for .txt/.md/.html, one per line for .jsonl ({text, title?, source?, publishedAt?, id?}). */
export async function* readInputFile(file: string): AsyncGenerator<InputDocument | InputProblem> {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') {
    let line = 0;
    for await (const raw of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      line += 1;
      if (!raw.trim()) continue;
      const source = `${file}:${line}`;
      try {
        const value = JSON.parse(raw) as Partial<InputDocument>;
        if (typeof value.text !== 'string') throw new Error('it has no "text" string');
        yield {
          text: value.text,
          title: value.title ?? null,
          source: value.source ?? source,
          publishedAt: value.publishedAt ?? null,
          id: value.id,
        };
      } catch (err) {
        yield { source, message: `${source} is not an article object ({"text": ...}): ${(err as Error).message}` };
      }
    }
    return;
  }
  try {
    const text = decodeText(readFileSync(file), file);
    if (ext === '.html' || ext === '.htm') {
      const page = htmlToText(text);
      yield { text: page.text, title: page.title ?? basename(file, ext), source: file, publishedAt: null };
    } else {
      yield { text, title: basename(file, ext), source: file, publishedAt: null };
    }
  } catch (err) {
    yield { source: file, message: (err as Error).message };
  }
}

export function isProblem(item: InputDocument | InputProblem): item is InputProblem {
  return 'message' in item;
}
