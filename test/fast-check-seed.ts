/**
 * This file defines the seed of every fast-check property: fixed, so that a red run fails the
 * same way when run again, on any machine; `FC_SEED=<integer> npm test` explores another seed.
 * A failing property already prints its seed (and the path to the shrunk counterexample), so
 * `FC_SEED=<that seed> npx vitest run <file>` replays it. `FC_RUNS` lowers the runs of the
 * properties that don't set their own (`npm run test:unit` runs 20 for a quick loop).
 */
import fc from 'fast-check';

const FIXED_SEED = 20_240_305;

function seedFromEnvironment(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return FIXED_SEED;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${text}"`);
  return seed;
}

function runsFromEnvironment(text: string | undefined): { numRuns?: number } {
  if (text === undefined || text.trim() === '') return {};
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new Error(`FC_RUNS must be a whole number above 0, not "${text}"`);
  return { numRuns: runs };
}

fc.configureGlobal({
  seed: seedFromEnvironment(process.env.FC_SEED),
  ...runsFromEnvironment(process.env.FC_RUNS),
});
