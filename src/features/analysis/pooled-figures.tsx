import { formatEffect, formatInterval } from '../../domain/format';
import type { PoolResult } from '../../domain/stats/index';
import { displayValue, scaleWords, shownName, type EffectScale } from '../../domain/study-data/analyse';

/**
 * "−0.71 (−1.07 to −0.36)", plus the ratio "0.49 (0.34 to 0.70)" for counts; a correlation or proportion first as r or
 * a proportion, with the scale it was pooled on in words.
 */
export function PooledFigures({
  result,
  scale,
  measureName,
}: {
  result: Pick<PoolResult, 'estimate' | 'ciLower' | 'ciUpper'>;
  scale: EffectScale;
  measureName: string;
}) {
  // A risk difference is often a small number: to 4 decimals, as the Mantel–Haenszel section gives it.
  const decimals = measureName === 'risk difference' ? 4 : 2;
  const main = `${formatEffect(result.estimate, decimals)} (${formatInterval({ lower: result.ciLower, upper: result.ciUpper }, decimals)})`;
  if (scale === 'difference') return <>{main}</>;
  const ratio = `${formatEffect(displayValue(result.estimate, scale))} (${formatInterval({ lower: displayValue(result.ciLower, scale), upper: displayValue(result.ciUpper, scale) })})`;
  if (scale === 'ratio')
    return (
      <>
        {measureName.replace(/^log /, '')} {ratio}; on the log scale {main}
      </>
    );
  return (
    <>
      {shownName(scale, measureName)} {ratio}; {scaleWords(scale, measureName)}. On the scale pooled: {main}
    </>
  );
}
