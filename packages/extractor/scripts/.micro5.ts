import { fnvMore, hashParts } from '../src/learned/feature-sink';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const words = ['kennedy', 'president', 'the', 'washington', 'xx', 'noun', 'propn', '<s>'];
let h = 0;
for (let rep = 0; rep < 3; rep++) {
  let a = cpu();
  for (let i = 0; i < 3e6; i++) h ^= fnvMore(0x811c9dc5, words[i & 7]!);
  const t1 = cpu() - a;
  a = cpu();
  for (let i = 0; i < 3e6; i++) h ^= hashParts('bw=', words[i & 7]!);
  const t2 = cpu() - a;
  a = cpu();
  let x = 0;
  for (let i = 0; i < 3e6; i++) { const s = words[i & 7]!; let y = 0x811c9dc5; for (let j = 0; j < s.length; j++) y = Math.imul(y ^ s.charCodeAt(j), 0x01000193); x ^= y; }
  const t3 = cpu() - a;
  console.log('fnvMore ns', (t1 / 3e6 * 1e9).toFixed(1), 'hashParts ns', (t2 / 3e6 * 1e9).toFixed(1), 'inline ns', (t3 / 3e6 * 1e9).toFixed(1), h, x);
}
