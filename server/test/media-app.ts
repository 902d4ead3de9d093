import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { whenMediaProcessingIdle } from '../features/media/media-processing';
import { buildApp } from '../http/app';
import { type MediaStore, setMediaStore } from '../media-store';
import { createTestHarness, type TestHarness, type TestUser } from './harness';

export interface MediaTestApp {
  h: TestHarness;
  app: FastifyInstance;
  /** A signed-in editor to upload as. */
  editor: TestUser;
  /** The app's address, e.g. http://127.0.0.1:40123 (uploads are read from a real socket, not inject()). */
  base: string;
  close(): Promise<void>;
}

/**
 * A Barta app that keeps its images in `store`, listening on a free loopback port.
 * `configure` adjusts the config first (upload limit, staging folder).
 */
export async function startMediaApp(
  store: MediaStore,
  configure: (config: Config) => void = () => {},
): Promise<MediaTestApp> {
  const h = await createTestHarness();
  configure(h.config);
  setMediaStore(h.config, store);
  const app = await buildApp({ config: h.config, database: h.database, events: h.events });
  const editor = await h.makeUser('editor');
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    h,
    app,
    editor,
    base,
    async close() {
      await whenMediaProcessingIdle();
      // Every response has been read; a keep-alive socket left by fetch's pool must not wait out its timeout.
      app.server.closeAllConnections();
      await app.close();
      await h.close();
    },
  };
}
