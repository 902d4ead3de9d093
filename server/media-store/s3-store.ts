import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  assertMediaKey,
  contentTypeOf,
  IMMUTABLE_CACHE,
  isMediaKey,
  joinPublicUrl,
  type MediaStore,
  type StoredFile,
} from './media-store';

export interface S3StoreOptions {
  bucket: string;
  region: string;
  /** For MinIO, R2, GCS and other S3-compatible services; unset means AWS. */
  endpoint?: string;
  /** Bucket in the path (`endpoint/bucket/key`) rather than the host name; MinIO and s3rver need it. */
  forcePathStyle: boolean;
  /** Prepended to every key (`barta/`), so one bucket can hold other things too. */
  prefix: string;
  /** MEDIA_PUBLIC_URL: readers are redirected there instead of reading through Barta. */
  publicBase?: string;
  /** Tests pass explicit credentials; otherwise the SDK's usual chain (AWS_ACCESS_KEY_ID, profiles, roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

// The SDK warns once per process that its 2027 releases will need Node 22; Barta pins
// this release and targets Node 20, so the warning only adds noise to operators' logs.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

/**
 * Media in an S3-compatible bucket. A PUT (or a completed multipart upload) becomes
 * visible whole, which is the atomicity the interface asks for; objects carry the
 * immutable Cache-Control so a CDN in front of the bucket caches them like Barta does.
 */
export class S3MediaStore implements MediaStore {
  readonly kind = 's3';
  readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  private objectKey(key: string): string {
    assertMediaKey(key);
    return this.options.prefix + key;
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    // lib-storage sends one PUT for small bodies and a multipart upload (5 MB parts) for
    // larger streams, holding at most a few parts in memory.
    await new Upload({
      client: this.client,
      params: {
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: data,
        ContentType: contentTypeOf(key),
        CacheControl: IMMUTABLE_CACHE,
      },
    }).done();
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async open(key: string) {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      if (!out.Body) return null;
      return { stream: out.Body as Readable, size: Number(out.ContentLength ?? 0) };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 whether or not the object existed: deleting twice is fine.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
    );
  }

  async *list(): AsyncIterable<StoredFile[]> {
    const { bucket, prefix } = this.options;
    let token: string | undefined;
    do {
      const out = await this.client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }),
      );
      const page: StoredFile[] = [];
      for (const object of out.Contents ?? []) {
        const key = object.Key?.slice(prefix.length) ?? '';
        if (isMediaKey(key)) page.push({ key, modifiedAt: object.LastModified ?? new Date() });
      }
      if (page.length) yield page;
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }

  publicUrl(key: string): string | undefined {
    return joinPublicUrl(this.options.publicBase, this.options.prefix + key);
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket }));
  }

  close(): void {
    this.client.destroy();
  }
}
