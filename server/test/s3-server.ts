import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error s3rver ships no types; only the constructor, run() and close() are used.
import S3rver from 's3rver';
import { S3MediaStore, type S3StoreOptions } from '../media-store/s3-store';

/** s3rver's built-in key pair: any S3 client signing with it is accepted. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** Settings for S3MediaStore (and the MEDIA_STORE=s3 environment of a spawned server). */
  storeOptions(extra?: Partial<S3StoreOptions>): S3StoreOptions;
  store(extra?: Partial<S3StoreOptions>): S3MediaStore;
  env(): Record<string, string>;
  stop(): Promise<void>;
}

/** A real S3-protocol server on a loopback port, with one bucket, its files in a temp folder. */
export async function startS3Server(bucket = 'barta-test-media'): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  // Their keep-alive sockets would hold s3rver's close open.
  const made: S3MediaStore[] = [];
  const storeOptions = (extra: Partial<S3StoreOptions> = {}): S3StoreOptions => ({
    bucket,
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    prefix: '',
    credentials: S3RVER_CREDENTIALS,
    ...extra,
  });
  return {
    endpoint,
    bucket,
    storeOptions,
    store: (extra) => {
      const store = new S3MediaStore(storeOptions(extra));
      made.push(store);
      return store;
    },
    env: () => ({
      MEDIA_STORE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    }),
    async stop() {
      for (const store of made) store.close();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
