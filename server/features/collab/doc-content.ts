import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { ArticleContent } from '../../../shared/articles/schemas';
import { BODY_FIELD, META_FIELDS, META_MAP, TEXT_FIELDS } from '../../../shared/collab/story-doc';
import { bodySchema } from '../../../shared/editor/schema';
import { EMPTY_BODY } from '../articles/prepare-content';

/** The editable content of a story, as the shared document holds it. */
export type DocContent = Omit<ArticleContent, 'body'> & { body: unknown };

/** The body of the shared document as Tiptap JSON (an empty fragment is one empty paragraph). */
export function bodyOfDoc(doc: Y.Doc): unknown {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD));
  return Array.isArray(json.content) && json.content.length > 0 ? json : EMPTY_BODY;
}

/** What the shared document says, with `fallback` for fields nobody has set in it yet. */
export function contentOfDoc(doc: Y.Doc, fallback: DocContent): DocContent {
  const meta = doc.getMap<unknown>(META_MAP);
  const content = { ...fallback, body: bodyOfDoc(doc) } as Record<string, unknown>;
  for (const f of TEXT_FIELDS) content[f] = doc.getText(f).toString();
  // No caption override is an empty caption field.
  if (content.leadCaption === '') content.leadCaption = null;
  for (const f of META_FIELDS) if (meta.has(f)) content[f] = meta.get(f);
  return content as DocContent;
}

/** Writes `fields` of `content` into the document, replacing what they held (one transaction). */
export function writeContentToDoc(
  doc: Y.Doc,
  content: DocContent,
  fields: readonly string[],
  origin: unknown,
): void {
  doc.transact(() => {
    for (const f of fields) {
      if (f === BODY_FIELD) {
        const fragment = doc.getXmlFragment(BODY_FIELD);
        fragment.delete(0, fragment.length);
        prosemirrorJSONToYXmlFragment(bodySchema, content.body ?? EMPTY_BODY, fragment);
      } else if ((TEXT_FIELDS as readonly string[]).includes(f)) {
        const text = doc.getText(f);
        text.delete(0, text.length);
        text.insert(0, String((content as Record<string, unknown>)[f] ?? ''));
      } else if ((META_FIELDS as readonly string[]).includes(f)) {
        doc.getMap(META_MAP).set(f, (content as Record<string, unknown>)[f] ?? null);
      }
    }
  }, origin);
}

export const ALL_CONTENT_FIELDS: readonly string[] = [BODY_FIELD, ...TEXT_FIELDS, ...META_FIELDS];

/** A new shared document holding `content`. */
export function docFromContent(content: DocContent): Y.Doc {
  const doc = new Y.Doc();
  writeContentToDoc(doc, content, ALL_CONTENT_FIELDS, null);
  return doc;
}

/** JSON with sorted keys: jsonb hands objects back in its own order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The content fields whose values differ between `a` and `b`. */
export function changedFields(a: DocContent, b: DocContent): string[] {
  return ALL_CONTENT_FIELDS.filter(
    (f) =>
      canonicalJson((a as Record<string, unknown>)[f]) !== canonicalJson((b as Record<string, unknown>)[f]),
  );
}

/** The editable content of a snapshot or row, without derived fields. */
export function docContentOf(snapshot: DocContent & { bodyText?: string }): DocContent {
  const { bodyText: _bodyText, ...content } = snapshot;
  return content;
}
