import fc from 'fast-check';

/** Strings that have broken web apps before: markup, script URLs, SQL and tsquery syntax, odd Unicode. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  "'; drop table articles; --",
  '\\',
  '%_%',
  ':*&|!<->',
  '‘গ্রোক’ চালাতে ১২ বিলিয়ন',
  'য়'.normalize('NFD'),
  'ক্\u200dষ',
  '\u0000',
  '\ud800',
  'x'.repeat(10_000),
  '',
  ' ',
  '../../etc/passwd',
  '__proto__',
];

/** The drills' seed: fixed in `npm test` (CI), random and printed in `npm run drill`. */
export const DRILL_SEED = Number(process.env.DRILL_SEED ?? 20251129);

/** One UTF-16 unit of any value: lone surrogates, NUL and controls included. */
export const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const LISTS = ['public', 'stories.updated', 'stories.headline', 'stories.relevance', 'media.newest', 'audit'];
const ZERO_ID = '00000000-0000-0000-0000-000000000000';
const BAD_KEYS: unknown[] = [
  '2025-02-30T00:00:00.000000Z',
  '0000-01-01T00:00:00.000000Z',
  '99999-12-31T00:00:00.000000Z',
  '2025-07-23T25:61:00.000000Z',
  1e23,
  -1,
  Number.MAX_SAFE_INTEGER * 4,
  '1e39',
  'NaN',
  '\u0000',
  '\ud800',
  "1' or 1=1",
  { at: '2025-02-30T00:00:00.000000Z', id: ZERO_ID },
  ['desc', '2025-02-30T00:00:00.000000Z', 'not-a-uuid'],
  ['desc', 'a\u0000b', ZERO_ID],
  ['desc', '1e39', ZERO_ID],
  null,
];

/** Cursors a forger would try: our envelope around keys that do not fit, old formats, noise. */
export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(1, 2, 0), fc.constantFrom(...LISTS), fc.constantFrom(...BAD_KEYS))
    .map(([version, list, key]) => b64([version, list, key])),
  fc.constantFrom(
    Buffer.from(`2025-02-30T00:00:00.000000Z|${ZERO_ID}`).toString('base64url'),
    b64(['updated', 'desc', '2025-07-23 10:00:00+00', ZERO_ID]),
    b64(['relevance', 'desc', '1e39', ZERO_ID]),
    '99999999999999999999999',
    `2025-02-30T00:00:00.000000Z|${ZERO_ID}`,
  ),
  fc.string({ unit: 'binary', maxLength: 80 }).map((text) => Buffer.from(text).toString('base64url')),
);

interface ZodLike {
  _zod?: { def: Record<string, unknown> & { type: string } };
}

const anyJson = fc.jsonValue({ maxDepth: 4 });
const hostile = fc.constantFrom(...HOSTILE_STRINGS);
const uuid = fc.uuid();

/**
 * Values shaped like a zod schema's input, mostly plausible and sometimes wrong,
 * so the fuzzer reaches past the first validation error into the procedures.
 */
export function arbitraryFor(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as ZodLike)?._zod?.def;
  if (!def || depth > 6) return anyJson;
  const wrong = fc.oneof(anyJson, hostile, fc.constant(undefined), fc.constant(null));
  const shaped = (() => {
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        const entries = Object.entries(shape).map(
          ([key, value]) => [key, arbitraryFor(value, depth + 1)] as const,
        );
        return fc.record(Object.fromEntries(entries), { requiredKeys: [] }) as fc.Arbitrary<unknown>;
      }
      case 'string':
        return fc.oneof(
          hostile,
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          // Any UTF-16 units, lone surrogates included: what a broken client can send.
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.string({ unit: anyUnit, maxLength: 20 }),
          uuid,
          fc.emailAddress(),
          forgedCursor,
          fc.constantFrom(
            '2025-02-30T00:00:00Z',
            '0000-01-01T00:00:00Z',
            '2025-07-23T13:48',
            '0000-01-01T00:00',
          ),
        );
      case 'number':
      case 'int':
        return fc.oneof(
          fc.integer({ min: -5, max: 300 }),
          fc.double(),
          fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 63, 1e308, -0),
        );
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>), 'nope');
      case 'array':
        return fc.array(arbitraryFor(def.element, depth + 1), { maxLength: 5 });
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
      case 'catch':
        return fc.oneof(arbitraryFor(def.innerType, depth + 1), fc.constant(undefined), fc.constant(null));
      case 'pipe':
        return arbitraryFor(def.in, depth + 1);
      case 'union':
        return fc.oneof(...(def.options as unknown[]).map((option) => arbitraryFor(option, depth + 1)));
      default:
        return anyJson;
    }
  })();
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: wrong, weight: 1 });
}
