import type { EvidenceDataset, HelpNowEntry } from './evidence-schema';

export type HelpNowNation = HelpNowEntry['nation'];

export interface HelpNowGroup {
  nation: HelpNowNation;
  /** "Anywhere in the UK", "In England", … */
  label: string;
  entries: HelpNowEntry[];
}

export interface HelpNow {
  /** The first UK-wide 999 entry: what to do if someone is not safe right now, shown before everything else. */
  emergency: HelpNowEntry | null;
  /** The rest, UK-wide first, then each nation in a fixed order; a nation with no entries is left out. */
  groups: HelpNowGroup[];
}

const ORDER: { nation: HelpNowNation; label: string }[] = [
  { nation: 'UK', label: 'Anywhere in the UK' },
  { nation: 'England', label: 'In England' },
  { nation: 'Wales', label: 'In Wales' },
  { nation: 'Scotland', label: 'In Scotland' },
  { nation: 'Northern Ireland', label: 'In Northern Ireland' },
];

/** The dataset's help-now entries (only those marked ready to show are in it), grouped by nation. */
export function helpNowByNation(dataset: Pick<EvidenceDataset, 'helpNow'>): HelpNow {
  const emergency = dataset.helpNow.find((entry) => entry.nation === 'UK' && /\b999\b/.test(entry.contact)) ?? null;
  const rest = dataset.helpNow.filter((entry) => entry !== emergency);
  return {
    emergency,
    groups: ORDER.map(({ nation, label }) => ({
      nation,
      label,
      entries: rest.filter((entry) => entry.nation === nation),
    })).filter((group) => group.entries.length > 0),
  };
}

/** The nations the help-now list covers, in words: "England, Wales, Scotland and Northern Ireland". */
export function helpNowNations(help: HelpNow): string {
  const nations = help.groups.map((group) => group.nation).filter((nation) => nation !== 'UK');
  return nations.length <= 1 ? (nations[0] ?? '') : `${nations.slice(0, -1).join(', ')} and ${nations.at(-1) ?? ''}`;
}
