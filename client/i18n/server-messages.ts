import { i18n, translateKey } from '.';
// Only the English server templates, error codes and the words they name (roles, statuses,
// actions): the whole English catalog loads on demand.
import { errors, roles, statuses } from './en/common';
import { publication } from './en/publication';
import { server } from './en/server';
import { workflow as workflowWords } from './en/workflow';

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

type Words = Record<string, string>;

/** The catalog key whose English is `value` (a role or status id also names itself). */
function keyOf(words: Words, value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  return Object.keys(words).find((key) => key === value || words[key]?.toLowerCase() === wanted);
}

/**
 * The server names roles by id ("desk"), statuses by their English label ("in review" or
 * "in_review") and actions by their button text ("Publish update"): in another language
 * those parts are shown with the words the dashboard uses for them elsewhere.
 */
function localParams(params: Record<string, string>): Record<string, string> {
  if (i18n.language === 'en') return params;
  const out = { ...params };
  const role = params.role && keyOf(roles, params.role);
  if (role) out.role = translateKey(`roles.${role}`);
  const status = params.status && keyOf(statuses, params.status);
  if (status) out.status = translateKey(`statuses.${status}`);
  if (params.action) {
    const workflow = keyOf(workflowWords.actions, params.action);
    const update = keyOf(publication.actions, params.action);
    if (workflow) out.action = translateKey(`workflow.actions.${workflow}`);
    else if (update) out.action = translateKey(`publication.actions.${update}`);
  }
  return out;
}

function translateMatch(known: { key: keyof typeof server; params: Record<string, string> }): string {
  return translateKey(`server.${known.key}`, localParams(known.params));
}

/** A server text (a notification, a row outcome) in the reader's language when known, else as written. */
export function translateKnownMessage(message: string): string {
  const known = matchServerMessage(message);
  return known ? translateMatch(known) : message;
}

export function translateServerMessage(message: string, code?: string): string {
  const known = matchServerMessage(message);
  if (known) return translateMatch(known);
  if (i18n.language === 'en') return message;
  const codes = errors.code as Record<string, string>;
  const kind = code && code in codes ? code : 'BAD_REQUEST';
  return `${translateKey(`errors.code.${kind}`)} (${message})`;
}
