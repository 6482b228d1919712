/**
 * This file defines the tests of the sidebar's own words: in Chinese one verb per action, as the
 * server's messages name them (分层, 重新分层, 清除), and one word for the header row (标题行).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../ui/words';

/** The Chinese words as written in the source, functions' templates included. */
const source = readFileSync(new URL('../../ui/words-zh.ts', import.meta.url), 'utf8');
const chineseBlock = source.slice(
  source.indexOf('export const ZH: Words = {'),
  source.indexOf('};', source.indexOf('export const ZH: Words = {')),
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

describe('what Build history says when it recorded nothing', () => {
  const none = { built: 0, first: null, last: null };
  it('says the periods are held already only when they are', () => {
    expect(WORDS.en.historyBuilt({ ...none, skipped: 3, beforeFirstOrder: 0 })).toBe(
      'Nothing to add: the history holds these periods already.',
    );
    expect(WORDS.zh.historyBuilt({ ...none, skipped: 3, beforeFirstOrder: 0 })).toBe(
      '无需添加：历史中已有这些时期。',
    );
  });

  it('says when the periods end before the log’s first order', () => {
    expect(WORDS.en.historyBuilt({ ...none, skipped: 0, beforeFirstOrder: 12 })).toBe(
      'Nothing to add: all 12 periods end before the first order of the log. Try weeks.',
    );
    expect(WORDS.zh.historyBuilt({ ...none, skipped: 0, beforeFirstOrder: 12 })).toBe(
      '无需添加：这 12 期都在日志的第一笔订单之前结束。可改为按周。',
    );
  });

  it('counts the periods before the first order after the runs it recorded', () => {
    expect(
      WORDS.en.historyBuilt({
        built: 2,
        skipped: 0,
        beforeFirstOrder: 1,
        first: '2024-01-31',
        last: '2024-02-29',
      }),
    ).toBe(
      'Recorded 2 runs in the history, as of 2024-01-31 to 2024-02-29. 1 period ends before the first order.',
    );
  });
});
