/**
 * This file defines the check that the server and the sidebar mark a remap failure alike: the
 * sidebar's client cannot import server code, so it keeps its own copy of the marker.
 */
import { expect, it } from 'vitest';
import { REMAP_MARKER } from '../../../src/addon/sidebar/endpoints';
import { REMAP_MARKER as CLIENT_REMAP_MARKER } from '../../../ui/client';

it('marks a failure that asks for the column mapping again the same on both sides', () => {
  expect(CLIENT_REMAP_MARKER).toBe(REMAP_MARKER);
});
