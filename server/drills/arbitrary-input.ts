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
        return fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 60 }), uuid, fc.emailAddress());
      case 'number':
      case 'int':
        return fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER));
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
