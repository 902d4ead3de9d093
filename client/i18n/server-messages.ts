import { i18n, translateKey } from '.';
// Only the English server templates and error codes: the whole English catalog loads on demand.
import { errors } from './en/common';
import { server } from './en/server';

/**
 * The server words its refusals in English (they are also what the log says). The
 * catalog's `server` group holds those texts as templates, `{{name}}` marking a part
 * that varies; a message that matches one is shown in the reader's language with the
 * same parts. One the catalog does not know yet is shown under a translated line for
 * its kind (code), so a Bengali reader is never left with English alone.
 */
interface Pattern {
  key: keyof typeof server;
  regex: RegExp;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(template: string): RegExp {
  const parts = template.split(/\{\{(\w+)(?:, *\w+)?\}\}/);
  let source = '';
  for (const [i, part] of parts.entries()) source += i % 2 === 0 ? escapeRegex(part) : `(?<${part}>.+?)`;
  return new RegExp(`^${source}$`, 's');
}

const PATTERNS: Pattern[] = (Object.keys(server) as (keyof typeof server)[]).map((key) => ({
  key,
  regex: compile(server[key]),
}));

/** The catalog key and parts of a server message, when the catalog knows it. */
export function matchServerMessage(
  message: string,
): { key: keyof typeof server; params: Record<string, string> } | null {
  for (const { key, regex } of PATTERNS) {
    const match = regex.exec(message);
    if (match) return { key, params: { ...match.groups } };
  }
  return null;
}

/** A server text (a notification, a row outcome) in the reader's language when known, else as written. */
export function translateKnownMessage(message: string): string {
  const known = matchServerMessage(message);
  return known ? translateKey(`server.${known.key}`, known.params) : message;
}

export function translateServerMessage(message: string, code?: string): string {
  const known = matchServerMessage(message);
  if (known) return translateKey(`server.${known.key}`, known.params);
  if (i18n.language === 'en') return message;
  const codes = errors.code as Record<string, string>;
  const kind = code && code in codes ? code : 'BAD_REQUEST';
  return `${translateKey(`errors.code.${kind}`)} (${message})`;
}
