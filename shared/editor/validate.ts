import type { JSONContent } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { isAppError } from '../errors';
import { bodyError } from './body-problem';
import { bodySchema } from './schema';
import { bodyToText } from './text';
import { checkLimits } from './validate-limits';
import { messages } from './validate-messages';
import { cleanDoc, isPlainObject } from './validate-nodes';

export interface ValidBody {
  /** Normalized document: known fields only, text in NFC, ids in lower case. */
  doc: JSONContent;
  /** Plain text for search and word counts (see bodyToText). */
  text: string;
}

/**
 * The server's gate for story bodies. Anything wrong, however odd the input,
 * ends as AppError BAD_REQUEST with a message naming the problem; nothing else
 * escapes (an unexpected throw inside is reported as an unreadable body).
 */
export function validateBody(json: unknown): ValidBody {
  try {
    return validate(json);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw bodyError(messages.notADocument, undefined, error);
  }
}

function validate(json: unknown): ValidBody {
  if (!isPlainObject(json) || json.type !== 'doc') throw bodyError(messages.notADocument);
  checkLimits(json);
  if (!Array.isArray(json.content) || json.content.length === 0) throw bodyError(messages.empty);

  const clean = cleanDoc(json);
  let node: PMNode;
  try {
    node = PMNode.fromJSON(bodySchema, clean);
    node.check();
  } catch (error) {
    throw bodyError(structureMessage(error), undefined, error);
  }
  const doc = node.toJSON() as JSONContent;
  return { doc, text: bodyToText(doc) };
}

// ProseMirror names the node whose content is wrong; say that in newsroom words.
function structureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  if (/^Invalid collection of marks/.test(text)) return messages.badMarks;
  if (/^Empty text nodes/.test(text)) return messages.badText;
  const misplaced = /^Invalid content for node (\w+)/.exec(text);
  if (misplaced)
    return misplaced[1] === 'doc' && /: <>$/.test(text) ? messages.empty : messages.misplaced(misplaced[1]);
  return messages.structure;
}
