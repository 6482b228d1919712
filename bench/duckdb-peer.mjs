// This file defines the DuckDB peer of RFM_TABLE for `npm run bench`: the same job in SQL (group
// by customer, type-7 quintile breaks, R, F and M scores, the RFM code and the tiers) on the
// bench's CSV log, loaded into an in-memory table first. Like the pandas peer, only the
// aggregate and score query is timed, not reading the CSV. It follows the engine's rules:
// prospects (no order) score 0 and take no part in the breaks, a measure on which all buyers
// are equal gives everyone the middle score, and a tie group in the upper half scores at least
// its average rank's score, up to the middle (src/core/score.ts `upperHalfTieFloors`).
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { timingOf } from './report.mjs';

const BINS = 5;
const SHARES = Array.from({ length: BINS - 1 }, (_, k) => (k + 1) / BINS);
const MIDDLE_SCORE = Math.ceil((BINS + 1) / 2);
const CHURN_DAYS = 365;
const HIGH_VALUE_SHARE = 0.2;

/**
 * The scores of one customer, to check that DuckDB does the engine's job.
 * @typedef {{ recency: number, frequency: number, monetary: number, code: number, tier: string }} PeerScores
 */

/**
 * The engine's score of a buyer's measure: 1 + how many breaks lie strictly below the value
 * (`<`, higher is better) or strictly above it (`>`, lower is better); the middle score when
 * the buyers show no spread; 0 for a prospect. A tie group in the upper half (its 0-based ranks
 * `below` … `below + equal − 1` among the buyers summing to at least n − 1, higher is better, or
 * at most, lower is better) scores at least the score of its average rank without ties (break
 * positions (n − 1)·k/bins strictly below or above it, in integers), up to the middle.
 * @param {string} measure a column of `summaries`, with its breaks and spread in `breaks` and
 *   its rank among buyers in `ranked`
 * @param {'<' | '>'} comparison
 */
function scoreExpression(measure, comparison) {
  const byBreaks = SHARES.map(
    (_, k) => `(${measure}_breaks[${k + 1}] ${comparison} ${measure})::INTEGER`,
  );
  const rankSum = `(2 * ${measure}_below + ${measure}_equal - 1)`;
  const byAverageRank = SHARES.map(
    (_, k) => `(2 * (buyers - 1) * ${k + 1} ${comparison} ${rankSum} * ${BINS})::INTEGER`,
  );
  const upperHalf = `${rankSum} ${comparison === '<' ? '>=' : '<='} buyers - 1`;
  return `CASE
      WHEN frequency = 0 THEN 0
      WHEN ${measure}_spread = 0 THEN ${MIDDLE_SCORE}
      WHEN ${upperHalf} THEN greatest(1 + ${byBreaks.join(' + ')}, least(${MIDDLE_SCORE}, 1 + ${byAverageRank.join(' + ')}))
      ELSE 1 + ${byBreaks.join(' + ')}
    END`;
}

/**
 * The type-7 breaks of a measure among buyers, and its spread (max − min) among them.
 * @param {string} measure
 */
function breaksExpression(measure) {
  return `quantile_cont(${measure}, [${SHARES.join(', ')}]) FILTER (WHERE frequency > 0) AS ${measure}_breaks,
    max(${measure}) FILTER (WHERE frequency > 0) - min(${measure}) FILTER (WHERE frequency > 0) AS ${measure}_spread`;
}

/**
 * A buyer's count of buyers below their value of a measure, and of buyers equal to it.
 * @param {string} measure
 */
function rankExpression(measure) {
  return `rank() OVER (ORDER BY ${measure}) - 1 AS ${measure}_below,
    count(*) OVER (PARTITION BY ${measure}) AS ${measure}_equal`;
}

/**
 * The whole job as one statement. Amounts are doubles, as Sheets hands them to the engine, summed
 * with compensation (`fsum`) as the engine sums them; days count in the sheet's local dates.
 * @param {string} asOf as-of date, YYYY-MM-DD
 */
