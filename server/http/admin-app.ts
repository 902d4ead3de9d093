import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const CLIENT_DIST = process.env.CLIENT_DIST
  ? path.resolve(process.env.CLIENT_DIST)
  : path.resolve(import.meta.dirname, '../../dist/client');

/**
 * The dashboard SPA under /admin: hashed assets cached for a year, index.html
 * never cached, and every client route (/admin/stories/...) answered with it.
 */
export async function registerAdminApp(app: FastifyInstance): Promise<void> {
  const indexFile = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.get('/admin*', async (_req, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built. Run `npm start` (it builds it) or `npm run dev` for development.'),
    );
    return;
  }
  const indexHtml = fs.readFileSync(indexFile);
  await app.register(fastifyStatic, {
    root: CLIENT_DIST,
    prefix: '/admin/',
    index: false,
    wildcard: false,
    setHeaders(reply, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  app.get('/admin', sendIndex);
  app.get('/admin/*', async (req, reply) => {
    // Missing hashed assets are real 404s, not the app shell.
    if (req.url.startsWith('/admin/assets/')) return reply.callNotFound();
    return sendIndex(req, reply);
  });
}
