import type { JSONContent } from '@tiptap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { renderBodyHtml } from './render';
import { ARTICLE_ID, fullBody, MEDIA_ID, renderContext } from './test-fixtures';
import { validateBody } from './validate';

const SEED = 20_260_312; // fixed so a failure reproduces; fast-check prints the counterexample

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript:alert(1) ',
  '\u0000javascript:alert(1)',
  '\u200bjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x61;script:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript%3Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:image/svg+xml;base64,PHN2Zz4=',
  'vbscript:msgbox(1)',
  '//evil.example',
  '\\\\evil.example',
  '/\\evil.example',
  'https:alert(1)',
  'http:/evil.example',
  'https://evil.example/"onmouseover="alert(1)',
  "https://evil.example/'onmouseover='alert(1)",
  'https://evil.example/<script>alert(1)</script>',
  `/article/${ARTICLE_ID}/"><script>alert(1)</script>`,
  `/article/${ARTICLE_ID}/../../admin`,
  'mailto:x@y.z"onclick="alert(1)',
  'mailto:javascript:alert(1)',
  '#top',
  '',
  'https://example.com/ok',
  'http://example.com/?a=1&b=<2>',
  'mailto:desk@example.com',
  `/article/${ARTICLE_ID}`,
  `/article/${ARTICLE_ID}/স্লাগ`,
];

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</figcaption><script>alert(1)</script>',
  '&lt;script&gt;',
  '<!--',
  ']]>',
  '\u0000\u0001\u007f',
  '\ud800',
  'ক\u09c7\u09be',
];

const NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'horizontalRule',
  'hardBreak',
  'text',
  'figure',
  'readMore',
  'script',
  'iframe',
  'image',
  'codeBlock',
  '__proto__',
  'constructor',
  'toString',
];
const MARK_TYPES = [
  'bold',
  'italic',
  'underline',
  'strike',
  'link',
  'code',
  'highlight',
  '__proto__',
  'script',
];
const ATTR_NAMES = [
  'level',
  'start',
  'type',
  'href',
  'mediaId',
  'src',
  'alt',
  'credit',
  'width',
  'height',
  'articleId',
  'onclick',
  'style',
  'class',
  'rel',
  'target',
  '__proto__',
];

