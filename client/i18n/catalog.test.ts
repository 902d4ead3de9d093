import { describe, expect, it } from 'vitest';
import { bn } from './bn';
import { en } from './en';
import { matchServerMessage } from './server-messages';

function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  const english = leaves(en);
  const bengali = leaves(bn);

  it('have the same keys in Bengali and English', () => {
    expect([...bengali.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty or non-text entries', () => {
    for (const [key, value] of [...english, ...bengali]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('fill the same parts in both languages', () => {
    for (const [key, value] of english) {
      expect(placeholders(bengali.get(key) as string), key).toEqual(placeholders(value as string));
    }
  });

  it('write every plural with both its one and other forms', () => {
    for (const key of english.keys()) {
      if (key.endsWith('_one')) expect(english.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });

  it('give Bengali words, not English left in place, for every Bengali entry', () => {
    // Names kept in their own script (English, Barta) and technical tokens are allowed.
    const allowed = /^(English|Barta|HTML|SMTP|URL|ID|RSS|UTC|JSON|CSV|Ctrl|alt)$/;
    for (const [key, value] of bengali) {
      const words =
        (value as string)
          .replace(/\{\{[^}]+\}\}|\S+@\S+|\S*[/:]\S*|[A-Z]+(?:_[A-Z]+)+/g, '')
          .match(/[A-Za-z]{3,}(?:\.\w+)*/g) ?? [];
      expect(
        words.filter((w) => !allowed.test(w)),
        key,
      ).toEqual([]);
    }
  });

  it('read the server message templates back with their parts', () => {
    expect(matchServerMessage('An account for rina@barta.test already exists.')).toEqual({
      key: 'accountExists',
      params: { email: 'rina@barta.test' },
    });
    expect(matchServerMessage('Not a message the server sends')).toBeNull();
  });
});
