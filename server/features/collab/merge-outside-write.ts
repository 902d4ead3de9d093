import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { diffArrays } from 'diff';
import * as Y from 'yjs';
import { BODY_FIELD, META_FIELDS, META_MAP, TEXT_FIELDS } from '../../../shared/collab/story-doc';
import { bodySchema } from '../../../shared/editor/schema';
import { EMPTY_BODY } from '../articles/prepare-content';
import { canonicalJson, type DocContent } from './doc-content';

/** Edits that turn one sequence into another, applied to a shared type from the left. */
interface SequenceOps<T> {
  delete(index: number, count: number): void;
  insert(index: number, items: T[]): void;
  /** How far one item moves the index (Y.Text counts UTF-16 units, a fragment children). */
  size(item: T): number;
}

function applyDiff<T>(from: T[], to: T[], ops: SequenceOps<T>): void {
  let index = 0;
  const width = (items: T[]) => items.reduce((n, item) => n + ops.size(item), 0);
  for (const part of diffArrays(from, to)) {
    if (part.removed) ops.delete(index, width(part.value));
    else if (part.added) {
      ops.insert(index, part.value);
      index += width(part.value);
    } else index += width(part.value);
  }
}

const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Three-way merge of two edits of `base`, by Yjs itself: each side's changes are made
 * as its own client on a copy of `base`, and the copies merged. What one side changed
 * and the other did not is kept as that side made it; what both inserted is all there.
 */
export function mergeSequences<T extends string>(base: T[], ours: T[], theirs: T[]): T[] {
  if (same(ours, base)) return theirs;
  if (same(theirs, base) || same(theirs, ours)) return ours;
  const start = new Y.Doc();
  start.getArray<T>('s').insert(0, base);
  const origin = Y.encodeStateAsUpdate(start);
  const fork = (to: T[]) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, origin);
    const array = copy.getArray<T>('s');
    applyDiff(base, to, {
      delete: (i, n) => array.delete(i, n),
      insert: (i, items) => array.insert(i, items),
      size: () => 1,
    });
    return copy;
  };
  const a = fork(ours);
  const b = fork(theirs);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  const merged = a.getArray<T>('s').toArray();
  for (const d of [start, a, b]) d.destroy();
  return merged;
}

const codePoints = (s: string) => Array.from(s);

function mergeText(text: Y.Text, base: string, theirs: string): void {
  const ours = codePoints(text.toString());
  const merged = mergeSequences(codePoints(base), ours, codePoints(theirs));
  applyDiff(ours, merged, {
    delete: (i, n) => text.delete(i, n),
    insert: (i, items) => text.insert(i, items.join('')),
    size: (c) => c.length,
  });
}

/** Top-level blocks of a body as the shared document would give them back, one JSON string each. */
function blocksOf(body: unknown): string[] {
  const scratch = new Y.Doc();
  try {
    const fragment = scratch.getXmlFragment(BODY_FIELD);
    prosemirrorJSONToYXmlFragment(bodySchema, body ?? EMPTY_BODY, fragment);
    return blocksOfFragment(fragment);
  } finally {
    scratch.destroy();
  }
}

function blocksOfFragment(fragment: Y.XmlFragment): string[] {
  const json = yXmlFragmentToProsemirrorJSON(fragment) as { content?: unknown[] };
  return (json.content ?? []).map((block) => canonicalJson(block));
}

/** Shared-document elements for `blocks`, not yet in any document. */
function elementsOf(blocks: string[]): (Y.XmlElement | Y.XmlText)[] {
  const scratch = new Y.Doc();
  const fragment = scratch.getXmlFragment(BODY_FIELD);
  prosemirrorJSONToYXmlFragment(
    bodySchema,
    { type: 'doc', content: blocks.map((b) => JSON.parse(b)) },
    fragment,
  );
  const elements = fragment.toArray().map((e) => (e as Y.XmlElement | Y.XmlText).clone());
  scratch.destroy();
  return elements;
}

/**
 * The body merged block by block: blocks the outside write did not change stay the
 * same shared-document elements (a collaborator typing in one keeps their text and
 * cursor), blocks it removed or replaced go, its new ones come in. A block both the
 * outside write and a collaborator changed is kept in both versions: nothing typed is dropped.
 */
function mergeBody(fragment: Y.XmlFragment, base: unknown, theirs: unknown): void {
  const ours = blocksOfFragment(fragment);
  if (ours.length !== fragment.length) {
    // Not one element per block (never made by the editor): replaced as a whole.
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(bodySchema, theirs ?? EMPTY_BODY, fragment);
    return;
  }
  const merged = mergeSequences(blocksOf(base), ours, blocksOf(theirs));
  applyDiff(ours, merged, {
    delete: (i, n) => fragment.delete(i, n),
    insert: (i, items) => fragment.insert(i, elementsOf(items)),
    size: () => 1,
  });
}

/**
 * Brings a write made outside the collaboration (an API save, a restore, a bulk edit)
 * into the shared document, for the `fields` it changed from `base` (what the
 * document last agreed with) to `theirs` (the story now). Text fields and the body
 * are merged with what collaborators typed since `base`; other details are set.
 * Fields the write did not change are not touched at all.
 */
export function mergeOutsideWrite(
  doc: Y.Doc,
  base: DocContent,
  theirs: DocContent,
  fields: readonly string[],
  origin: unknown,
): void {
  const value = (content: DocContent, f: string) => (content as Record<string, unknown>)[f];
  doc.transact(() => {
    for (const f of fields) {
      if (f === BODY_FIELD) mergeBody(doc.getXmlFragment(BODY_FIELD), base.body, theirs.body);
      else if ((TEXT_FIELDS as readonly string[]).includes(f)) {
        mergeText(doc.getText(f), String(value(base, f) ?? ''), String(value(theirs, f) ?? ''));
      } else if ((META_FIELDS as readonly string[]).includes(f)) {
        doc.getMap(META_MAP).set(f, value(theirs, f) ?? null);
      }
    }
  }, origin);
}
