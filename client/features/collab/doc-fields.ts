import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { BODY_FIELD, META_FIELDS, META_MAP, TEXT_FIELDS } from '../../../shared/collab/story-doc';
import { EMPTY_BODY, type StoryContent, type StoryFields } from '../editor/story-content';
import { applyTextDiff } from './text-diff';

const isText = (field: string) => (TEXT_FIELDS as readonly string[]).includes(field);
const isMeta = (field: string) => (META_FIELDS as readonly string[]).includes(field);

/** The story fields the shared document holds, `fallback` for any it does not hold yet. */
export function fieldsOfDoc(doc: Y.Doc, fallback: StoryFields): StoryFields {
  const fields = { ...fallback } as Record<string, unknown>;
  for (const field of TEXT_FIELDS) fields[field] = doc.getText(field).toString();
  // No caption override is an empty caption field (as the server reads it).
  if (fields.leadCaption === '') fields.leadCaption = null;
  const meta = doc.getMap<unknown>(META_MAP);
  for (const field of META_FIELDS) if (meta.has(field)) fields[field] = meta.get(field);
  return fields as unknown as StoryFields;
}

/** Everything the document holds, as the single-editor path would save it. */
export function contentOfDoc(doc: Y.Doc, fallback: StoryContent): StoryContent {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)) as JSONContent;
  const body = json.content?.length ? json : (fallback.body ?? EMPTY_BODY);
  return { ...fieldsOfDoc(doc, fallback), body };
}

/** Writes what the person changed: text fields as minimal edits, the rest into the meta map. */
export function writeFieldsToDoc(doc: Y.Doc, patch: Partial<StoryFields>): void {
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) {
      if (isText(field)) applyTextDiff(doc.getText(field), String(value ?? ''));
      else if (isMeta(field)) doc.getMap(META_MAP).set(field, value ?? null);
    }
  });
}

/** The fields as the document says now, re-read on every change from anyone. */
export function useDocFields(doc: Y.Doc | null, fallback: StoryFields): StoryFields | null {
  const [fields, setFields] = useState<StoryFields | null>(() => (doc ? fieldsOfDoc(doc, fallback) : null));
  useEffect(() => {
    if (!doc) return;
    const read = () => setFields(fieldsOfDoc(doc, fallback));
    read();
    // Only the fields: the body's own binding follows the body.
    const texts = TEXT_FIELDS.map((f) => doc.getText(f));
    const meta = doc.getMap(META_MAP);
    for (const text of texts) text.observe(read);
    meta.observe(read);
    return () => {
      for (const text of texts) text.unobserve(read);
      meta.unobserve(read);
    };
  }, [doc, fallback]);
  return doc ? fields : null;
}
