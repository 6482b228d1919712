/**
 * This file defines how clusters are ordered and named from their centres, given as z-scores of
 * log(1 + value) (0 is the customers' average on the scale the clusters are found on).
 * Order: by the value score −z(recency) + z(frequency) + z(monetary), highest first, so cluster 1
 * is always the most valuable: recent, frequent, big spenders. Name: one word per measure for
 * its side of the average, e.g. "Recent · frequent · high spend" / "近期 · 高频 · 高消费"; a
 * measure exactly at the average (as one with no spread always is) is left out. Clusters that
 * would share a name are numbered in value order: "… 1", "… 2".
 */
import type { Label } from '../labels';
import { DIMENSION } from './points';

/** The words for a centre below and above the average, per measure (in FEATURES order). */
const SIDES: readonly { readonly below: Label; readonly above: Label }[] = [
  { below: { en: 'recent', zh: '近期' }, above: { en: 'lapsed', zh: '久未购买' } },
  { below: { en: 'occasional', zh: '低频' }, above: { en: 'frequent', zh: '高频' } },
  { below: { en: 'low spend', zh: '低消费' }, above: { en: 'high spend', zh: '高消费' } },
];
const AVERAGE: Label = { en: 'average', zh: '平均水平' };
const SEPARATOR = ' · ';

/** How each measure counts towards value: fewer days since the last purchase is better. */
const VALUE_SIGNS = [-1, 1, 1];

/**
 * The clusters, most valuable first; among equal scores, the lower cluster index first.
 *
 * @param zCentres `DIMENSION` z-scores per cluster
 * @example Array.from(valueOrder(Float64Array.of(1, -1, 0, -1, 1, 0))) //=> [1, 0]
 */
export function valueOrder(zCentres: Float64Array): Int32Array {
  const k = zCentres.length / DIMENSION;
  const score = Float64Array.from({ length: k }, (_, c) =>
    VALUE_SIGNS.reduce((sum, sign, f) => sum + sign * (zCentres[c * DIMENSION + f] as number), 0),
  );
  return new Int32Array(k)
    .map((_, c) => c)
    .sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
}

/**
 * The name of each cluster, given in value order.
 *
 * @param zCentres `DIMENSION` z-scores per cluster, most valuable cluster first
 * @example clusterNames(Float64Array.of(-1, 1, 2, 1, -1, -2)).map((name) => name.en) //=> ['Recent · frequent · high spend', 'Lapsed · occasional · low spend']
 */
export function clusterNames(zCentres: Float64Array): Label[] {
  const k = zCentres.length / DIMENSION;
  const names = Array.from({ length: k }, (_, c) => {
    const words = SIDES.flatMap(({ below, above }, f) => {
      const z = zCentres[c * DIMENSION + f] as number;
      return z < 0 ? [below] : z > 0 ? [above] : [];
    });
    return name(words.length > 0 ? words : [AVERAGE]);
  });
  return names.map((label) => {
    const namesakes = names.filter((other) => other.en === label.en);
    if (namesakes.length === 1) return label;
    const number = namesakes.indexOf(label) + 1;
    return { en: `${label.en} ${number}`, zh: `${label.zh} ${number}` };
  });
}

function name(words: readonly Label[]): Label {
  const en = words.map((word) => word.en).join(SEPARATOR);
  return {
    en: en.charAt(0).toUpperCase() + en.slice(1),
    zh: words.map((word) => word.zh).join(SEPARATOR),
  };
}
