/**
 * This file defines the tests of the sidebar's own words: in Chinese one verb per action, as the
 * server's messages name them (分层, 重新分层, 清除), and one word for the header row (标题行).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../ui/words';

/** The Chinese words as written in the source, functions' templates included. */
const source = readFileSync(new URL('../../ui/words.ts', import.meta.url), 'utf8');
const chineseBlock = source.slice(
  source.indexOf('const ZH: Words = {'),
  source.indexOf('};', source.indexOf('const ZH: Words = {')),
);

describe('the Chinese words', () => {
  it('name the actions 分层, 重新分层 and 清除', () => {
    expect([WORDS.zh.classify, WORDS.zh.resegment, WORDS.zh.clear]).toEqual([
      '分层',
      '重新分层',
      '清除',
    ]);
    expect(WORDS.zh.legend).toBe('分层结果');
    expect(WORDS.zh.classified(3, 5)).toBe('已为 5 行中的 3 位客户分层。');
  });

  it('never use another verb for them (分类, 分群) nor 表头 for the header row', () => {
    expect(chineseBlock.length).toBeGreaterThan(500);
    expect(chineseBlock).not.toMatch(/分类|分群|表头/);
    expect(WORDS.zh.headerRow(1)).toBe('标题行：第 1 行');
  });
});
