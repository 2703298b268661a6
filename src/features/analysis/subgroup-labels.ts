import type { SubgroupBy } from '../../domain/study-data/analyse';

/** What each subgroup split is called, on the page's setting and in the report's heading. */
export const SUBGROUP_LABELS: Record<SubgroupBy, string> = {
  none: 'No split',
  group: 'The group column',
  outcome: 'The outcome column',
  'year-band': 'Decade of the year column',
};
