import * as Y from 'yjs';
import { ZArticleContent } from '../../../shared/articles/schemas';
import { BODY_FIELD, COLLAB_ROOTS, META_MAP, TEXT_FIELDS } from '../../../shared/collab/story-doc';
import { validateBody } from '../../../shared/editor';
import { isAppError } from '../../../shared/errors';
import { can, FIELD_RIGHTS, type Role, type StoryField } from '../../../shared/roles';
import { bodyOfDoc } from './doc-content';

/** Why an update was refused, in words for the person whose change it was. */
export class RefusedUpdate extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its shared types by their event type, which varies here.
type SharedType = Y.AbstractType<any>;

const FIELD_LABELS: Record<string, string> = {
  body: 'the story text',
  headline: 'the headline',
  kicker: 'the kicker',
  summary: 'the summary',
  leadCaption: 'the lead image caption',
  meta: 'the byline, section, tags and other story details',
};

/** The top-level name of the shared type `type` sits in. */
function rootNameOf(type: SharedType, roots: Map<SharedType, string>): string | undefined {
  let t: SharedType = type;
  while (t._item) t = t._item.parent as SharedType;
  return roots.get(t);
}

/**
 * Checks co-editing updates before Hocuspocus applies them to the shared document.
 * It keeps a shadow copy of the document: an update is applied to the shadow first,
 * and the fields it touched are checked against the rights table (FIELD_RIGHTS) and
 * the same rules a save obeys (the body validator, the content schema). A refused
 * update never reaches the document, so collaboration never stores what a save
 * would refuse; the shadow is then rebuilt from the document.
 */
export class UpdateGuard {
  private shadow: Y.Doc;

  constructor(private readonly doc: Y.Doc) {
    this.shadow = this.copyOfDoc();
    // Everything the document takes (other connections, other instances, the server) reaches the shadow.
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(this.shadow, update));
  }

  private copyOfDoc(): Y.Doc {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
    return copy;
  }

  /**
   * Throws RefusedUpdate when `update`, sent by someone of `role`, may not be applied.
   * Returns whether it changes anything (a reconnecting client resends what the document has).
   */
  check(update: Uint8Array, role: Role): boolean {
    const touched = new Map<string, Set<string | null>>();
    const onTransaction = (tr: Y.Transaction) => {
      const roots = new Map<SharedType, string>();
      for (const [name, type] of this.shadow.share) roots.set(type, name);
      for (const [type, keys] of tr.changed) {
        const name = rootNameOf(type, roots) ?? '?';
        const set = touched.get(name) ?? new Set();
        // Keys matter only for the top-level map (which story detail changed).
        if (name === META_MAP && !type._item) for (const k of keys) set.add(k);
        touched.set(name, set);
      }
    };
    this.shadow.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(this.shadow, update);
    } finally {
      this.shadow.off('afterTransaction', onTransaction);
    }
    try {
      this.checkFields(touched, role);
    } catch (error) {
      this.shadow.destroy();
      this.shadow = this.copyOfDoc();
      throw error;
    }
    return touched.size > 0;
  }

  private checkFields(touched: Map<string, Set<string | null>>, role: Role): void {
    for (const [name, keys] of touched) {
      if (!COLLAB_ROOTS.includes(name)) {
        throw new RefusedUpdate('This change is not part of a story and was not saved.');
      }
      const right = FIELD_RIGHTS[name as StoryField];
      if (!can(role, right)) {
        throw new RefusedUpdate(
          `Your role may not change ${FIELD_LABELS[name] ?? name}: this change was not saved.`,
        );
      }
      if (name === BODY_FIELD) this.checkBody();
      else if ((TEXT_FIELDS as readonly string[]).includes(name)) this.checkText(name);
      else if (name === META_MAP) for (const key of keys) if (key !== null) this.checkMeta(key);
    }
  }

  private checkBody(): void {
    try {
      validateBody(bodyOfDoc(this.shadow));
    } catch (error) {
      throw new RefusedUpdate(
        isAppError(error)
          ? error.userMessage
          : 'This change would make the story text unreadable and was not saved.',
      );
    }
  }

  private checkText(field: string): void {
    const value = this.shadow.getText(field).toString();
    const schema = ZArticleContent.shape[field as keyof typeof ZArticleContent.shape];
    const result = schema.safeParse(field === 'leadCaption' && value === '' ? null : value);
    if (!result.success) throw new RefusedUpdate(result.error.issues[0]?.message ?? `${field} is not valid.`);
  }

  private checkMeta(key: string): void {
    const shape = ZArticleContent.shape as Record<
      string,
      (typeof ZArticleContent.shape)[keyof typeof ZArticleContent.shape]
    >;
    const schema = shape[key];
    if (!schema || key === 'body' || (TEXT_FIELDS as readonly string[]).includes(key)) {
      throw new RefusedUpdate(`"${key}" is not a story detail and was not saved.`);
    }
    const result = schema.safeParse(this.shadow.getMap(META_MAP).get(key));
    if (!result.success) throw new RefusedUpdate(result.error.issues[0]?.message ?? `${key} is not valid.`);
  }

  destroy(): void {
    this.shadow.destroy();
  }
}
