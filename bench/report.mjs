// This file defines what the bench's scripts share in timing and reporting: the best of several
// runs, tables, figures, targets and the machine they ran on.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * The fastest of a few runs, in milliseconds: a shared machine has busy moments, and the best of
 * several runs is the one least disturbed.
 * @param {() => unknown} run
 * @param {number} runs
 */
export function best(run, runs) {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

/**
 * The first, median and fastest of several runs, in milliseconds. The first is what a user who
 * calls once waits for; the median is what a call usually takes, garbage collections included
 * (the fastest of several hides them).
 * @typedef {{ first: number, median: number, best: number }} Timing
 */

/**
 * Times several runs one after the other.
 * @param {() => unknown} run
 * @param {number} runs
 * @returns {Timing}
 */
export function calls(run, runs) {
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return timingOf(times);
}

/**
 * The first, median and fastest of some run times.
 * @param {readonly number[]} times
 * @returns {Timing}
 */
export function timingOf(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    first: times[0] ?? Number.NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    best: sorted[0] ?? Number.NaN,
  };
}

/**
 * Prints rows as a table under a heading line, the first column left-aligned, the rest right.
 * @template T
 * @param {[heading: string, cell: (row: T) => string][]} columns
 * @param {readonly T[]} rows
 */
export function printColumns(columns, rows) {
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
  const widths = columns.map(([heading], i) =>
    Math.max(heading.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  /** @param {string[]} row */
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join(' | ');
  console.log(line(columns.map(([heading]) => heading)));
  for (const row of cells) console.log(line(row));
}

/**
 * Prints a target and whether it was met, and returns it.
 * @param {string} name
 * @param {boolean} met
 * @param {string} figures
 */
export function target(name, met, figures) {
  console.log(`target: ${name}: ${met ? 'met' : 'NOT met'} (${figures})`);
  return met;
}

/** @param {number} milliseconds */
export function ms(milliseconds) {
  return `${milliseconds.toFixed(0)} ms`;
}

/** How many times ours is faster than theirs. @param {number} theirs @param {number} ours */
export function ratio(theirs, ours) {
  return `${(theirs / ours).toFixed(2)}×`;
}

/** @param {number} value */
export function count(value) {
  return value.toLocaleString('en-US');
}

/** The 1-minute load average: above the core count, other work shared the machine. */
export function loadAverage() {
  return (loadavg()[0] ?? 0).toFixed(1);
}

/** The processor, its cores and the memory. */
export function machine() {
  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  return `${model?.[1] ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
}
