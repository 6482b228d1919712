/**
 * This file defines how the sidebar copies text: with the asynchronous clipboard, which the
 * sidebar's frame may lack or refuse (Apps Script serves it in a frame whose permissions may not
 * include writing the clipboard). A refusal is an answer, false, for the caller to offer the text
 * to copy by hand; never an error.
 */

/** Whether `text` is on the clipboard now. */
export async function copiedToClipboard(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
