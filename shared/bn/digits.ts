// Bengali digits ০-৯ are U+09E6..U+09EF, in the same order as 0-9.
const BN_ZERO = 0x09e6;
const LATIN_ZERO = 0x30;

/** `2025` or `'01:48'` → `'২০২৫'` / `'০১:৪৮'`; everything but 0-9 is kept as is. */
export function toBengaliDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(BN_ZERO + d.charCodeAt(0) - LATIN_ZERO));
}

/** `'১২ বিলিয়ন'` → `'12 বিলিয়ন'`; everything but ০-৯ is kept as is. */
export function toLatinDigits(value: string): string {
  return value.replace(/[\u09e6-\u09ef]/g, (d) =>
    String.fromCharCode(LATIN_ZERO + d.charCodeAt(0) - BN_ZERO),
  );
}
