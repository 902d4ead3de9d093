import { bodyError } from './body-problem';
import { messages } from './validate-messages';

export const BODY_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  /** Nesting of nodes, the document itself being level 1. */
  maxDepth: 40,
  maxNodes: 200_000,
} as const;

// A node at depth d sits at JSON depth 2d - 1 (object, content array, object...),
// plus a few levels for its marks and attrs.
const MAX_JSON_DEPTH = 2 * BODY_LIMITS.maxDepth + 4;
// Guards the walk itself for in-memory values; a 2 MB JSON text has far fewer values.
const MAX_VALUES = 4_000_000;

/**
 * Refuse absurd input before anything recursive touches it: an iterative walk
 * bounds depth (so cycles and 100k-deep nesting fail fast, without a stack
 * overflow) and the node count, then the serialized size is measured.
 */
export function checkLimits(json: unknown): void {
  // [value, JSON depth, what it is]: elements of a `content` array are nodes.
  const stack: [unknown, number, 'node' | 'content' | 'other'][] = [[json, 1, 'node']];
  let seen = 0;
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth, kind] = stack.pop()!;
    if (++seen > MAX_VALUES) throw bodyError(messages.tooLarge(BODY_LIMITS.maxBytes / 1024 / 1024));
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) throw bodyError(messages.tooDeep(BODY_LIMITS.maxDepth));
    if (kind === 'node' && ++nodes > BODY_LIMITS.maxNodes) {
      throw bodyError(messages.tooManyNodes(BODY_LIMITS.maxNodes));
    }
    if (Array.isArray(value)) {
      for (const child of value) stack.push([child, depth + 1, kind === 'content' ? 'node' : 'other']);
    } else {
      for (const [key, child] of Object.entries(value)) {
        stack.push([child, depth + 1, kind === 'node' && key === 'content' ? 'content' : 'other']);
      }
    }
  }

  let text: string;
  try {
    text = JSON.stringify(json);
  } catch (cause) {
    throw bodyError(messages.notADocument, undefined, cause);
  }
  // A UTF-16 unit takes 1 to 3 UTF-8 bytes, so only borderline bodies need encoding.
  const max = BODY_LIMITS.maxBytes;
  if (text.length > max || (text.length * 3 > max && new TextEncoder().encode(text).length > max)) {
    throw bodyError(messages.tooLarge(BODY_LIMITS.maxBytes / 1024 / 1024));
  }
}
