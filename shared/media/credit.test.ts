import { describe, expect, it } from 'vitest';
import { formatCaptionLine } from './credit';
import { formatBytes, isAcceptedMime, tooLargeMessage } from './limits';

describe('caption line', () => {
  it('prints caption and credit the way the paper does', () => {
    expect(formatCaptionLine('ইলন মাস্ক।', 'সংগৃহীত')).toBe('ইলন মাস্ক। ছবি : সংগৃহীত');
  });
  it('leaves out what is empty', () => {
    expect(formatCaptionLine('ইলন মাস্ক।', ' ')).toBe('ইলন মাস্ক।');
    expect(formatCaptionLine('', 'রয়টার্স')).toBe('ছবি : রয়টার্স');
    expect(formatCaptionLine('', '')).toBe('');
  });
});

describe('limits', () => {
  it('accepts only the five raster types', () => {
    for (const mime of ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']) {
      expect(isAcceptedMime(mime)).toBe(true);
    }
    for (const mime of ['image/svg+xml', 'text/html', 'application/pdf', 'toString', undefined]) {
      expect(isAcceptedMime(mime)).toBe(false);
    }
  });
  it('names the file and the limit when a file is too large', () => {
    expect(tooLargeMessage('ছবি.jpg', 30 * 1024 * 1024, 25 * 1024 * 1024)).toBe(
      '“ছবি.jpg” is too large (30 MB): the limit is 25 MB.',
    );
    expect(formatBytes(1536)).toBe('2 KB');
  });
});
