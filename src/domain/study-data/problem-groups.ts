import type { CsvProblem } from './csv';

// Problems grouped by column and kind ("Column “SE”, lines 4 and 9: is empty"), not one line per cell: a file with a
// wrong column gives one entry, not hundreds.

export interface ProblemGroup {
  column?: string;
  /** Every line with this kind of problem in this column, in order. */
  lines: number[];
  /** The distinct reasons, in order of first appearance (they differ only in the quoted values). */
  reasons: string[];
}

/** The kind of a problem: its reason with quoted values blanked, so '"x" is not a number' and '"abc" …' group. */
function kindOf(reason: string): string {
  return reason.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\d+(\.\d+)?/g, '#');
}

export function groupProblems(problems: readonly CsvProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${problem.column ?? ''}\u0000${kindOf(problem.reason)}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...(problem.column === undefined ? {} : { column: problem.column }), lines: [], reasons: [] };
      groups.set(key, group);
    }
    if (group.lines.at(-1) !== problem.line) group.lines.push(problem.line);
    if (!group.reasons.includes(problem.reason)) group.reasons.push(problem.reason);
  }
  return [...groups.values()].sort((first, second) => (first.lines[0] ?? 0) - (second.lines[0] ?? 0));
}

const SHOWN_LINES = 10;
const SHOWN_REASONS = 3;

/** "4", "4 and 9", "4, 9 and 12", "4, 9, … and 30 more". */
function lineList(lines: readonly number[]): string {
  if (lines.length <= SHOWN_LINES) {
    if (lines.length === 1) return String(lines[0]);
    return `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
  }
  return `${lines.slice(0, SHOWN_LINES).join(', ')} and ${(lines.length - SHOWN_LINES).toLocaleString('en-GB')} more`;
}

/** One sentence per group; a group of one line reads as before: 'Line 4, column “yi”: "x" is not a number'. */
export function describeProblemGroup(group: ProblemGroup): string {
  const column = group.column === undefined ? '' : `column “${group.column}”`;
  const reasons =
    group.reasons.length > SHOWN_REASONS
      ? `${group.reasons.slice(0, SHOWN_REASONS).join('; ')}; and ${group.reasons.length - SHOWN_REASONS} more like these`
      : group.reasons.join('; ');
  if (group.lines.length === 1) return `Line ${group.lines[0]}${column ? `, ${column}` : ''}: ${reasons}`;
  const where = `${group.lines.length.toLocaleString('en-GB')} rows, lines ${lineList(group.lines)}`;
  return column ? `${column.replace(/^c/, 'C')}, ${where}: ${reasons}` : `${where}: ${reasons}`;
}
