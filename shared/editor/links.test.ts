import { describe, expect, it } from 'vitest';
import { extractFigureMediaIds, extractStoryLinks, parseStoryHref } from './links';
import {
  ARTICLE_ID,
  doc,
  figure,
  fullBody,
  link,
  MEDIA_ID,
  OTHER_ARTICLE_ID,
  paragraph,
  readMore,
  text,
} from './test-fixtures';

const SITE = ['https://www.barta.example', 'https://barta.example'];

describe('parseStoryHref', () => {
  it.each([
    [`/article/${ARTICLE_ID}`, ARTICLE_ID, null],
    [`/article/${ARTICLE_ID.toUpperCase()}/slug`, ARTICLE_ID, 'slug'],
    [
      `https://www.barta.example/article/${ARTICLE_ID}/বাংলা?utm_source=x#top`,
      ARTICLE_ID,
      '%E0%A6%AC%E0%A6%BE%E0%A6%82%E0%A6%B2%E0%A6%BE',
    ],
    [`https://barta.example/article/${ARTICLE_ID}/`, ARTICLE_ID, null],
  ])('reads %s', (href, articleId, slug) => {
    expect(parseStoryHref(href, SITE)).toEqual({ articleId, slug });
  });

  it.each([
    `https://other.example/article/${ARTICLE_ID}`,
    `http://www.barta.example:8080/article/${ARTICLE_ID}`,
    `/article/${ARTICLE_ID}/a/b`,
    '/article/123',
    `//www.barta.example/article/${ARTICLE_ID}`,
    'mailto:a@b.c',
    'javascript:alert(1)',
  ])('refuses %s', (href) => {
    expect(parseStoryHref(href, SITE)).toBeNull();
  });

  it('treats absolute URLs as external when no site origins are given', () => {
    expect(parseStoryHref(`https://barta.example/article/${ARTICLE_ID}`)).toBeNull();
  });
});

describe('extractStoryLinks', () => {
  it('finds read-more boxes and inline story links, once each, in order', () => {
    const body = doc(
      paragraph(
        text('a', [link(`/article/${OTHER_ARTICLE_ID}/x`)]),
        text('b', [link(`/article/${OTHER_ARTICLE_ID}/x`), { type: 'bold' }]),
        text('c', [link(`https://barta.example/article/${ARTICLE_ID}`)]),
        text('d', [link('https://example.com/article/x')]),
      ),
      readMore(ARTICLE_ID),
      readMore(ARTICLE_ID),
      { ...figure(), content: [text('cap', [link(`/article/${ARTICLE_ID}`)])] },
    );
    expect(extractStoryLinks(body, SITE)).toEqual([
      { articleId: OTHER_ARTICLE_ID, kind: 'inline' },
      { articleId: ARTICLE_ID, kind: 'inline' },
      { articleId: ARTICLE_ID, kind: 'read_more' },
    ]);
    expect(extractStoryLinks(body)).toEqual([
      { articleId: OTHER_ARTICLE_ID, kind: 'inline' },
      { articleId: ARTICLE_ID, kind: 'read_more' },
      { articleId: ARTICLE_ID, kind: 'inline' },
    ]);
  });

  it('finds both kinds in the full fixture', () => {
    expect(extractStoryLinks(fullBody())).toEqual([
      { articleId: OTHER_ARTICLE_ID, kind: 'inline' },
      { articleId: ARTICLE_ID, kind: 'read_more' },
    ]);
  });
});

describe('extractFigureMediaIds', () => {
  it('lists each media item once', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    expect(
      extractFigureMediaIds(doc(figure(), paragraph(text('x')), figure({ mediaId: other }), figure())),
    ).toEqual([MEDIA_ID, other]);
  });
});
