/**
 * The bytes of an uploaded CSV file as text: UTF-8 with or without its byte-order mark, GBK /
 * GB18030 as Excel in China writes it (a real GBK file made with iconv), and anything else
 * refused in one line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../scripts/sandbox/server/csv-encoding';

const GBK_FILE = readFileSync(new URL('./fixtures/customers-gbk.csv', import.meta.url));
const TEXT = '客户,金额,最近购买\n张伟,"￥1,200",2024-03-05\n李娜,35,2024/3/6\n';

describe('decodeCsv', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    expect(decodeCsv(utf8)).toEqual({ text: TEXT, encoding: 'UTF-8' });
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(decodeCsv(withMark)).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });

  it('reads a GBK file as Excel in China saves it', () => {
    expect(GBK_FILE.equals(Buffer.from(TEXT, 'utf8'))).toBe(false);
    expect(decodeCsv(GBK_FILE)).toEqual({ text: TEXT, encoding: 'GB18030' });
  });

  it('refuses bytes that are neither', () => {
    // Windows-1252 "café," then a byte no GB18030 sequence starts with
    const latin = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a, 0xff]);
    expect(() => decodeCsv(latin)).toThrow(
      'The file is neither UTF-8 nor GB18030 (GBK) text: save it as "CSV UTF-8" and load it again.',
    );
  });
});