function rfmTableSql(asOf) {
  return `
CREATE OR REPLACE TABLE rfm AS
WITH summaries AS (
  SELECT customer,
    date_diff('day', CAST(max(date) FILTER (WHERE amount > 0) AS DATE), DATE '${asOf}') AS recency_days,
    count(DISTINCT "order") FILTER (WHERE amount > 0) AS frequency,
    fsum(amount) AS monetary
  FROM log
  GROUP BY customer
), breaks AS (
  SELECT ${breaksExpression('recency_days')},
    ${breaksExpression('frequency')},
    ${breaksExpression('monetary')},
    quantile_cont(monetary, ${1 - HIGH_VALUE_SHARE})
      FILTER (WHERE frequency > 0 AND recency_days <= ${CHURN_DAYS}) AS high_value,
    count(*) FILTER (WHERE frequency > 0) AS buyers
  FROM summaries
), ranked AS (
  SELECT customer, ${rankExpression('recency_days')},
    ${rankExpression('frequency')},
    ${rankExpression('monetary')}
  FROM summaries
  WHERE frequency > 0
), scored AS (
  SELECT customer,
    ${scoreExpression('recency_days', '>')} AS r_score,
    ${scoreExpression('frequency', '<')} AS f_score,
    ${scoreExpression('monetary', '<')} AS m_score,
    CASE
      WHEN frequency = 0 THEN 'potential'
      WHEN recency_days > ${CHURN_DAYS} THEN 'churned'
      WHEN monetary >= high_value THEN 'high-value'
      ELSE 'regular'
    END AS tier
  FROM summaries LEFT JOIN ranked USING (customer), breaks
)
SELECT *, 100 * r_score + 10 * f_score + m_score AS code FROM scored`;
}

/** An in-memory DuckDB holding one log at a time. */
export class DuckDbPeer {
  /**
   * @param {import('@duckdb/node-api').DuckDBInstance} instance
   * @param {import('@duckdb/node-api').DuckDBConnection} connection
   * @param {number} defaultThreads
   * @param {string} version
   */
  constructor(instance, connection, defaultThreads, version) {
    this.instance = instance;
    this.connection = connection;
    this.defaultThreads = defaultThreads;
    this.version = version;
    /** @type {'number' | 'text'} */
    this.ids = 'number';
  }

  static async open() {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const settings = await connection.runAndReadAll("SELECT current_setting('threads'), version()");
    const [threads, version] = settings.getRows()[0] ?? [];
    return new DuckDbPeer(instance, connection, Number(threads), String(version));
  }

  /**
   * Loads the bench's CSV log (customer, date, amount, order) into the table `log`.
   * @param {string} csvPath
   * @param {'number' | 'text'} ids whether customer ids are whole numbers or text (C000123)
   */
  async load(csvPath, ids) {
    this.ids = ids;
    const customer = ids === 'number' ? 'BIGINT' : 'VARCHAR';
    await this.connection.run(
      `CREATE OR REPLACE TABLE log AS SELECT * FROM read_csv('${csvPath}', header = true,
        columns = {'customer': '${customer}', 'date': 'TIMESTAMP', 'amount': 'DOUBLE', 'order': 'VARCHAR'})`,
    );
  }

  /**
   * Times a few runs of the aggregate and score query (see report.mjs `calls`), and counts the
   * customers it found.
   * @param {string} asOf
   * @param {number} threads
   * @param {number} runs
   */
  async time(asOf, threads, runs) {
    await this.connection.run(`SET threads = ${threads}`);
    const sql = rfmTableSql(asOf);
    /** @type {number[]} */
    const times = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await this.connection.run(sql);
      times.push(performance.now() - started);
    }
    const counted = await this.connection.runAndReadAll('SELECT count(*) FROM rfm');
    return { timing: timingOf(times), customers: Number(counted.getRows()[0]?.[0]) };
  }

  /**
   * The scores of every customer from the last timed run, by customer id as the engine keys it.
   * @returns {Promise<Map<number | string, PeerScores>>}
   */
  async scores() {
    const result = await this.connection.runAndReadAll(
      'SELECT customer, r_score, f_score, m_score, code, tier FROM rfm',
    );
    return new Map(
      result.getRows().map(([customer, recency, frequency, monetary, code, tier]) => [
        this.ids === 'number' ? Number(customer) : String(customer),
        {
          recency: Number(recency),
          frequency: Number(frequency),
          monetary: Number(monetary),
          code: Number(code),
          tier: String(tier),
        },
      ]),
    );
  }

  close() {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
