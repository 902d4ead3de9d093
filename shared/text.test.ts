import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleanText, dateTimeField, isCleanText, plainText, textField } from './text';

// Code points spelled out so the test does not depend on how this file was saved.
const YA_NUKTA_ONE = '\u09df'; // য় as one code point (composition exclusion)
const YA_NUKTA_TWO = '\u09af\u09bc'; // য + ় (the NFC form)
const ZWJ = '\u200d';

describe('cleanText: the one text rule', () => {
  it('composes to NFC', () => {
    const nfd = 'বোঝা'.normalize('NFD');
    expect(nfd).not.toBe('বোঝা'.normalize('NFC'));
    expect(cleanText(nfd)).toBe('বোঝা'.normalize('NFC'));
    expect(cleanText(`প্রা${YA_NUKTA_ONE}`)).toBe(`প্রা${YA_NUKTA_TWO}`);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(cleanText('এক\r\nদুই\rতিন\n')).toBe('এক\nদুই\nতিন\n');
  });

  it('removes NUL and the other control characters but keeps tab and newline', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh')).toBe('abcdef\tg\nh');
  });

  it('replaces lone surrogates and keeps real pairs', () => {
    expect(cleanText('x\ud800y')).toBe('x\ufffdy');
    expect(cleanText('x\udc00')).toBe('x\ufffd');
    expect(cleanText('😀')).toBe('😀');
    expect(cleanText('😀'.slice(0, 1))).toBe('\ufffd');
  });

  it('does not trim, and keeps ZWJ and Bengali punctuation', () => {
    expect(cleanText('  ‘গ্রোক’।  ')).toBe('  ‘গ্রোক’।  ');
    expect(cleanText(`র${ZWJ}্যাব`)).toBe(`র${ZWJ}্যাব`);
  });

  it('gives text that JSON and PostgreSQL both accept', () => {
    for (const raw of ['\u0000', '\ud800', '\udfff\ud800', 'a\u0000\ud83d']) {
      const clean = cleanText(raw);
      expect(isCleanText(clean)).toBe(true);
      expect(JSON.stringify(clean)).not.toMatch(/\\u0000|\\ud[89a-f]/i);
    }
  });
});

describe('text fields', () => {
  it('plain-text fields refuse markup and clean the rest', () => {
    const caption = plainText('Caption', { max: 20 });
    expect(caption.parse(' ক\u0000খ\ud800 ')).toBe('কখ\ufffd');
    expect(caption.safeParse('<script>x</script>').error?.issues[0].message).toMatch(/plain text/);
    expect(caption.safeParse('x'.repeat(21)).error?.issues[0].message).toMatch(/too long: 21/);
  });

  it('text fields keep markup-looking text as plain text', () => {
    expect(textField('Search', { max: 50 }).parse(' <b>গ্রোক</b>\u0000 ')).toBe('<b>গ্রোক</b>');
  });

  it('dates must exist in the calendar and fit PostgreSQL', () => {
    const field = z.object({ at: dateTimeField('From') });
    expect(field.safeParse({ at: '2025-02-28T10:00:00Z' }).success).toBe(true);
    expect(field.safeParse({ at: '2025-02-30T10:00:00Z' }).success).toBe(false);
    expect(field.safeParse({ at: '0000-01-01T00:00:00Z' }).success).toBe(false);
    expect(field.safeParse({ at: '2025-13-01T00:00:00Z' }).success).toBe(false);
  });
});
