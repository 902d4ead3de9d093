/** What the newsroom user reads when a body is refused: what is wrong and what to do. */

const LABELS: Record<string, string> = {
  doc: 'story body',
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'quote',
  bulletList: 'bulleted list',
  orderedList: 'numbered list',
  listItem: 'list item',
  horizontalRule: 'divider',
  hardBreak: 'line break',
  figure: 'figure caption',
  readMore: '“Read more” box',
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strike: 'strikethrough',
  link: 'link',
};

export function label(name: string): string {
  return Object.hasOwn(LABELS, name) ? LABELS[name] : name;
}

/** Quote a value from the request, cut short so a hostile name cannot flood the message. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${short}”`;
}

export const messages = {
  figureTooLong: (field: string, max: number) =>
    `A figure's ${field === 'alt' ? 'alt text' : field} is too long: the limit is ${max.toLocaleString('en')} characters, as in the media library.`,
  figureMarkup: (field: string) =>
    `A figure's ${field === 'alt' ? 'alt text' : field} must be plain text: remove the HTML tag (anything starting with “<”), as in the media library.`,
  notADocument: 'The story body could not be read. Reload the editor and try again.',
  empty: 'The story body is empty. Write the story and save again.',
  tooLarge: (mb: number) =>
    `The story body is too large (more than ${mb} MB). Remove some content or split the story, then save again.`,
  tooDeep: (depth: number) =>
    `The story body is nested too deeply (more than ${depth} levels of lists or quotes). Flatten it and save again.`,
  tooManyNodes: (count: number) =>
    `The story body has too many parts (more than ${count.toLocaleString('en')}). Split the story and save again.`,
  notANode: 'The story body contains a damaged element. Reload the editor and try again.',
  unknownElement: (type: unknown) =>
    `The story body contains an unknown element ${quote(type)}. Remove it and save again.`,
  unknownMark: (type: unknown) =>
    `The story body contains unknown formatting ${quote(type)}. Remove it and save again.`,
  markNotAllowed: (mark: string, parent: string) =>
    `${capitalize(label(mark))} formatting is not allowed in a ${label(parent)}. Remove it and save again.`,
  marksOnBlock: (type: string) =>
    `A ${label(type)} has text formatting on the block itself. Reload the editor and try again.`,
  badText: 'The story body contains text that is not valid. Reload the editor and try again.',
  badSettings: (type: string) =>
    `A ${label(type)} in the story body has invalid settings. Reload the editor and try again.`,
  headingLevel: 'A heading has an unsupported size. Use heading 2, 3 or 4.',
  listStart: 'A numbered list has an invalid starting number.',
  linkMissing: 'A link has no address. Add the address or remove the link.',
  linkHasSpaces: (href: string) =>
    `Link ${quote(href)} contains spaces or invisible characters. Remove them and save again.`,
  linkNotAllowed: (href: string) =>
    `Link ${quote(href)} is not allowed: links must start with http://, https://, mailto: or point to another story.`,
  figureMissingImage: 'A figure is missing its image.',
  figureBadImageId: 'A figure refers to an invalid image. Remove it and insert the image again.',
  figureBadSrc: 'A figure’s image must come from the media library (its address must start with /media/).',
  figureBadText: 'A figure’s description or credit is not text. Reload the editor and try again.',
  figureBadSize: 'A figure has an invalid width or height. Remove it and insert the image again.',
  readMoreMissing: 'A “Read more” box is missing its story. Choose a story or remove the box.',
  readMoreBadId: 'A “Read more” box points to an invalid story. Choose the story again.',
  misplaced: (parent: string) =>
    `The ${label(parent)} contains something that is not allowed there. Reload the editor and try again.`,
  badMarks: 'Some text has the same formatting applied twice, or two different links. Fix it and save again.',
  structure: 'The story body is not laid out correctly. Reload the editor and try again.',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
