import type { DOMOutputSpec } from '@tiptap/pm/model';

/**
 * A string serializer for ProseMirror DOMOutputSpec arrays, so the server can
 * render the schema's own renderHTML without a DOM (no jsdom, no happy-dom).
 */

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const TAG = /^[a-z][a-z0-9]*$/;
const ATTR = /^[a-z][a-z0-9-]*$/;

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * ` name="value"` pairs; null/undefined/false are left out like ProseMirror does.
 * Names are whitelisted by shape and event handlers are refused outright, so no
 * attribute in the output can run script whatever a renderHTML returns.
 */
export function renderAttrs(attrs: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!ATTR.test(name) || name.startsWith('on')) throw new Error(`Refusing to render attribute ${name}`);
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}

export function openTag(tag: string, attrs: Record<string, unknown> = {}): string {
  if (!TAG.test(tag)) throw new Error(`Refusing to render tag ${tag}`);
  return `<${tag}${renderAttrs(attrs)}>`;
}

export function closeTag(tag: string): string {
  return VOID.has(tag) ? '' : `</${tag}>`;
}

export interface SpecParts {
  /** Markup before the content hole (all of it when there is no hole). */
  before: string;
  after: string;
  hasHole: boolean;
}

/** Split a spec around its content hole (`0`), rendering everything else. */
export function renderSpec(spec: DOMOutputSpec): SpecParts {
  if (typeof spec === 'string') return { before: escapeText(spec), after: '', hasHole: false };
  if (!Array.isArray(spec)) throw new Error('Only array DOMOutputSpecs can be rendered without a DOM');
  const [tag, maybeAttrs, ...rest] = spec as readonly unknown[];
  if (typeof tag !== 'string') throw new Error('Invalid DOMOutputSpec');
  const hasAttrs = isAttrs(maybeAttrs);
  const children = hasAttrs ? rest : spec.slice(1);
  const tagName = tag.toLowerCase();
  if (VOID.has(tagName) && children.length > 0) throw new Error(`<${tagName}> cannot have content`);

  let before = openTag(tagName, hasAttrs ? (maybeAttrs as Record<string, unknown>) : {});
  let after = '';
  let hasHole = false;
  for (const child of children) {
    if (child === 0) {
      if (hasHole) throw new Error('DOMOutputSpec has two content holes');
      hasHole = true;
      continue;
    }
    const part = renderSpec(child as DOMOutputSpec);
    if (part.hasHole && hasHole) throw new Error('DOMOutputSpec has two content holes');
    if (hasHole) after += part.before;
    else before += part.before;
    if (part.hasHole) {
      hasHole = true;
      after += part.after;
    }
  }
  after += closeTag(tagName);
  return { before, after, hasHole };
}

function isAttrs(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('nodeType' in value);
}
