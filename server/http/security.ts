import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config';

/** Security headers on every response (helmet), with a CSP that allows no inline script. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and ProseMirror set style attributes; no script can come in through styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    // The public site's images may be shown by feed readers and social cards elsewhere.
    crossOriginResourcePolicy: { policy: 'same-site' },
    hsts: false,
  });
}

function requestOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/**
 * Cross-site request forgery: a state-changing request must come from our own
 * pages. Browsers send Origin (and Sec-Fetch-Site) on every POST; tRPC only
 * accepts JSON or its own upload types, which a cross-site form cannot send.
 */
export function registerOriginCheck(app: FastifyInstance, config: Config): void {
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const allowed = origin === undefined || origin === requestOrigin(req) || origin === config.publicOrigin;
    if (site === 'cross-site' || !allowed) {
      return reply.code(403).send({ error: 'This request came from another site and was refused.' });
    }
  });
}
