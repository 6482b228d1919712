import { describe, expect, it } from 'vitest';
import {
  type ColumnRole,
  missingRoles,
  rolesInShape,
  shapeOfRoles,
} from '../../src/core/column-roles';

const set = (...roles: ColumnRole[]) => new Set<ColumnRole | null>(roles);

describe('missingRoles', () => {
  it('asks a transaction log for a customer, a date and an amount, never an order number', () => {
    expect(missingRoles('transactions', set())).toEqual(['customer', 'order-date', 'amount']);
    expect(missingRoles('transactions', set('customer', 'order-date', 'amount'))).toEqual([]);
    expect(
      missingRoles('transactions', set('customer', 'order-date', 'amount', 'order-id')),
    ).toEqual([]);
  });

  it('takes quantity and unit price together for the amount', () => {
    const roles = ['customer', 'order-date', 'order-id', 'quantity'] as const;
    expect(missingRoles('transactions', set(...roles))).toEqual(['amount']);
    expect(missingRoles('transactions', set(...roles, 'unit-price'))).toEqual([]);
  });

  it('asks a customer table for a customer, a recency, a frequency and a monetary value', () => {
    expect(missingRoles('customers', set('customer', 'monetary'))).toEqual([
      'last-purchase',
      'frequency',
    ]);
    expect(
      missingRoles('customers', set('customer', 'recency-days', 'frequency', 'monetary')),
    ).toEqual([]);
  });
});

describe('rolesInShape', () => {
  it('reads the other shape’s roles as their counterparts, unless a column plays them', () => {
    expect(
      rolesInShape('customers', ['customer', 'order-date', 'amount', 'quantity', null]),
    ).toEqual(['customer', 'last-purchase', 'monetary', 'frequency', null]);
    expect(rolesInShape('customers', ['amount', 'monetary'])).toEqual(['amount', 'monetary']);
    expect(rolesInShape('transactions', ['last-purchase', 'monetary', 'frequency'])).toEqual([
      'order-date',
      'amount',
      'quantity',
    ]);
  });
});

describe('shapeOfRoles', () => {
  it('prefers a shape complete as found to one complete once read its way', () => {
    const customerTable: ColumnRole[] = ['customer', 'last-purchase', 'frequency', 'monetary'];
    // read as a log, the repeated customer would make it complete
    expect(shapeOfRoles(customerTable, true)).toBe('customers');
    expect(shapeOfRoles(['customer', 'order-date', 'quantity', 'amount'], false)).toBe('customers');
    expect(shapeOfRoles(['customer', 'order-date', 'amount'], true)).toBe('transactions');
  });

  it('takes a log whose customers each bought once: order numbers are optional', () => {
    expect(shapeOfRoles(['customer', 'order-date', 'amount'], false)).toBe('transactions');
    expect(shapeOfRoles(['customer', 'order-date', 'quantity', 'unit-price'], false)).toBe(
      'transactions',
    );
    expect(shapeOfRoles(['customer', 'order-date'], false)).toBeNull();
  });
});
