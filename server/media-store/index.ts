import type { Config } from '../config';
import { LocalDiskMediaStore } from './local-disk-store';
import type { MediaStore } from './media-store';
import { S3MediaStore } from './s3-store';

export { LocalDiskMediaStore } from './local-disk-store';
export { contentTypeOf, IMMUTABLE_CACHE, isMediaKey, type MediaStore, type StoredFile } from './media-store';
export { S3MediaStore } from './s3-store';

const stores = new WeakMap<Config, MediaStore>();

/** Builds the store a configuration names: local disk under MEDIA_DIR (the default) or an S3 bucket. */
export function createMediaStore(config: Config): MediaStore {
  const chosen = config.mediaStore;
  if (chosen.kind === 's3') return new S3MediaStore({ ...chosen, publicBase: config.mediaPublicUrl });
  return new LocalDiskMediaStore(config.mediaDir, config.mediaPublicUrl);
}

/** The store for this configuration, made once and shared by every caller. */
export function mediaStoreFor(config: Config): MediaStore {
  let store = stores.get(config);
  if (!store) {
    store = createMediaStore(config);
    stores.set(config, store);
  }
  return store;
}

/** Replaces the store for a configuration (a temp folder or a test bucket in tests). */
export function setMediaStore(config: Config, store: MediaStore): void {
  stores.set(config, store);
}
