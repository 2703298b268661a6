import type { CsvProblem } from '../../domain/study-data/csv';
import { describeProblemGroup, groupProblems } from '../../domain/study-data/problem-groups';

/** Every problem, grouped by column and kind, with the lines each affects. Long lists scroll in their own box. */
export function ProblemList({ problems }: { problems: readonly CsvProblem[] }) {
  const groups = groupProblems(problems);
  return (
    <ul
      className="max-h-80 overflow-auto pl-6 break-words [overflow-wrap:anywhere]"
      tabIndex={groups.length > 12 ? 0 : undefined}
      aria-label={groups.length > 12 ? 'Problems by column' : undefined}
    >
      {groups.map((group) => (
        <li key={`${group.column ?? ''}-${group.lines[0] ?? 0}-${group.reasons[0] ?? ''}`}>
          {describeProblemGroup(group)}
        </li>
      ))}
    </ul>
  );
}
