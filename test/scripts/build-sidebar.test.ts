/**
 * This file defines the test of how the sidebar's build inlines its script and style: text that
 * would close the element early is escaped, in any letter case.
 */
import { expect, it } from 'vitest';
import { inlineSafe } from '../../scripts/build-sidebar.mjs';

it('keeps an inlined `</script` or `</style` from closing its element early', () => {
  expect(inlineSafe('x="</script><b>";y="</SCRIPT"', 'script')).toBe(
    'x="<\\/script><b>";y="<\\/SCRIPT"',
  );
  expect(inlineSafe('a::after{content:"</style>"}', 'style')).toBe(
    'a::after{content:"<\\/style>"}',
  );
});
