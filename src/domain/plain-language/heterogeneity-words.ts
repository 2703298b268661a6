export type HeterogeneityLevel = 'low' | 'moderate' | 'substantial' | 'considerable';

/**
 * I² in words. The Cochrane Handbook's bands overlap (0–40, 30–60, 50–90, 75–100%); we cut them at 30, 50 and 75
 * so that every value has exactly one word.
 */
export function heterogeneityLevel(i2Percent: number): HeterogeneityLevel {
  if (!Number.isFinite(i2Percent) || i2Percent < 0 || i2Percent > 100) {
    throw new Error(`heterogeneityLevel: I² must be a percentage from 0 to 100, got ${i2Percent}`);
  }
  if (i2Percent >= 75) return 'considerable';
  if (i2Percent >= 50) return 'substantial';
  if (i2Percent >= 30) return 'moderate';
  return 'low';
}

const SENTENCES: Record<HeterogeneityLevel, string> = {
  low: 'The studies mostly agreed with each other.',
  moderate: 'The studies’ results differed somewhat from each other.',
  substantial:
    'The studies’ results differed a lot. The pooled result may fit some programmes and families better than others.',
  considerable:
    'The studies’ results differed a great deal. The pooled result is an average over very different findings and may not fit any one programme well.',
};

/** A plain-English sentence about how much the studies disagreed. */
export function describeHeterogeneity(i2Percent: number): string {
  return SENTENCES[heterogeneityLevel(i2Percent)];
}
