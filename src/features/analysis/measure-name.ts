import type { LayoutId } from '../../domain/study-data/layouts';
import type { ConversionOptions } from '../../domain/study-data/study-rows';

/** The effect measure's name as the page and the report give it, from the layout and the conversion options. */
export function measureNameFor(layout: LayoutId | null, options: ConversionOptions): string {
  if (layout === 'counts' || layout === 'counts-n')
    return options.ratio === 'RD' ? 'risk difference' : options.ratio === 'RR' ? 'log risk ratio' : 'log odds ratio';
  if (layout === 'rates') return 'log incidence rate ratio';
  if (layout === 'correlations') return 'Fisher’s z';
  if (layout === 'proportions')
    return options.proportion === 'PFT' ? 'Freeman–Tukey double arcsine' : 'log odds (logit)';
  if (layout === 'means') return options.smd === 'hedges' ? 'Hedges’ g' : 'Cohen’s d';
  if (layout === 'yi-n') return 'standardised mean difference';
  if (layout === 'yi-ci' && options.ciScale === 'ratio') return 'log ratio';
  return 'effect (yi)';
}