const scalar = fc.oneof(
  fc.constantFrom(
    ...HOSTILE_HREFS,
    ...HOSTILE_STRINGS,
    ARTICLE_ID,
    MEDIA_ID,
    `/media/${MEDIA_ID}/a.jpg`,
    '/media/../x',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.webUrl(),
  fc.uuid(),
  fc.integer({ min: -5, max: 30_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const attrValue = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);
const attrs = fc.dictionary(fc.constantFrom(...ATTR_NAMES), attrValue, { maxKeys: 4 });
const mark = fc.oneof(
  fc.record({ type: fc.constantFrom(...MARK_TYPES) }),
  fc.record({
    type: fc.constant('link'),
    attrs: fc.record({ href: fc.oneof(fc.constantFrom(...HOSTILE_HREFS), scalar) }),
  }),
  fc.record({ type: fc.constantFrom(...MARK_TYPES), attrs }),
);
const textValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, 'খবর', 'a'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constant(''),
  scalar,
);

/** Node-shaped JSON: mostly plausible, often wrong in one way or another. */
const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      { type: fc.constant('text'), text: textValue, marks: fc.option(fc.array(mark, { maxLength: 3 })) },
      {
        requiredKeys: ['type', 'text'],
      },
    ),
    fc.record(
      {
        type: fc.constantFrom(...NODE_TYPES),
        attrs,
        content: fc.array(tie('node'), { maxLength: 4 }),
        marks: fc.array(mark, { maxLength: 2 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.anything({ maxDepth: 2 }),
  ),
}));
const docLike = fc.record({ type: fc.constant('doc'), content: fc.array(node, { maxLength: 5 }) });

/** Schema-shaped bodies whose text, attributes and hrefs come from the hostile pools. */
const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, ...HOSTILE_HREFS.filter(Boolean), 'খবর'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);
const validMark = fc.oneof(
  fc.record({ type: fc.constantFrom('bold', 'italic', 'underline', 'strike') }),
  fc.record({
    type: fc.constant('link'),
    attrs: fc.record({ href: fc.oneof(fc.constantFrom(...HOSTILE_HREFS), fc.webUrl()) }),
  }),
);
const inline = (marks: fc.Arbitrary<{ type: string }>) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('text'),
        text: hostileText,
        marks: fc.uniqueArray(marks, { selector: (m) => m.type, maxLength: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' }) },
  );
const plainParagraph = fc.record({
  type: fc.constant('paragraph'),
  content: fc.array(inline(validMark), { maxLength: 4 }),
});
const captionMark = validMark.filter((m) => ['bold', 'italic', 'link'].includes(m.type));
const block = fc.oneof(
  plainParagraph,
  fc.record({
    type: fc.constant('heading'),
    attrs: fc.record({ level: fc.constantFrom(2, 3, 4) }),
    content: fc.array(inline(validMark), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('blockquote'),
    content: fc.array(plainParagraph, { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    type: fc.constantFrom('bulletList', 'orderedList'),
    content: fc.array(fc.record({ type: fc.constant('listItem'), content: fc.tuple(plainParagraph) }), {
      minLength: 1,
      maxLength: 2,
    }),
  }),
  fc.record({
    type: fc.constant('figure'),
    attrs: fc.record({
      mediaId: fc.oneof(fc.uuid(), fc.constantFrom(...HOSTILE_STRINGS)),
      src: fc.oneof(fc.constant(`/media/${MEDIA_ID}/a.jpg`), fc.constantFrom(...HOSTILE_HREFS)),
      alt: hostileText,
      credit: hostileText,
      width: fc.option(fc.integer({ min: 1, max: 4000 })),
    }),
    content: fc.array(
      fc.record({
        type: fc.constant('text'),
        text: hostileText,
        marks: fc.uniqueArray(captionMark, { selector: (m) => m.type, maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.record({ type: fc.constant('readMore'), attrs: fc.record({ articleId: fc.uuid() }) }),
  fc.constant({ type: 'horizontalRule' }),
);
const plausibleDoc = fc.record({
  type: fc.constant('doc'),
  content: fc.array(block, { minLength: 1, maxLength: 6 }),
});

/** One random edit of a valid body: a node's type, attribute, marks, text or children replaced. */
const mutation = fc.tuple(
  fc.nat(),
  fc.oneof(
    fc.record({ field: fc.constant('type' as const), value: fc.constantFrom(...NODE_TYPES) }),
    fc.record({
      field: fc.constant('attr' as const),
      name: fc.constantFrom(...ATTR_NAMES),
      value: attrValue,
    }),
    fc.record({ field: fc.constant('marks' as const), value: fc.array(mark, { maxLength: 3 }) }),
    fc.record({ field: fc.constant('text' as const), value: textValue }),
    fc.record({ field: fc.constant('content' as const), value: fc.array(node, { maxLength: 3 }) }),
    fc.record({
      field: fc.constant('delete' as const),
      name: fc.constantFrom('attrs', 'content', 'type', 'text'),
    }),
  ),
);
const mutatedBody = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((edits) => {
  const body = structuredClone(fullBody()) as Record<string, unknown>;
  for (const [index, edit] of edits) {
    const nodes = collectNodes(body);
    const target = nodes[index % nodes.length];
    switch (edit.field) {
      case 'attr':
        target.attrs = { ...(target.attrs as object), [edit.name]: edit.value };
        break;
      case 'delete':
        delete target[edit.name];
        break;
      default:
        target[edit.field] = edit.value;
    }
  }
  return body;
});

function collectNodes(node: Record<string, unknown>, out: Record<string, unknown>[] = []) {
  out.push(node);
  if (Array.isArray(node.content)) {
    for (const child of node.content) {
      if (child && typeof child === 'object' && !Array.isArray(child))
        collectNodes(child as Record<string, unknown>, out);
    }
  }
  return out;
}

// Rendered HTML is text without < or >, or tags whose attribute values are double-quoted
// and free of quotes and angle brackets. Anything else means escaping failed.
const WELL_FORMED = /^(?:[^<>]+|<[a-z][a-z0-9]*(?: [a-z][a-z0-9-]*="[^"<>]*")*>|<\/[a-z][a-z0-9]*>)*$/;
const ATTRIBUTE = / ([a-z][a-z0-9-]*)="([^"]*)"/g;
const ALLOWED_HREF = /^(?:https?:\/\/\S+|mailto:\S+@\S+|\/article\/[0-9a-f-]{36}(?:\/[^/\s]+)?)$/i;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function assertSafeHtml(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).toMatch(WELL_FORMED);
  const markup = html.match(/<[^>]*>/g) ?? [];
  // Markup with attribute values blanked: no event handler and no script URL anywhere in it.
  const bare = markup.map((tag) => tag.replace(/="[^"]*"/g, '=""')).join('');
  expect(bare).not.toMatch(/ on\w+=/i);
  expect(bare).not.toMatch(/javascript:/i);
  for (const tag of markup) {
    for (const [, name, value] of tag.matchAll(ATTRIBUTE)) {
      expect(name.startsWith('on')).toBe(false);
      const decoded = decodeEntities(value).replace(/[\s\u0000-\u001f]/g, '');
      if (name === 'href' || name === 'src' || name === 'srcset') {
        expect(decoded).not.toMatch(/javascript:|vbscript:|data:/i);
      }
    }
  }
}

function linkHrefs(node: JSONContent, out: unknown[] = []): unknown[] {
  for (const m of node.marks ?? []) if (m.type === 'link') out.push(m.attrs?.href);
  for (const child of node.content ?? []) linkHrefs(child, out);
  return out;
}

/** The property: refuse with a clean BAD_REQUEST, or accept something safe to store and render. */
function checkBody(input: unknown): void {
  let result: ReturnType<typeof validateBody>;
  try {
    result = validateBody(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_REQUEST');
    expect((error as AppError).fields?.[0]?.path).toBe('body');
    return;
  }
  for (const href of linkHrefs(result.doc)) expect(href).toMatch(ALLOWED_HREF);
  expect(validateBody(result.doc).doc).toEqual(result.doc); // accepted output is a fixed point
  expect(JSON.stringify(result.doc)).not.toMatch(/\\u0000/);
  assertSafeHtml(renderBodyHtml(result.doc, renderContext()));
  assertSafeHtml(renderBodyHtml(result.doc, renderContext({ siteOrigins: ['https://example.com'] })));
}

/** Runs the property and counts acceptances, guarding against generators that only produce refusals. */
function countAccepted(arbitrary: fc.Arbitrary<unknown>, numRuns: number): number {
  let accepted = 0;
  fc.assert(
    fc.property(arbitrary, (body) => {
      checkBody(body);
      try {
        validateBody(body);
        accepted++;
      } catch {}
    }),
    { numRuns, seed: SEED },
  );
  return accepted;
}

describe('validateBody (property-based)', () => {
  it('handles arbitrary JSON and JavaScript values', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 5 }),
      fc.anything({
        maxDepth: 4,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
      fc.record({
        type: fc.constant('doc'),
        content: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 4 }),
      }),
    );
    fc.assert(fc.property(value, checkBody), { numRuns: 1_000, seed: SEED });
  });

  it('handles random node trees with hostile types, marks, attributes and hrefs', () => {
    fc.assert(fc.property(docLike, checkBody), { numRuns: 1_000, seed: SEED });
  });

  it('handles schema-shaped bodies full of hostile text, attributes and hrefs', () => {
    const accepted = countAccepted(plausibleDoc, 1_000);
    expect(accepted).toBeGreaterThan(200);
  });

  it('handles random mutations of a valid body', () => {
    const accepted = countAccepted(mutatedBody, 1_000);
    expect(accepted).toBeGreaterThan(200);
  });
});
