import { afterAll, describe, expect, it } from 'vitest';
import { tooLargeMessage } from '../../shared/media/limits';
import { i18n } from '.';
import { matchServerMessage, translateServerMessage } from './server-messages';

// Word for word as server/features/media writes them (image-processing.ts, staged-file.ts, delete-media.ts).
const ACCEPTED = 'Upload a JPEG, PNG, WebP, GIF or AVIF image.';
const refusals: [string, string][] = [
  [tooLargeMessage('a.jpg', 30 * 1024 * 1024, 25 * 1024 * 1024), 'uploadTooLarge'],
  [
    '“a.jpg” is too large: it is over the limit of 25 MB. Make the file smaller and try again.',
    'uploadTooLargeStreaming',
  ],
  [
    `“a.svg” was not uploaded: it is an SVG drawing (SVG can carry scripts, so Barta does not accept it). ${ACCEPTED}`,
    'uploadSvg',
  ],
  [`“a.html” was not uploaded: it is an HTML page. ${ACCEPTED}`, 'uploadHtml'],
  [`“a.pdf” was not uploaded: it is a PDF document. ${ACCEPTED}`, 'uploadPdf'],
  [`“a.exe” was not uploaded: it is a program, not an image. ${ACCEPTED}`, 'uploadProgram'],
  [`“notes.jpg” was not uploaded: it is not a recognisable image. ${ACCEPTED}`, 'uploadUnknown'],
  [`“a.zip” was not uploaded: it is a ZIP file. ${ACCEPTED}`, 'uploadOtherType'],
  [
    '“a.png” was not uploaded: it declares 20000 × 20000 pixels, more than the limit of 100 megapixels. Resize it and try again.',
    'uploadPixels',
  ],
  [
    '“a.png” was not uploaded: it looks like a PNG image but is damaged or incomplete. Export it again and retry.',
    'uploadDamaged',
  ],
  ['“a.png” was not uploaded: the file is empty (0 bytes).', 'emptyFile'],
  ['This image is used in a story: “বাজেট”. Remove it from that story first.', 'imageUsedOnce'],
  ['This image is used in 2 stories: “ক”, “খ”. Remove it from those stories first.', 'imageUsedMany'],
  [
    '“a.png” was not uploaded: the server could not be reached. Check your connection and retry.',
    'uploadUnreachable',
  ],
];

describe('upload refusals in the reader’s language', () => {
  afterAll(() => i18n.changeLanguage('bn'));

  it('match their catalog template', () => {
    for (const [message, key] of refusals) expect(matchServerMessage(message)?.key, message).toBe(key);
  });

  it('read in Bengali with the file name and sizes kept', async () => {
    await i18n.changeLanguage('bn');
    expect(translateServerMessage(refusals[0][0])).toBe('“a.jpg” অনেক বড় (30 MB): সীমা 25 MB।');
    expect(translateServerMessage(refusals[6][0])).toBe(
      '“notes.jpg” আপলোড হয়নি: এটি চেনার মতো কোনো ছবি নয়। JPEG/PNG/WebP/GIF/AVIF ছবি আপলোড করুন।',
    );
  });
});
