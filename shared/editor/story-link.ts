import { Link } from '@tiptap/extension-link';
import { isAllowedHref, relForHref } from './href';

/**
 * Link with a single stored attribute, `href`. Tiptap's default also stores
 * target/rel/class/title, which would let a body carry arbitrary rel or class
 * values; here rel is derived from the address every time it is rendered.
 */
export const StoryLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('href'),
      },
    };
  },

  renderHTML({ HTMLAttributes }) {
    const href: unknown = HTMLAttributes.href;
    // Disallowed addresses cannot reach a validated body; render them inert just in case.
    if (!isAllowedHref(href)) return ['a', {}, 0];
    const rel = relForHref(href);
    return ['a', rel ? { href, rel } : { href }, 0];
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  // http, https and mailto are linkify built-ins; `protocols` only registers extra
  // schemes, so it stays empty. The real allow-list is isAllowedUri below.
  protocols: [],
  HTMLAttributes: {},
  isAllowedUri: (url) => isAllowedHref(url),
  shouldAutoLink: (url) => isAllowedHref(url),
});
