import { Link } from 'react-router';
import type { ProgrammeFacts } from '../../domain/catalogue';
import { countsAsEvidence } from '../../domain/catalogue';
import { DESIGN_LABELS, FORMAT_LABELS, DESIGN_CODES } from '../../domain/vocabulary';

/** "5 trial reports: 4 randomised controlled trials (RCT), 1 before and after" */
export function designSummary(fact: ProgrammeFacts): string {
  const reports = fact.trials.filter(countsAsEvidence);
  if (reports.length === 0) return 'No trials in our dataset';
  const parts = DESIGN_CODES.map((code) => [code, reports.filter((trial) => trial.designCode === code).length] as const)
    .filter(([, count]) => count > 0)
    .map(([code, count]) => `${count} ${DESIGN_LABELS[code].toLowerCase()}`);
  return `${reports.length} trial ${reports.length === 1 ? 'report' : 'reports'}: ${parts.join('; ')}`;
}

export function ProgrammeCard({ fact, typeName }: { fact: ProgrammeFacts; typeName: string }) {
  const { programme } = fact;
  return (
    <li className="border-l-[6px] border-nhs-blue bg-white p-4">
      <h3 className="mt-0">
        <Link to={`/interventions/${programme.id}`}>{programme.name}</Link>
      </h3>
      <p className="mb-2">
        <span className="inline-block bg-nhs-pale-grey px-2 text-base font-bold">{typeName}</span>
        <span className="ml-2 text-base text-nhs-dark-grey">(our coding)</span>
      </p>
      <p className="mb-2">{programme.catalogue.summary}</p>
      <dl className="grid gap-x-4 text-base sm:grid-cols-[9rem_1fr]">
        <dt className="font-bold">Format</dt>
        <dd className="mb-1">{programme.catalogue.formats.map((format) => FORMAT_LABELS[format]).join(', ')}</dd>
        <dt className="font-bold">Who it is for</dt>
        <dd className="mb-1">{programme.fields.targetPopulation.value ?? 'Not reported in our sources'}</dd>
        <dt className="font-bold">Evidence</dt>
        <dd className="mb-0">{designSummary(fact)}</dd>
      </dl>
    </li>
  );
}
