import type { JSONContent } from '@tiptap/core';
import type { MarkType, NodeType } from '@tiptap/pm/model';
import { MAX_ALT_LENGTH, MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH } from '../media/limits';
import { cleanText, MARKUP } from '../text';
import { bodyError } from './body-problem';
import { isDimension } from './figure';
import { hasHiddenCharacters, isAllowedHref, isMediaSrc, isUuid } from './href';
import { bodySchema } from './schema';
import { BODY_LIMITS } from './validate-limits';
import { messages } from './validate-messages';

type Attrs = Record<string, string | number | boolean | null>;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/**
 * Walks the raw JSON once, naming the first problem in words a reporter can act
 * on, and returns a clean copy: only known fields and attributes, text in NFC.
 * ProseMirror's own check runs afterwards as the final authority on structure.
 */
export function cleanDoc(raw: Record<string, unknown>): JSONContent {
  return cleanNode(raw, 'doc', 1, null) as JSONContent;
}

function cleanNode(raw: unknown, at: string, depth: number, parent: NodeType | null): JSONContent | null {
  if (!isPlainObject(raw) || typeof raw.type !== 'string') throw bodyError(messages.notANode, at);
  if (depth > BODY_LIMITS.maxDepth) throw bodyError(messages.tooDeep(BODY_LIMITS.maxDepth), at);

  const type = Object.hasOwn(bodySchema.nodes, raw.type) ? bodySchema.nodes[raw.type] : undefined;
  if (!type) throw bodyError(messages.unknownElement(raw.type), at);

  const out: JSONContent = { type: type.name };
  if (type.isText) {
    if (typeof raw.text !== 'string') throw bodyError(messages.badText, at);
    const text = cleanText(raw.text);
    // A figure's caption is its text: the same rule as the media library's caption field.
    if (parent?.name === 'figure' && MARKUP.test(text)) throw bodyError(messages.figureMarkup('caption'), at);
    // Empty text is debris (e.g. from stripped control characters); ProseMirror forbids it.
    if (text === '') return null;
    out.text = text;
  }
  const attrs = cleanAttrs(type.name, type.spec.attrs, raw.attrs, at);
  if (attrs) out.attrs = checkNodeAttrs(type.name, attrs, at);

  const marks = cleanMarks(raw.marks, type, parent, at);
  if (marks) out.marks = marks;

  if (raw.content !== undefined && raw.content !== null) {
    if (!Array.isArray(raw.content)) throw bodyError(messages.notANode, at);
    const content: JSONContent[] = [];
    raw.content.forEach((child, i) => {
      const clean = cleanNode(child, `${at}.content.${i}`, depth + 1, type);
      if (clean) content.push(clean);
    });
    out.content = content;
  }
  if (type.name === 'figure') {
    const caption = (out.content ?? []).reduce((n, child) => n + (child.text?.length ?? 0), 0);
    if (caption > MAX_CAPTION_LENGTH)
      throw bodyError(messages.figureTooLong('caption', MAX_CAPTION_LENGTH), at);
  }
  return out;
}

function cleanAttrs(
  typeName: string,
  spec: Record<string, unknown> | undefined,
  raw: unknown,
  at: string,
): Attrs | null {
  if (!spec || Object.keys(spec).length === 0) return null;
  if (raw !== undefined && raw !== null && !isPlainObject(raw))
    throw bodyError(messages.badSettings(typeName), at);
  const attrs: Attrs = {};
  for (const name of Object.keys(spec)) {
    const value = raw ? raw[name] : undefined;
    if (value === undefined) continue;
    if (!isPrimitive(value)) throw bodyError(messages.badSettings(typeName), at);
    attrs[name] = value;
  }
  return attrs;
}

