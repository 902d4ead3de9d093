import { escapeAttr } from '../../../shared/editor/html';

/** Markup that is already safe: produced by `html` or by our own renderers. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trust a string as markup (renderBodyHtml's output, JSON-LD already escaped). */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // Quotes escaped too, so an interpolation is safe in text and in a quoted attribute alike.
  return escapeAttr(String(value));
}

/**
 * Tagged template for page markup: every interpolated value is escaped unless it
 * is SafeHtml; arrays are joined; null, undefined and false render nothing.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** `name="value"` pairs for optional attributes; null/undefined/false are left out. */
export function attrs(pairs: Record<string, string | number | boolean | null | undefined>): SafeHtml {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  return new SafeHtml(out);
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no `</script>` can close it early. */
export function jsonForScript(data: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(data)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
