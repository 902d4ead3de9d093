import type { MediaItem } from '../../../shared/media/types';

export interface UploadResult {
  media: MediaItem;
  duplicate: boolean;
}

/** An error shaped like a tRPC client error, so userMessageOf() reads it. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly data: { userMessage: string; httpStatus?: number },
  ) {
    super(message);
  }
}

/**
 * Posts one file to the tRPC procedure `media.upload`: the file itself is the body
 * (application/octet-stream, which the server reads as it arrives and never holds
 * whole), its name percent-encoded in X-File-Name. XMLHttpRequest because fetch has
 * no upload progress. The server checks session, rights and origin as for any
 * procedure; the answer is tRPC's JSON.
 */
export function uploadMediaFile(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/trpc/media.upload');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(
        new UploadError('network', {
          userMessage: `“${file.name}” was not uploaded: the server could not be reached. Check your connection and retry.`,
        }),
      );
    xhr.onabort = () =>
      reject(new UploadError('aborted', { userMessage: `Upload of “${file.name}” cancelled.` }));
    xhr.onload = () => {
      let body: {
        result?: { data?: UploadResult };
        error?: { message?: string; data?: { userMessage?: string } };
      } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      const data = body?.result?.data;
      if (xhr.status >= 200 && xhr.status < 300 && data) {
        onProgress(1);
        resolve(data);
        return;
      }
      const message =
        body?.error?.data?.userMessage ??
        body?.error?.message ??
        `“${file.name}” was not uploaded (the server answered ${xhr.status}).`;
      reject(new UploadError(message, { userMessage: message, httpStatus: xhr.status }));
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.send(file);
  });
}
