// Prints the Bijoy → Unicode converter's accuracy on the corpus, by phrase and by character:
//   node --import tsx scripts/bijoy-accuracy.ts
import { readFileSync } from 'node:fs';
import { measureAccuracy, parseCorpus } from '../shared/bn/bijoy-accuracy';

const corpus = parseCorpus(
  readFileSync(new URL('../shared/bn/fixtures/bijoy-corpus.tsv', import.meta.url), 'utf8'),
);
const a = measureAccuracy(corpus);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
console.log(`phrases:    ${a.phrasesRight}/${a.phrases} exact (${pct(a.byPhrase)})`);
console.log(
  `characters: ${a.characters - a.characterErrors}/${a.characters} (${pct(a.byCharacter)}, edit distance)`,
);
for (const f of a.failures) console.log(`line ${f.line}: ${f.bijoy} → ${f.actual} (expected ${f.expected})`);
