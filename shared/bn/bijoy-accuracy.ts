import { bijoyToUnicode } from './bijoy';

export interface CorpusEntry {
  line: number;
  bijoy: string;
  expected: string;
}

/** Parses the TSV corpus: `bijoy<TAB>unicode`, `#` starts a comment line. */
export function parseCorpus(text: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [bijoy, expected, ...rest] = raw.split('\t');
    if (expected === undefined || rest.length > 0) {
      throw new Error(`Corpus line ${index + 1} must be "bijoy<TAB>unicode"`);
    }
    entries.push({ line: index + 1, bijoy, expected: expected.normalize('NFC') });
  });
  return entries;
}

function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

export interface Accuracy {
  phrases: number;
  phrasesRight: number;
  characters: number;
  characterErrors: number;
  byPhrase: number;
  byCharacter: number;
  failures: Array<CorpusEntry & { actual: string }>;
}

/**
 * By phrase: the share converted exactly. By character: 1 − (edit distance
 * between output and expected, in code points) / (code points expected).
 */
export function measureAccuracy(entries: CorpusEntry[]): Accuracy {
  let phrasesRight = 0;
  let characters = 0;
  let characterErrors = 0;
  const failures: Accuracy['failures'] = [];
  for (const entry of entries) {
    const actual = bijoyToUnicode(entry.bijoy);
    const expected = [...entry.expected];
    characters += expected.length;
    if (actual === entry.expected) phrasesRight += 1;
    else {
      characterErrors += editDistance([...actual], expected);
      failures.push({ ...entry, actual });
    }
  }
  return {
    phrases: entries.length,
    phrasesRight,
    characters,
    characterErrors,
    byPhrase: phrasesRight / entries.length,
    byCharacter: 1 - characterErrors / characters,
    failures,
  };
}
