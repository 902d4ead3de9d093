export { type BodyNodeOverrides, bodyExtensions, buildBodyExtensions, HEADING_LEVELS } from './extensions';
export { CREDIT_PREFIX, Figure, type FigureAttrs } from './figure';
export { isAllowedHref, isMediaSrc, isUuid, parseStoryPath, relForHref, type StoryPath } from './href';
export { extractFigureMediaIds, extractStoryLinks, type LinkedStory, parseStoryHref } from './links';
export { cleanPastedHtml, isProseMirrorClipboard } from './paste';
export { READ_MORE_LABEL, ReadMore } from './read-more';
export {
  type RenderContext,
  type ResolvedMedia,
  type ResolvedStory,
  renderBodyHtml,
} from './render';
export { bodySchema } from './schema';
export { StoryLink } from './story-link';
export { bodyToText } from './text';
export { type ValidBody, validateBody } from './validate';
export { BODY_LIMITS } from './validate-limits';
