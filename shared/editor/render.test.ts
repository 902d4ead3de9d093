import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from './render';
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
  renderContext,
  text,
} from './test-fixtures';

const media = `/media/${MEDIA_ID}`;
const IMG =
  `<img src="${media}/800.webp" srcset="${media}/400.webp 400w, ${media}/800.webp 800w" ` +
  'sizes="(max-width: 800px) 100vw, 800px" width="800" height="533"';

describe('renderBodyHtml', () => {
  it('renders a paragraph, a read-more box and a figure exactly', () => {
    const body = doc(
      paragraph(text('প্রথম অনুচ্ছেদ')),
      readMore(),
      figure({ alt: 'সংসদ ভবন', credit: 'রয়টার্স' }, 'সংসদ ভবনের সামনে'),
    );
    const html = renderBodyHtml(
      body,
      renderContext({ resolveStory: () => ({ headline: 'বাজেট পাস', url: '/article/x/budget' }) }),
    );
    expect(html).toBe(
      '<p>প্রথম অনুচ্ছেদ</p>' +
        '<p class="read-more"><strong>আরো পড়ুন : </strong><a href="/article/x/budget">বাজেট পাস</a></p>' +
        `<figure>${IMG} alt="সংসদ ভবন" loading="lazy">` +
        '<figcaption>সংসদ ভবনের সামনে <span class="credit">ছবি : রয়টার্স</span></figcaption></figure>',
    );
  });

  it('renders every node and mark of the schema', () => {
    const story = `/article/${OTHER_ARTICLE_ID}/slug`;
    expect(renderBodyHtml(fullBody(), renderContext())).toBe(
      '<p>ঢাকা, ১২ মার্চ — <strong>জরুরি</strong><em> খবর </em><u>নিচে</u><s>ভুল</s><br>' +
        '<a href="https://example.com/report?id=1&amp;lang=bn" rel="noopener noreferrer nofollow">সূত্র</a> ও ' +
        `<a href="${story}">আগের খবর</a></p>` +
        '<h2>প্রেক্ষাপট</h2><h3>উপ-শিরোনাম</h3><h4>ছোট শিরোনাম</h4>' +
        '<ul><li><p>এক</p></li></ul><ol><li><p>দুই</p></li></ol>' +
        '<blockquote><p>উদ্ধৃতি</p></blockquote><hr>' +
        `<figure>${IMG} alt="সংসদ ভবন" loading="lazy">` +
        '<figcaption>সংসদ ভবনের সামনে মানুষ <span class="credit">ছবি : রয়টার্স</span></figcaption></figure>' +
        `<p class="read-more"><strong>আরো পড়ুন : </strong><a href="/article/${ARTICLE_ID}/slug">শিরোনাম 0b5a</a></p>` +
        '<p><a href="mailto:desk@example.com" rel="noopener noreferrer nofollow">যোগাযোগ</a></p>',
    );
  });

  it('keeps a mark open across neighbouring text, like ProseMirror', () => {
    const body = doc(
      paragraph(text('a', [link('https://a.bd')]), text('b', [link('https://a.bd'), { type: 'bold' }])),
    );
    expect(renderBodyHtml(body, renderContext())).toBe(
      '<p><a href="https://a.bd" rel="noopener noreferrer nofollow">a<strong>b</strong></a></p>',
    );
  });

  it('renders ordered-list start numbers', () => {
    const body = doc({
      type: 'orderedList',
      attrs: { start: 4 },
      content: [{ type: 'listItem', content: [paragraph(text('x'))] }],
    });
    expect(renderBodyHtml(body, renderContext())).toBe('<ol start="4"><li><p>x</p></li></ol>');
  });

  it('leaves out a read-more box to an unpublished story', () => {
    const html = renderBodyHtml(
      doc(paragraph(text('a')), readMore()),
      renderContext({ resolveStory: () => null }),
    );
    expect(html).toBe('<p>a</p>');
  });

  it('renders an inline link to an unpublished story as plain text', () => {
    const body = doc(
      paragraph(text('see '), text('this', [link(`/article/${ARTICLE_ID}`), { type: 'bold' }])),
    );
    expect(renderBodyHtml(body, renderContext({ resolveStory: () => null }))).toBe(
      '<p>see <strong>this</strong></p>',
    );
  });

  it('points absolute links on our own origins at the canonical story URL', () => {
    const body = doc(paragraph(text('x', [link(`https://barta.example/article/${ARTICLE_ID}/old-slug`)])));
    const ctx = renderContext({ siteOrigins: ['https://barta.example'] });
    expect(renderBodyHtml(body, ctx)).toBe(`<p><a href="/article/${ARTICLE_ID}/slug">x</a></p>`);
  });

  it('leaves out a figure whose media is gone and renders captions without credit', () => {
    expect(renderBodyHtml(doc(figure({}, 'cap')), renderContext({ resolveMedia: () => null }))).toBe('');
    expect(renderBodyHtml(doc(figure({}, 'cap')), renderContext())).toBe(
      `<figure>${IMG} alt="" loading="lazy"><figcaption>cap</figcaption></figure>`,
    );
    expect(renderBodyHtml(doc(figure({ credit: 'এএফপি' })), renderContext())).toBe(
      `<figure>${IMG} alt="" loading="lazy"><figcaption><span class="credit">ছবি : এএফপি</span></figcaption></figure>`,
    );
    expect(renderBodyHtml(doc(figure()), renderContext())).toBe(
      `<figure>${IMG} alt="" loading="lazy"></figure>`,
    );
  });

  it('escapes text and attribute values', () => {
    const body = doc(
      paragraph(text('<script>alert("x")</script> & co')),
      figure({ alt: '"><img src=x onerror=alert(1)>', credit: '<b>' }, '</figcaption>'),
      readMore(),
    );
    const html = renderBodyHtml(
      body,
      renderContext({ resolveStory: () => ({ headline: '<i>"h"</i>', url: '/article/a?x="y"&z' }) }),
    );
    expect(html).toBe(
      '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; co</p>' +
        `<figure>${IMG} alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" loading="lazy">` +
        '<figcaption>&lt;/figcaption&gt; <span class="credit">ছবি : &lt;b&gt;</span></figcaption></figure>' +
        '<p class="read-more"><strong>আরো পড়ুন : </strong><a href="/article/a?x=&quot;y&quot;&amp;z">&lt;i&gt;"h"&lt;/i&gt;</a></p>',
    );
  });

  it('refuses resolver URLs that are not http(s) or site paths', () => {
    const ctx = renderContext({
      resolveStory: () => ({ headline: 'h', url: 'javascript:alert(1)' }),
      resolveMedia: () => ({ src: 'javascript:alert(1)', srcset: '', sizes: '', width: 1, height: 1 }),
    });
    const body = doc(paragraph(text('x', [link(`/article/${ARTICLE_ID}`)])), readMore(), figure());
    expect(renderBodyHtml(body, ctx)).toBe('<p>x</p>');
  });

  it('renders a disallowed stored link as text rather than trusting it', () => {
    const body = doc(paragraph(text('x', [link('javascript:alert(1)')])));
    expect(renderBodyHtml(body, renderContext())).toBe('<p>x</p>');
  });
});
