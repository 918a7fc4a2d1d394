import { HashSink } from '../src/learned/feature-sink';
const sink = new HashSink();
const words = ['kennedy', 'president', 'the', 'washington', 'xx', 'noun', 'propn', '<s>'];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let rep = 0; rep < 3; rep++) {
  const a = cpu();
  for (let i = 0; i < 75000 * 10; i++) {
    if (i % 33 === 0) sink.clear();
    const w = words[i & 7]!;
    sink.add('w-1w=', w, '|', words[(i + 1) & 7]!);
  }
  console.log('ns per add', (((cpu() - a) * 1e6) / 750000).toFixed(1));
}
