/**
 * This file defines how the sidebar makes elements. Text, including whatever comes from the
 * sheet, goes in as text nodes and DOM properties, never as HTML: a header cell reading
 * `<img src=x onerror=alert(1)>` shows as those characters.
 */

/**
 * An element with `children` appended (strings as text), then `properties` assigned: after, so
 * that a `<select>`'s `value` finds its options.
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  properties: Partial<HTMLElementTagNameMap[Tag]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] {
  const made = document.createElement(tag);
  made.append(...children);
  Object.assign(made, properties);
  return made;
}

/** Marks an element for the tests: these hooks stay stable while the look changes. */
export function withTestId<Made extends Element>(made: Made, testId: string): Made {
  made.setAttribute('data-testid', testId);
  return made;
}

/** A labelled control: the label names it for screen readers and focuses it when clicked. */
export function formGroup(
  label: Node | string,
  control: HTMLElement & { id: string },
  ...after: (Node | string)[]
): HTMLDivElement {
  return element(
    'div',
    { className: 'form-group' },
    element('label', { htmlFor: control.id }, label),
    control,
    ...after,
  );
}

/** A `<select>` of `choices`, each a value and its text. */
export function select(
  properties: Partial<HTMLSelectElement>,
  choices: readonly (readonly [value: string, text: string])[],
): HTMLSelectElement {
  return element(
    'select',
    properties,
    ...choices.map(([value, text]) => element('option', { value, textContent: text })),
  );
}
