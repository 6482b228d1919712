// @vitest-environment jsdom
/**
 * This file defines the tests of the column mapping's view: a role dropdown stepped through by
 * the arrow keys (a `change` per step, while it has the focus), a switch of shape there and
 * back, and the reset to the detected columns.
 */
import { describe, expect, it } from 'vitest';
import type { SheetSurvey } from '../../src/addon/sidebar/api';
import { initialMapping } from '../../ui/mapping';
import { mappingView } from '../../ui/mapping-view';
import { WORDS } from '../../ui/words';
import { onlineRetail, orderLog } from './survey';

function showMapping(survey: SheetSurvey) {
  const view = mappingView(
    survey,
    WORDS.en,
    { mapping: initialMapping(survey, true), open: true },
    () => {},
  );
  document.body.replaceChildren(view.root);
  return view;
}

const control = (testId: string) =>
  document.querySelector(`[data-testid="${testId}"]`) as HTMLSelectElement;
const roles = () =>
  [...document.querySelectorAll<HTMLSelectElement>('select[data-testid^="role-"]')].map(
    (dropdown) => dropdown.value,
  );

function choose(dropdown: HTMLSelectElement, value: string): void {
  dropdown.value = value;
  dropdown.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('a role dropdown stepped through while it has the focus', () => {
  it('moves only the role it ends on: each role it passed goes back to its column', () => {
    const view = showMapping(orderLog());
    const region = control('role-4');
    region.focus();
    for (const role of ['customer', 'order-date', 'amount', 'order-id']) choose(region, role);
    expect(roles()).toEqual(['customer', 'order-date', 'amount', '', 'order-id']);
    choose(region, 'amount');
    region.blur();
    expect(roles()).toEqual(['customer', 'order-date', '', '', 'amount']);
    expect(view.missing()).toEqual([]);
  });

  it('keeps a move once the focus has left: the next dropdown starts from it', () => {
    showMapping(orderLog());
    control('role-4').focus();
    choose(control('role-4'), 'customer');
    control('role-3').focus();
    choose(control('role-3'), 'amount');
    choose(control('role-3'), '');
    expect(roles()).toEqual(['', 'order-date', 'amount', '', 'customer']);
  });
});

describe('the shape', () => {
  it('switched to a customer table and back keeps the order number and unit price', () => {
    showMapping(onlineRetail());
    const detected = roles();
    expect(detected).toEqual([
      'order-id',
      '',
      '',
      'quantity',
      'order-date',
      'unit-price',
      'customer',
      '',
    ]);
    choose(control('shape'), 'customers');
    expect(roles()).toEqual(['', '', '', 'frequency', 'last-purchase', '', 'customer', '']);
    choose(control('shape'), 'transactions');
    expect(roles()).toEqual(detected);
  });

  it('keeps each shape’s own changes', () => {
    showMapping(onlineRetail());
    choose(control('shape'), 'customers');
    choose(control('role-5'), 'monetary');
    choose(control('shape'), 'transactions');
    choose(control('role-7'), 'amount');
    choose(control('shape'), 'customers');
    expect(roles()).toEqual(['', '', '', 'frequency', 'last-purchase', 'monetary', 'customer', '']);
  });
});

describe('Reset to detected columns', () => {
  it('gives back the detected shape and roles, over saved ones and the user’s changes', () => {
    const survey = onlineRetail({
      saved: {
        headerRow: 1,
        shape: 'customers',
        roles: [{ index: 6, role: 'customer' }],
        model: 'tiers',
        options: orderLog().defaults,
      },
    });
    const view = showMapping(survey);
    expect(control('shape').value).toBe('customers');
    choose(control('role-0'), 'frequency');
    const reset = document.querySelector<HTMLButtonElement>('[data-testid="reset-columns"]');
    expect(reset?.textContent).toBe('Reset to detected columns');
    reset?.click();
    expect(control('shape').value).toBe('transactions');
    expect(roles()).toEqual(survey.columns.map(({ role }) => role ?? ''));
    expect(view.missing()).toEqual([]);
  });
});

describe('the e-mail and the name', () => {
  it('are offered in both shapes, one column each, kept across a switch, and can be unmapped', () => {
    const view = showMapping(onlineRetail());
    const optionsOf = (testId: string) => [...control(testId).options].map(({ value }) => value);
    expect(optionsOf('role-1')).toEqual(expect.arrayContaining(['email', 'name']));
    choose(control('role-1'), 'email');
    choose(control('role-2'), 'name');
    choose(control('role-7'), 'email');
    expect(roles()).toEqual([
      'order-id',
      '',
      'name',
      'quantity',
      'order-date',
      'unit-price',
      'customer',
      'email',
    ]);
    choose(control('shape'), 'customers');
    expect(optionsOf('role-1')).toEqual(expect.arrayContaining(['email', 'name']));
    expect(roles()).toEqual([
      '',
      '',
      'name',
      'frequency',
      'last-purchase',
      '',
      'customer',
      'email',
    ]);
    choose(control('role-2'), '');
    expect(roles()).toEqual(['', '', '', 'frequency', 'last-purchase', '', 'customer', 'email']);
    expect(view.mapping().roles).toEqual([
      null,
      null,
      null,
      'frequency',
      'last-purchase',
      null,
      'customer',
      'email',
    ]);
  });
});
