import type { CsvProblem } from '../../domain/study-data/csv';

/** Every problem, by line, column and reason. Long lists are shown in full, in a scrolling box. */
export function ProblemList({ problems }: { problems: readonly CsvProblem[] }) {
  return (
    <ul
      className="max-h-80 overflow-auto pl-6"
      tabIndex={problems.length > 12 ? 0 : undefined}
      aria-label={problems.length > 12 ? 'Problems by line' : undefined}
    >
      {problems.map((problem, index) => (
        <li key={`${problem.line}-${problem.column ?? ''}-${index}`}>
          Line {problem.line}
          {problem.column === undefined ? '' : `, column “${problem.column}”`}: {problem.reason}
        </li>
      ))}
    </ul>
  );
}
