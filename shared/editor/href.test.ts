import { describe, expect, it } from 'vitest';
import { isAllowedHref, isMediaSrc, parseStoryPath, relForHref } from './href';
import { ARTICLE_ID } from './test-fixtures';

describe('isAllowedHref', () => {
  it.each([
    'https://example.com',
    'HTTPS://EXAMPLE.COM/PATH',
    'http://১২৩.example/বাংলা?q=১#x',
    'mailto:desk@example.com?subject=hi',
    `/article/${ARTICLE_ID}`,
    `/article/${ARTICLE_ID}/budget-2026`,
    `/article/${ARTICLE_ID}/%E0%A6%AC`,
  ])('allows %s', (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' https://example.com',
    'https://example.com\n',
    'https://exa\u200bmple.com',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'tel:123',
    'mailto:nobody',
    '//example.com',
    '/\\example.com',
    '/article',
    `/article/${ARTICLE_ID}/a/b`,
    `/article/${ARTICLE_ID}?x=1`,
    `/article/${ARTICLE_ID}/..`.replace('..', '"x"'),
    'https://',
    'example.com',
    '',
    `https://a.bd/${'x'.repeat(2100)}`,
    null,
    42,
  ])('refuses %j', (href) => {
    expect(isAllowedHref(href)).toBe(false);
  });
});

describe('helpers', () => {
  it('reads story paths', () => {
    expect(parseStoryPath(`/article/${ARTICLE_ID}/x`)).toEqual({ articleId: ARTICLE_ID, slug: 'x' });
    expect(parseStoryPath('/story/x')).toBeNull();
  });

  it('accepts only media-library paths as figure sources', () => {
    expect(isMediaSrc('/media/2026/03/a.webp')).toBe(true);
    for (const src of [
      '/media/',
      '/media/../a',
      '/media//a',
      '/media/a?x=1',
      'https://x/media/a',
      '/mediax/a',
    ]) {
      expect(isMediaSrc(src)).toBe(false);
    }
  });

  it('adds rel only to outside links', () => {
    expect(relForHref(`/article/${ARTICLE_ID}`)).toBeNull();
    expect(relForHref('https://example.com')).toBe('noopener noreferrer nofollow');
  });
});
