import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The extraction benches' texts: the corpus articles (news prose) and CoNLL04 dev sentences joined into documents of
 * article size (40 sentences each).
 */
export function benchTexts(root = path.resolve(__dirname, '..')): { articles: string[]; conll: string[] } {
  const corpusDir = path.join(root, '../shared/corpus');
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));
  const dev = JSON.parse(readFileSync(path.join(root, '../shared/benchmarks/conll04/dev.json'), 'utf8')) as Array<{ tokens: string[] }>;
  const conll: string[] = [];
  for (let k = 0; k < dev.length; k += 40)
    conll.push(
      dev
        .slice(k, k + 40)
        .map((s) => s.tokens.join(' '))
        .join('\n'),
    );
  return { articles, conll };
}
