import { describe, expect, it } from 'vitest';
import { escapeXml, toRfc822 } from '../feeds';
import { attrs, html, jsonForScript, raw } from './html';

describe('html template', () => {
  it('escapes every interpolation unless it is already markup', () => {
    const name = '<script>alert("x")</script> & ‘গ্রোক’';
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ‘গ্রোক’">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ‘গ্রোক’</p>',
    );
    expect(html`<div>${raw('<b>ok</b>')}${html`<i>${'<'}</i>`}</div>`.value).toBe(
      '<div><b>ok</b><i>&lt;</i></div>',
    );
  });

  it('joins arrays and drops null, undefined and false', () => {
    expect(
      html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}${null}${undefined}${false}</ul>`.value,
    ).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`${0}`.value).toBe('0');
  });

  it('renders optional attributes', () => {
    expect(attrs({ src: '/a?x=1&y="2"', loading: null, hidden: true, width: 10 }).value).toBe(
      ' src="/a?x=1&amp;y=&quot;2&quot;" hidden width="10"',
    );
  });

  it('keeps JSON-LD from closing its script element', () => {
    const out = jsonForScript({ headline: '</script><script>alert(1)</script>' }).value;
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('feed helpers', () => {
  it('escapes XML and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > "d" 'e'\u0001`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
  });

  it('writes RFC 822 dates in UTC with a four-digit year', () => {
    expect(toRfc822(new Date('2025-07-23T07:48:00Z'))).toBe('Wed, 23 Jul 2025 07:48:00 +0000');
    expect(toRfc822(new Date('2024-12-31T18:00:05Z'))).toBe('Tue, 31 Dec 2024 18:00:05 +0000');
  });
});
