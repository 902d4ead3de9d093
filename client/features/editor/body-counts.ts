import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countCharacters, countWords, readingMinutes } from '../../../shared/bn';
import { bodyLines } from '../../../shared/editor/text';

interface BlockCounts {
  words: number;
  characters: number;
  /** Lines of story text in the block: the story's text has a line break between each two. */
  lines: number;
}

// ProseMirror nodes are immutable and a change replaces only the blocks it touches,
// so each top-level block is counted once and looked up afterwards: typing in a
// 10,000-word story re-counts one paragraph, not the story.
const countedBlocks = new WeakMap<ProseMirrorNode, BlockCounts>();

function countBlock(block: ProseMirrorNode): BlockCounts {
  let counts = countedBlocks.get(block);
  if (!counts) {
    const lines = bodyLines(block.toJSON());
    const text = lines.join('\n');
    counts = { words: countWords(text), characters: countCharacters(text), lines: lines.length };
    countedBlocks.set(block, counts);
  }
  return counts;
}

/**
 * Counts of the story's text as the server derives it (`bodyToText`: captions in,
 * read-more boxes out), so the editor and the story list agree, block by block.
 */
export function measureBody(doc: ProseMirrorNode) {
  let words = 0;
  let characters = 0;
  let lines = 0;
  doc.forEach((block) => {
    const counts = countBlock(block);
    words += counts.words;
    characters += counts.characters;
    lines += counts.lines;
  });
  characters += Math.max(0, lines - 1);
  return { words, characters, minutes: readingMinutes(words) };
}
