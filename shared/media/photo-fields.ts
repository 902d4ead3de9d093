/** The texts a photo file can bring with it (IPTC IIM / XMP), in the order the library shows them. */
export const PHOTO_FILE_FIELDS = ['caption', 'credit', 'creator', 'copyright', 'source'] as const;
export type PhotoFileField = (typeof PHOTO_FILE_FIELDS)[number];

export type PhotoFileTexts = Partial<Record<PhotoFileField, string>>;