function checkNodeAttrs(typeName: string, attrs: Attrs, at: string): Attrs {
  switch (typeName) {
    case 'heading':
      if (attrs.level !== 2 && attrs.level !== 3 && attrs.level !== 4)
        throw bodyError(messages.headingLevel, at);
      break;
    case 'orderedList':
      if (
        attrs.start !== undefined &&
        !(Number.isInteger(attrs.start) && Math.abs(attrs.start as number) <= 100_000)
      ) {
        throw bodyError(messages.listStart, at);
      }
      if (
        attrs.type !== undefined &&
        attrs.type !== null &&
        !['1', 'a', 'A', 'i', 'I'].includes(attrs.type as string)
      ) {
        throw bodyError(messages.badSettings(typeName), at);
      }
      break;
    case 'figure':
      if (attrs.mediaId === undefined || attrs.mediaId === null || attrs.mediaId === '') {
        throw bodyError(messages.figureMissingImage, at);
      }
      if (attrs.src === undefined || attrs.src === null || attrs.src === '') {
        throw bodyError(messages.figureMissingImage, at);
      }
      if (!isUuid(attrs.mediaId)) throw bodyError(messages.figureBadImageId, at);
      if (!isMediaSrc(attrs.src)) throw bodyError(messages.figureBadSrc, at);
      for (const name of ['alt', 'credit']) {
        const value = attrs[name];
        if (value === undefined) continue;
        if (typeof value !== 'string') throw bodyError(messages.figureBadText, at);
        attrs[name] = cleanText(value);
        if (MARKUP.test(attrs[name])) throw bodyError(messages.figureMarkup(name), at);
        // The media library's limits, so a figure holds what the library can.
        const max = name === 'alt' ? MAX_ALT_LENGTH : MAX_CREDIT_LENGTH;
        if (attrs[name].length > max) throw bodyError(messages.figureTooLong(name, max), at);
      }
      for (const name of ['width', 'height']) {
        if (attrs[name] !== undefined && !isDimension(attrs[name]))
          throw bodyError(messages.figureBadSize, at);
      }
      attrs.mediaId = attrs.mediaId.toLowerCase();
      break;
    case 'readMore':
      if (attrs.articleId === undefined || attrs.articleId === null || attrs.articleId === '') {
        throw bodyError(messages.readMoreMissing, at);
      }
      if (!isUuid(attrs.articleId)) throw bodyError(messages.readMoreBadId, at);
      attrs.articleId = attrs.articleId.toLowerCase();
      break;
  }
  return attrs;
}

function cleanMarks(raw: unknown, type: NodeType, parent: NodeType | null, at: string) {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw)) throw bodyError(messages.badText, at);
  if (raw.length === 0) return null;
  if (!type.isInline) throw bodyError(messages.marksOnBlock(type.name), at);
  return raw.map((mark) => {
    if (!isPlainObject(mark) || typeof mark.type !== 'string') throw bodyError(messages.badText, at);
    const markType: MarkType | undefined = Object.hasOwn(bodySchema.marks, mark.type)
      ? bodySchema.marks[mark.type]
      : undefined;
    if (!markType) throw bodyError(messages.unknownMark(mark.type), at);
    if (parent && !parent.allowsMarkType(markType)) {
      throw bodyError(messages.markNotAllowed(markType.name, parent.name), at);
    }
    const attrs = cleanAttrs(markType.name, markType.spec.attrs, mark.attrs, at);
    if (markType.name === 'link') checkHref(attrs?.href, at);
    return attrs ? { type: markType.name, attrs } : { type: markType.name };
  });
}

function checkHref(href: unknown, at: string): void {
  if (href === undefined || href === null || href === '') throw bodyError(messages.linkMissing, at);
  if (isAllowedHref(href)) return;
  const text = String(href);
  // Leading or inner whitespace on an otherwise fine address is a typo, not an attack.
  if (hasHiddenCharacters(text) && isAllowedHref(text.replace(/\s+/gu, ''))) {
    throw bodyError(messages.linkHasSpaces(text), at);
  }
  throw bodyError(messages.linkNotAllowed(text), at);
}
