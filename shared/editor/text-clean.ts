// C0/C1 controls other than tab and newline: Word and PDF paste debris, and
// Postgres refuses \u0000 in jsonb outright.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** NFC so the same Bengali word compares equal however it was typed. */
export function cleanString(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '').normalize('NFC');
}
