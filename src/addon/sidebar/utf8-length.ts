/**
 * This file defines how long a text is as the property store counts it: in UTF-8 bytes (Apps
 * Script has no TextEncoder), for the 9 KB a document property holds.
 */

/** Bytes of a text in UTF-8, as the property store counts them (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
