/**
 * What a cell shows in the sandbox grid: plain numbers without float noise, booleans as Sheets
 * writes them, dates in the cell's own date format or else the locale's, with the time when
 * there is one.
 */
import { describe, expect, it } from 'vitest';
import { displayText } from '../../scripts/sandbox/server/display-text';
import { intlZoneOffset } from '../../src/core/civil-day';

const london = { dateOrder: 'DMY', zoneOffset: intlZoneOffset('Europe/London') } as const;
const morning = new Date('2010-12-01T08:26:05Z');
const midnight = new Date('2010-12-01T00:00:00Z');

describe('displayText', () => {
  it('writes numbers plainly, to ten significant digits', () => {
    expect(displayText(17850, '', london)).toBe('17850');
    expect(displayText(0.1 + 0.2, '', london)).toBe('0.3');
    expect(displayText(-2.55, 'General', london)).toBe('-2.55');
  });

  it('writes numbers in the plain formats the add-on sets: grouping, decimals, percentages', () => {
    expect(displayText(0.1862745098, '0.0%', london)).toBe('18.6%');
    expect(displayText(39180.179, '#,##0.00', london)).toBe('39,180.18');
    expect(displayText(6.631578947, '#,##0.0', london)).toBe('6.6');
    expect(displayText(1234567, '#,##0', london)).toBe('1,234,567');
    // a format it does not know: plainly, as before
    expect(displayText(0.5, '[Red]0.00', london)).toBe('0.5');
  });

  it('writes booleans and text as Sheets shows them', () => {
    expect(displayText(true, '', london)).toBe('TRUE');
    expect(displayText('<b>x</b>', '', london)).toBe('<b>x</b>');
    expect(displayText('', '', london)).toBe('');
  });

  it('writes dates in the locale’s order, with the time unless it is midnight', () => {
    expect(displayText(morning, '', london)).toBe('01/12/2010 08:26:05');
    expect(displayText(midnight, '', london)).toBe('01/12/2010');
    expect(displayText(midnight, '', { ...london, dateOrder: 'MDY' })).toBe('12/1/2010');
    expect(displayText(midnight, '', { ...london, dateOrder: 'YMD' })).toBe('2010-12-01');
  });

  it('writes dates in the cell’s own date format, minutes after an hour', () => {
    expect(displayText(morning, 'yyyy-mm-dd', london)).toBe('2010-12-01');
    expect(displayText(morning, 'd/m/yyyy hh:mm', london)).toBe('1/12/2010 08:26');
  });
});
