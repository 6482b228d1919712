/**
 * This file defines where the focus goes once a call of the sidebar is done: back to the control
 * a keyboard user started it from, since the call disabled it and the browser moved the focus off.
 */

/**
 * A call disables the buttons, and the browser moves the focus off a disabled button to the
 * page: a keyboard user would start again from the top. So the focus goes back to the control
 * the call started from, or, when that one is gone, hidden or disabled now (a confirmed Clear),
 * to Classify; only when the focus was in the sidebar (not in the sheet beside it), and nothing
 * else has taken it since.
 */
export function giveFocusBack(root: HTMLElement, before: HTMLElement | null): void {
  const usable = (control: Element | null): control is HTMLElement =>
    control instanceof HTMLElement &&
    control.isConnected &&
    !(control as HTMLButtonElement).disabled &&
    control.closest('[hidden]') === null;
  const now = root.ownerDocument.activeElement;
  // on the page, or on a control the browser would take it from (disabled or hidden now)
  const lost = now === null || now === root.ownerDocument.body || !usable(now);
  if (!lost || before === null) return;
  const classify = root.querySelector<HTMLElement>('[data-testid="classify"]');
  if (usable(before)) before.focus();
  else if (usable(classify)) classify.focus();
}
