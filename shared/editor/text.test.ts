import { describe, expect, it } from 'vitest';
import { doc, figure, fullBody, paragraph, readMore, text } from './test-fixtures';
import { bodyToText } from './text';

describe('bodyToText', () => {
  it('puts each block on its own line, includes captions and leaves out read-more boxes', () => {
    expect(bodyToText(fullBody())).toBe(
      [
        'ঢাকা, ১২ মার্চ — জরুরি খবর নিচেভুল',
        'সূত্র ও আগের খবর',
        'প্রেক্ষাপট',
        'উপ-শিরোনাম',
        'ছোট শিরোনাম',
        'এক',
        'দুই',
        'উদ্ধৃতি',
        'সংসদ ভবনের সামনে মানুষ',
        'যোগাযোগ',
      ].join('\n'),
    );
  });

  it('skips empty blocks and keeps hard breaks as newlines', () => {
    const body = doc(
      paragraph(),
      paragraph(text('a'), { type: 'hardBreak' }, text('b')),
      { type: 'horizontalRule' },
      figure(),
      readMore(),
    );
    expect(bodyToText(body)).toBe('a\nb');
  });

  it('returns an empty string for an empty body', () => {
    expect(bodyToText(doc(paragraph()))).toBe('');
  });
});
