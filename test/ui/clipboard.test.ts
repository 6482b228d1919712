/**
 * This file defines the tests of copying to the clipboard: true once the text is written; false,
 * never an error, when the clipboard refuses or the page has none.
 */
import { describe, expect, it, vi } from 'vitest';
import { copiedToClipboard } from '../../ui/clipboard';

describe('copiedToClipboard', () => {
  it('writes the text and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    expect(await copiedToClipboard('a\tb', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a\tb');
  });

  it('says no when the clipboard refuses, as a frame without the permission does', async () => {
    const writeText = async () => Promise.reject(new Error('NotAllowedError'));
    expect(await copiedToClipboard('a', { writeText })).toBe(false);
  });

  it('says no when the page has no clipboard', async () => {
    expect(await copiedToClipboard('a', undefined)).toBe(false);
  });
});
