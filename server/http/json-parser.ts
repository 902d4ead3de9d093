import type { FastifyInstance } from 'fastify';
import secureJsonParse from 'secure-json-parse';

export const MAX_JSON_DEPTH = 64;

/** Deepest nesting of arrays and objects in JSON text, in one pass (strings skipped). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) max = depth;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

function badRequest(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}

const TOO_DEEP = `The request is nested too deeply (more than ${MAX_JSON_DEPTH} levels).`;

/**
 * JSON bodies are bounded in nesting before anything parses them, so no request
 * can make the server recurse without end. Outside tRPC, bodies are parsed with
 * secure-json-parse (prototype poisoning refused), as Fastify's own parser does.
 * The tRPC plugin keeps JSON bodies as text for its own parser: the hook checks those.
 */
export function registerJsonLimits(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.length === 0) return done(null, undefined);
    if (jsonNestingDepth(text) > MAX_JSON_DEPTH) return done(badRequest(TOO_DEEP), undefined);
    try {
      done(
        null,
        secureJsonParse.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }),
      );
    } catch {
      done(badRequest('The request body is not valid JSON.'), undefined);
    }
  });
  app.addHook('preHandler', async (req, reply) => {
    if (typeof req.body === 'string' && jsonNestingDepth(req.body) > MAX_JSON_DEPTH) {
      return reply.code(400).send({ error: { message: TOO_DEEP } });
    }
    const query = (req.query as Record<string, unknown> | undefined)?.input;
    if (typeof query === 'string' && jsonNestingDepth(query) > MAX_JSON_DEPTH) {
      return reply.code(400).send({ error: { message: TOO_DEEP } });
    }
  });
}
