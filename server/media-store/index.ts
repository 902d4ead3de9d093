import type { Config } from '../config';
import { LocalDiskMediaStore } from './local-disk-store';
import type { MediaStore } from './media-store';

export { LocalDiskMediaStore } from './local-disk-store';
export { isMediaKey, type MediaStore } from './media-store';

const stores = new WeakMap<Config, MediaStore>();

/** The store for this configuration: local disk under MEDIA_DIR unless another was set. */
export function mediaStoreFor(config: Config): MediaStore {
  let store = stores.get(config);
  if (!store) {
    store = new LocalDiskMediaStore(config.mediaDir);
    stores.set(config, store);
  }
  return store;
}

/** Replaces the store for a configuration (shared storage in production, a temp folder in tests). */
export function setMediaStore(config: Config, store: MediaStore): void {
  stores.set(config, store);
}
