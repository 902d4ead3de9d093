import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { plainText } from '../text';
import {
  ARTICLE_ID,
  doc,
  figure,
  fullBody,
  link,
  MEDIA_ID,
  paragraph,
  readMore,
  text,
} from './test-fixtures';
import { validateBody } from './validate';

/** The AppError validateBody threw, after checking it is the clean BAD_REQUEST shape. */
function refusal(json: unknown): AppError {
  try {
    validateBody(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('BAD_REQUEST');
    expect(appError.fields).toEqual([{ path: 'body', message: appError.userMessage }]);
    return appError;
  }
  throw new Error('expected validateBody to refuse the body');
}

const linked = (href: unknown) =>
  doc(paragraph({ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href } }] }));
const LINK_REFUSED =
  /^Link “.*” is not allowed: links must start with http:\/\/, https:\/\/, mailto: or point to another story\.$/;

describe('validateBody: accepted bodies', () => {
  it('round-trips a body using every node and mark', () => {
    const body = fullBody();
    const { doc: out } = validateBody(body);
    expect(out).toEqual(body);
    expect(validateBody(out).doc).toEqual(out);
  });

  it('fills attribute defaults and drops unknown fields and attributes', () => {
    const { doc: out } = validateBody({
      type: 'doc',
      extra: 1,
      content: [
        { type: 'paragraph', attrs: { style: 'color:red', onclick: 'x' }, content: [text('a')] },
        { type: 'figure', attrs: { mediaId: MEDIA_ID.toUpperCase(), src: '/media/x.jpg', onerror: 'x' } },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'l',
              marks: [{ type: 'link', attrs: { href: 'https://a.bd', rel: 'x', class: 'y' } }],
            },
          ],
        },
      ],
    });
    expect(out).toEqual(
      doc(
        paragraph(text('a')),
        {
          type: 'figure',
          attrs: { mediaId: MEDIA_ID, src: '/media/x.jpg', alt: '', credit: '', width: null, height: null },
        },
        paragraph(text('l', [link('https://a.bd')])),
      ),
    );
  });

  it('normalizes text to NFC and strips control characters', () => {
    const decomposed = 'ক\u09c7\u09be'; // কো typed as two vowel signs
    expect(decomposed.normalize('NFC')).not.toBe(decomposed);
    const { doc: out, text: plain } = validateBody(
      doc(
        paragraph(text(`${decomposed}\u0000 e\u0301`)),
        figure({ alt: `${decomposed}`, credit: 'e\u0301' }),
      ),
    );
    expect(out.content?.[0].content?.[0].text).toBe('\u0995\u09cb é'.normalize('NFC'));
    expect(out.content?.[1].attrs).toMatchObject({ alt: decomposed.normalize('NFC'), credit: 'é' });
    expect(plain).toBe('কো é');
  });

  it('returns the plain text', () => {
    expect(validateBody(doc(paragraph(text('এক')), readMore(), paragraph(text('দুই')))).text).toBe('এক\nদুই');
  });

  it.each([
    'https://example.com',
    'http://example.com/a?b=c#d',
    'mailto:desk@example.com',
    `/article/${ARTICLE_ID}`,
    `/article/${ARTICLE_ID}/বাংলা-স্লাগ`,
  ])('accepts the link %s', (href) => {
    expect(validateBody(linked(href)).doc).toEqual(linked(href));
  });
});

