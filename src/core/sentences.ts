/**
 * This file defines how the notes and messages that follow one another are run together: a space
 * after an English sentence, none after a Chinese one, whose full stop (。) already holds the
 * gap — `分层。 注：` reads as a stray space in Chinese text.
 */

/** Chinese sentences end in a full-width stop, question or exclamation mark, or bracket. */
const FULL_WIDTH_END = /[。！？）]$/;

/**
 * The sentences one after another, empty ones left out.
 *
 * @example joinSentences(['Done.', 'Note: 2 rows skipped.']) //=> 'Done. Note: 2 rows skipped.'
 * @example joinSentences(['已分层。', '注：已跳过 2 行。']) //=> '已分层。注：已跳过 2 行。'
 */
export function joinSentences(sentences: readonly (string | null | undefined)[]): string {
  let joined = '';
  for (const sentence of sentences) {
    if (!sentence) continue;
    if (joined === '' || FULL_WIDTH_END.test(joined)) joined += sentence;
    else joined += ` ${sentence}`;
  }
  return joined;
}
