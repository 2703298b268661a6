import { Link } from 'react-router';
import { AddToComparisonButton } from '../../components/comparison-tray';
import { designSummary, type ProgrammeFacts } from '../../domain/evidence/catalogue';
import { FORMAT_LABELS } from '../../domain/evidence/vocabulary';
import { pages } from '../../domain/pages/pages';
import { ukDeliveryLine } from '../../domain/evidence/uk-delivery';

export function ProgrammeCard({ fact, typeName }: { fact: ProgrammeFacts; typeName: string }) {
  const { programme } = fact;
  return (
    <li className="border-l-[6px] border-nhs-blue bg-white p-4">
      <h3 className="mt-0">
        <Link to={pages.programme.href(programme.id)}>{programme.name}</Link>
      </h3>
      <p className="mb-2">
        <span className="inline-block bg-nhs-pale-grey px-2 text-base font-bold">{typeName}</span>
        <span className="ml-2 text-base text-nhs-dark-grey">(our coding)</span>
      </p>
      <p className="mb-2">{programme.catalogue.summary}</p>
      <dl className="grid gap-x-4 text-base sm:grid-cols-[9rem_1fr]">
        <dt className="font-bold">Format (our coding)</dt>
        <dd className="mb-1">{programme.catalogue.formats.map((format) => FORMAT_LABELS[format]).join(', ')}</dd>
        <dt className="font-bold">Who it is for</dt>
        <dd className="mb-1">{programme.fields.targetPopulation.value ?? 'Not reported in our sources'}</dd>
        <dt className="font-bold">Delivered in the UK</dt>
        <dd className="mb-1">{ukDeliveryLine(programme)}</dd>
        <dt className="font-bold">Evidence</dt>
        <dd className="mb-0">{designSummary(fact.trials)}</dd>
      </dl>
      <AddToComparisonButton programmeId={programme.id} programmeName={programme.name} />
    </li>
  );
}
