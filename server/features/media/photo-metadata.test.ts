import { describe, expect, it } from 'vitest';
import { cleanFileText, readPhotoTexts } from './photo-metadata';
import { makeImage, makeJpegWithPhotoMetadata } from './test-images';

describe('readPhotoTexts', () => {
  it('reads caption, credit, creator, copyright and source from XMP', async () => {
    const file = await makeJpegWithPhotoMetadata({
      xmp: {
        caption: 'ঢাকায় বৃষ্টি',
        credit: 'প্রথম আলো',
        creator: 'শামসুল হক',
        copyright: '© প্রথম আলো',
        source: 'Staff',
      },
    });
    expect(await readPhotoTexts(file)).toEqual({
      caption: 'ঢাকায় বৃষ্টি',
      credit: 'প্রথম আলো',
      creator: 'শামসুল হক',
      copyright: '© প্রথম আলো',
      source: 'Staff',
    });
  });

  it('reads UTF-8 IPTC IIM, and prefers XMP where both have a field', async () => {
    const file = await makeJpegWithPhotoMetadata({
      iim: { caption: 'আইআইএম ক্যাপশন', credit: 'AFP', creator: 'Munir Uz Zaman', source: 'AFP' },
      xmp: { caption: 'এক্সএমপি ক্যাপশন' },
    });
    expect(await readPhotoTexts(file)).toEqual({
      caption: 'এক্সএমপি ক্যাপশন',
      credit: 'AFP',
      creator: 'Munir Uz Zaman',
      source: 'AFP',
    });
  });

  it('converts a Bijoy caption typed in SutonnyMJ and stored as Windows-1252', async () => {
    const file = await makeJpegWithPhotoMetadata({
      iim: { caption: 'XvKvq e„wói Kvi‡Y hvbRU †e‡o‡Q|', credit: 'Qwe: cÖ_g Av‡jv', copyright: '© Reuters' },
      iimEncoding: 'cp1252',
    });
    expect(await readPhotoTexts(file)).toEqual({
      caption: 'ঢাকায় বৃষ্টির কারণে যানজট বেড়েছে।',
      credit: 'ছবি: প্রথম আলো',
      copyright: '© Reuters',
    });
  });

  it('uses the headline when there is no caption, and gives nothing for a file without metadata', async () => {
    const headlineOnly = await makeJpegWithPhotoMetadata({ iim: { headline: 'Flood in Sylhet' } });
    expect(await readPhotoTexts(headlineOnly)).toEqual({ caption: 'Flood in Sylhet' });
    expect(await readPhotoTexts(await makeImage('jpeg'))).toEqual({});
    expect(await readPhotoTexts(await makeImage('png'))).toEqual({});
    expect(await readPhotoTexts(Buffer.from('not an image'))).toEqual({});
  });
});

describe('cleanFileText', () => {
  it('drops markup and control characters, NFC-normalises and cuts to the limit', () => {
    expect(cleanFileText('<b>Dhaka</b>\u0007 flood  \n', 100)).toBe('Dhaka flood');
    expect(cleanFileText('য\u09bc', 10)).toBe('য\u09bc'.normalize('NFC'));
    expect(cleanFileText('abcdef', 3)).toBe('abc');
  });
});
