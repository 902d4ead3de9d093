import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

/** The Noto families we serve; their versions go into the URLs, so the files can be cached forever. */
const FONT_PACKAGES = ['@fontsource/noto-serif-bengali', '@fontsource/noto-sans-bengali'] as const;
const FONT_FILE = /^noto-(serif|sans)-bengali-(bengali|latin)-(400|700)-normal\.woff2$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface FontDir {
  dir: string;
  version: string;
}

function fontDirs(): Map<string, FontDir> {
  const out = new Map<string, FontDir>();
  for (const name of FONT_PACKAGES) {
    const pkgFile = require.resolve(`${name}/package.json`);
    const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string };
    const family = name.slice('@fontsource/'.length);
    out.set(family, { dir: path.join(path.dirname(pkgFile), 'files'), version });
  }
  return out;
}

export interface SiteAssets {
  /** `/assets/site.<hash>.css` */
  cssUrl: string;
}

/**
 * The public stylesheet and the self-hosted Bengali fonts. Both URLs carry a
 * version (a hash of the CSS, the font package's version), so they are immutable.
 */
export function registerSiteAssets(app: FastifyInstance): SiteAssets {
  const fonts = fontDirs();
  const fontUrl = (file: string) => {
    const family = file.startsWith('noto-serif') ? 'noto-serif-bengali' : 'noto-sans-bengali';
    return `/assets/fonts/${fonts.get(family)!.version}/${file}`;
  };
  const source = fs.readFileSync(path.join(import.meta.dirname, 'assets', 'site.css'), 'utf8');
  const css = source.replace(/FONT:([a-z0-9.-]+)/g, (_m, file: string) => fontUrl(file));
  const cssHash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  const cssUrl = `/assets/site.${cssHash}.css`;

  app.get(cssUrl, async (_req, reply) =>
    reply.header('Cache-Control', IMMUTABLE).type('text/css; charset=utf-8').send(css),
  );

  const fontCache = new Map<string, Buffer>();
  app.get<{ Params: { version: string; file: string } }>(
    '/assets/fonts/:version/:file',
    async (req, reply) => {
      const { version, file } = req.params;
      const match = FONT_FILE.exec(file);
      const font = match ? fonts.get(`noto-${match[1]}-bengali`) : undefined;
      if (!match || !font || font.version !== version) return reply.callNotFound();
      let data = fontCache.get(file);
      if (!data) {
        data = await fs.promises.readFile(path.join(font.dir, file));
        fontCache.set(file, data);
      }
      return reply
        .header('Cache-Control', IMMUTABLE)
        .header('Access-Control-Allow-Origin', '*')
        .type('font/woff2')
        .send(data);
    },
  );
  return { cssUrl };
}
