import { describe, expect, it } from 'vitest';
import {
  type ColumnRole,
  missingRoles,
  rolesInShape,
  shapeOfRoles,
} from '../../src/core/column-roles';

const set = (...roles: ColumnRole[]) => new Set<ColumnRole | null>(roles);

describe('missingRoles', () => {
  it('asks a transaction log for a customer, a date, an amount and proof it is a log', () => {
    expect(missingRoles('transactions', set(), false)).toEqual([
      'customer',
      'order-date',
      'amount',
    ]);
    expect(missingRoles('transactions', set('customer', 'order-date', 'amount'), false)).toEqual([
      'order-id',
    ]);
    expect(missingRoles('transactions', set('customer', 'order-date', 'amount'), true)).toEqual([]);
    expect(
      missingRoles('transactions', set('customer', 'order-date', 'amount', 'order-id'), false),
    ).toEqual([]);
  });

  it('takes quantity and unit price together for the amount', () => {
    const roles = ['customer', 'order-date', 'order-id', 'quantity'] as const;
    expect(missingRoles('transactions', set(...roles), false)).toEqual(['amount']);
    expect(missingRoles('transactions', set(...roles, 'unit-price'), false)).toEqual([]);
  });

  it('asks a customer table for a customer, a recency, a frequency and a monetary value', () => {
    expect(missingRoles('customers', set('customer', 'monetary'), true)).toEqual([
      'last-purchase',
      'frequency',
    ]);
    expect(
      missingRoles('customers', set('customer', 'recency-days', 'frequency', 'monetary'), true),
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
    expect(shapeOfRoles(['customer', 'order-date', 'amount'], false)).toBeNull();
  });
});
