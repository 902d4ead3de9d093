import type { JSONContent } from '@tiptap/core';

// Blocks whose children are inline: each becomes one line of text.
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'figure']);

/**
 * Plain text of a body for search and word counts: one line per paragraph,
 * heading or figure caption; "read more" boxes are left out because their
 * words belong to another story.
 */
export function bodyToText(doc: JSONContent): string {
  return bodyLines(doc).join('\n');
}

/** The lines of `bodyToText` for a body or any part of one (a block gives its own lines). */
export function bodyLines(node: JSONContent): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim() !== '') lines.push(line);
    line = '';
  };
  const visit = (node: JSONContent) => {
    switch (node.type) {
      case 'text':
        line += typeof node.text === 'string' ? node.text : '';
        return;
      case 'hardBreak':
        line += '\n';
        return;
      case 'readMore':
        return;
    }
    const block = TEXT_BLOCKS.has(node.type ?? '');
    if (block) flush();
    for (const child of node.content ?? []) visit(child);
    if (block) flush();
  };
  visit(node);
  flush();
  return lines;
}
