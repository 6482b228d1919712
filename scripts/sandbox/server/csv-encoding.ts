/**
 * This file defines how the bytes of an uploaded CSV file become text: valid UTF-8 (with or
 * without a byte-order mark) is read as UTF-8; anything else is tried as GB18030, the superset of
 * GBK that Excel in China writes "CSV" files in; a file that is neither is refused in one line,
 * rather than imported with replacement characters where its text was.
 */

export type CsvEncoding = 'UTF-8' | 'GB18030';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const utf8 = decoded('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const gb18030 = decoded('gb18030', bytes);
  if (gb18030 !== undefined) return { text: gb18030, encoding: 'GB18030' };
  throw new Error(
    'The file is neither UTF-8 nor GB18030 (GBK) text: save it as "CSV UTF-8" and load it again.',
  );
}

/** The text, without a byte-order mark, or undefined when the bytes are not of that encoding. */
function decoded(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
