import type { ProvisionEntry } from './provision-schema';

// UK provision and policy a commissioner cites: guidance, funding and provision facts, each with its nation, the date as
// printed, its source and the exact quote it rests on (provision-and-policy.json). The `claim` is the compilers'
// paraphrase; figures are as printed. The page's own sentences are ours (content/provision-page.json).

import { PROVISION_KINDS, PROVISION_NATIONS, type ProvisionKind, type ProvisionNation } from './provision-ids';

export { PROVISION_KINDS, PROVISION_NATIONS, type ProvisionKind, type ProvisionNation };

export type { ProvisionEntry, ProvisionFile, ProvisionPageText } from './provision-schema';

export interface NationGroup {
  nation: ProvisionNation;
  kinds: { kind: ProvisionKind; entries: ProvisionEntry[] }[];
}

/** Entries grouped by nation (UK-wide first), then by kind, in the file's order within each. Every nation is listed. */
export function groupByNation(entries: readonly ProvisionEntry[]): NationGroup[] {
  return PROVISION_NATIONS.map((nation) => ({
    nation,
    kinds: PROVISION_KINDS.map((kind) => ({
      kind,
      entries: entries.filter((entry) => entry.nation === nation && entry.kind === kind),
    })).filter((group) => group.entries.length > 0),
  }));
}

/** "teams_march_2022" → "Teams march 2022", for a figure's label; the figure itself is shown as printed. */
export function figureLabel(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The host of a source address, so a reader sees where a quote comes from before following it. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
