import type { AnyExtension, Node } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Figure } from './figure';
import { ReadMore } from './read-more';
import { StoryLink } from './story-link';

export const HEADING_LEVELS = [2, 3, 4] as const;

export interface BodyNodeOverrides {
  /** `Figure.extend({ addNodeView })` from the client; must keep the name 'figure'. */
  figure?: Node;
  /** `ReadMore.extend({ addNodeView })` from the client; must keep the name 'readMore'. */
  readMore?: Node;
  /** false when co-editing: Yjs keeps the undo history (per person), not ProseMirror. */
  undoRedo?: false;
}

/**
 * The story-body extensions. The client passes its NodeView-extended nodes here so
 * the editor's schema stays identical to the server's.
 */
export function buildBodyExtensions(overrides: BodyNodeOverrides = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      // Newsroom copy has no code; the headline h1 belongs to the page, not the body.
      code: false,
      codeBlock: false,
      // Replaced by StoryLink; leaving it on would register 'link' twice.
      link: false,
      ...(overrides.undoRedo === false ? { undoRedo: false as const } : {}),
    }),
    StoryLink,
    overrides.figure ?? Figure,
    overrides.readMore ?? ReadMore,
  ];
}

export const bodyExtensions: AnyExtension[] = buildBodyExtensions();