describe('validateBody: refused bodies name the problem', () => {
  it.each([null, undefined, 42, 'doc', [], { type: 'paragraph' }, { content: [] }, new Date()])(
    'refuses the non-document %s',
    (json) => {
      expect(refusal(json).userMessage).toBe(
        'The story body could not be read. Reload the editor and try again.',
      );
    },
  );

  it('refuses an empty document', () => {
    expect(refusal({ type: 'doc', content: [] }).userMessage).toMatch(/^The story body is empty/);
  });

  it.each(['script', 'iframe', 'codeBlock', 'image', '__proto__', 'constructor'])(
    'refuses the unknown element %s',
    (type) => {
      expect(refusal(doc({ type, content: [text('alert(1)')] } as never)).userMessage).toBe(
        `The story body contains an unknown element “${type}”. Remove it and save again.`,
      );
    },
  );

  it('refuses unknown marks', () => {
    expect(refusal(doc(paragraph(text('x', [{ type: 'code' }])))).userMessage).toBe(
      'The story body contains unknown formatting “code”. Remove it and save again.',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'jav&#x61;script:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'ftp://example.com',
    '#top',
    '/admin',
    '/article/not-a-uuid',
    'https://',
  ])('refuses the link %j', (href) => {
    expect(refusal(linked(href)).userMessage).toMatch(/^Link “.*” (is not allowed|contains spaces)/);
  });

  it('quotes the refused address in the message', () => {
    expect(refusal(linked('javascript:alert(1)')).userMessage).toMatch(LINK_REFUSED);
    expect(refusal(linked('javascript:alert(1)')).userMessage).toContain('“javascript:alert(1)”');
  });

  it('names a link without an address', () => {
    expect(refusal(linked(null)).userMessage).toMatch(/^A link has no address/);
  });

  it('refuses a figure missing its image', () => {
    expect(refusal(doc(figure({ mediaId: undefined }))).userMessage).toBe('A figure is missing its image.');
    expect(refusal(doc(figure({ src: undefined }))).userMessage).toBe('A figure is missing its image.');
    expect(refusal(doc({ type: 'figure' })).userMessage).toBe('A figure is missing its image.');
  });

  it('refuses a figure whose image is not from the media library', () => {
    expect(refusal(doc(figure({ src: 'https://evil.example/x.jpg' }))).userMessage).toMatch(/media library/);
    expect(refusal(doc(figure({ src: '/media/../etc/passwd' }))).userMessage).toMatch(/media library/);
    expect(refusal(doc(figure({ mediaId: 'abc' }))).userMessage).toMatch(/invalid image/);
    expect(refusal(doc(figure({ width: -5 }))).userMessage).toMatch(/width or height/);
    expect(refusal(doc(figure({ alt: { x: 1 } }))).userMessage).toMatch(/invalid settings/);
  });

  it('holds figure captions, alt texts and credits to the media library rule: plain text, no markup', () => {
    const media = plainText('Caption', { max: 400 });
    expect(media.safeParse('<script>alert(1)</script>').success).toBe(false);
    const captioned = (caption: string) => doc({ ...figure(), content: [{ type: 'text', text: caption }] });
    expect(refusal(captioned('<script>alert(1)</script>')).userMessage).toMatch(/caption must be plain text/);
    expect(refusal(doc(figure({ credit: '<img src=x onerror=1>' }))).userMessage).toMatch(
      /credit must be plain text/,
    );
    expect(refusal(doc(figure({ alt: '</p>' }))).userMessage).toMatch(/alt text must be plain text/);
    // And to its lengths.
    expect(refusal(doc(figure({ credit: 'ক'.repeat(201) }))).userMessage).toMatch(
      /credit is too long: the limit is 200/,
    );
    expect(refusal(captioned('ক'.repeat(1001))).userMessage).toMatch(
      /caption is too long: the limit is 1,000/,
    );
    expect(validateBody(captioned('ক'.repeat(1000))).text).toHaveLength(1000);
    // Story text keeps markup-looking text as plain text (it is escaped wherever it is shown).
    expect(validateBody(doc(paragraph(text('<script>x</script>')))).text).toBe('<script>x</script>');
    expect(validateBody(captioned('a < b')).text).toBe('a < b');
  });

  it('refuses formatting a caption cannot have', () => {
    const body = doc({ ...figure(), content: [text('x', [{ type: 'underline' }])] });
    expect(refusal(body).userMessage).toBe(
      'Underline formatting is not allowed in a figure caption. Remove it and save again.',
    );
  });

  it('refuses a read-more box without a valid story', () => {
    expect(refusal(doc({ type: 'readMore' })).userMessage).toBe(
      'A “Read more” box is missing its story. Choose a story or remove the box.',
    );
    expect(refusal(doc(readMore('42'))).userMessage).toMatch(/invalid story/);
  });

  it('refuses heading levels outside 2-4', () => {
    for (const level of [1, 5, 6, '2', undefined]) {
      expect(refusal(doc({ type: 'heading', attrs: { level }, content: [text('h')] })).userMessage).toMatch(
        /heading 2, 3 or 4/,
      );
    }
  });

  it('refuses text that is not a string', () => {
    expect(refusal(doc(paragraph({ type: 'text', text: 42 } as never))).userMessage).toMatch(
      /text that is not valid/,
    );
  });

  it('refuses misplaced nodes with the ProseMirror reason turned into words', () => {
    const error = refusal(doc({ type: 'listItem', content: [paragraph(text('x'))] }));
    expect(error.userMessage).toBe(
      'The story body contains something that is not allowed there. Reload the editor and try again.',
    );
    expect(refusal(doc(paragraph(text('x', [{ type: 'bold' }, { type: 'bold' }])))).userMessage).toMatch(
      /twice/,
    );
  });

  it('refuses huge nesting without overflowing the stack', () => {
    let node: unknown = paragraph(text('deep'));
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] };
    expect(refusal({ type: 'doc', content: [node] }).userMessage).toMatch(
      /nested too deeply \(more than 40 levels/,
    );

    let shallow: unknown = paragraph(text('deep'));
    for (let i = 0; i < 40; i++) shallow = { type: 'blockquote', content: [shallow] };
    expect(refusal({ type: 'doc', content: [shallow] }).userMessage).toMatch(/nested too deeply/);
  });

  it('refuses cyclic input', () => {
    const cyclic: Record<string, unknown> = { type: 'doc', content: [] };
    (cyclic.content as unknown[]).push(cyclic);
    expect(refusal(cyclic).userMessage).toMatch(/nested too deeply/);
  });

  it('refuses bodies over 2 MB', () => {
    const big = doc(...Array.from({ length: 30 }, () => paragraph(text('ক'.repeat(80_000)))));
    expect(refusal(big).userMessage).toMatch(/too large \(more than 2 MB\)/);
  });

  it('refuses bodies with too many nodes', () => {
    const many = doc({
      type: 'paragraph',
      content: Array.from({ length: 200_001 }, () => ({ type: 'hardBreak' })),
    });
    expect(refusal(many).userMessage).toMatch(/too many parts/);
  });

  it('refuses values JSON cannot carry', () => {
    expect(
      refusal(doc(paragraph(text('x')), { type: 'horizontalRule', attrs: { n: 10n } } as never)).userMessage,
    ).toMatch(/could not be read/);
  });
});
