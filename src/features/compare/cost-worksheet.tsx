import { CitedLinkAnchor } from '../../components/cited-source-anchor';
import { citedAddress } from '../../domain/evidence/source-hosts';
import { useRef, type SyntheticEvent } from 'react';
import {
  ESTIMATE_LABEL,
  FIELD_RULES,
  WORKSHEET_FIELDS,
  formatPounds,
  workOut,
  workingText,
  type WorksheetField,
} from '../../domain/cost/staff-cost';
import { hourlyUnitCosts, type WorksheetEntry } from '../../domain/cost/worksheet';
import type { UnitCost } from '../../domain/cost/cost-worksheet-schema';

const BUTTON = 'bg-nhs-green px-4 py-2 font-bold text-white';

function ProgrammeWorksheet({
  entry,
  onChange,
  unitCosts,
}: {
  entry: WorksheetEntry;
  onChange: (entry: WorksheetEntry) => void;
  unitCosts: { cost: UnitCost; poundsAnHour: number }[];
}) {
  const { programme, inputs, result } = entry;
  const summary = useRef<HTMLDivElement>(null);
  const id = (field: WorksheetField) => `worksheet-${programme.programmeId}-${field}`;
  const errors = result?.errors ?? {};
  const errorFields = WORKSHEET_FIELDS.filter((field) => errors[field]);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const next = workOut(inputs);
    onChange({ ...entry, result: next });
    if (next.pounds === null) requestAnimationFrame(() => summary.current?.focus());
  };

  return (
    <section
      aria-labelledby={`worksheet-${programme.programmeId}`}
      className="worksheet mb-6 border-l-[6px] border-nhs-blue bg-white p-4"
    >
      <h3 id={`worksheet-${programme.programmeId}`} className="mt-0">
        {programme.name}
      </h3>
      <p className="mb-1 text-base font-bold">What our sources say about its dose</p>
      <ul className="mb-3 list-disc pl-6 text-base">
        {programme.doseFacts.map((fact, index) => (
          <li key={index}>
            {fact.text} (<CitedLinkAnchor link={fact.link}>{fact.source}</CitedLinkAnchor>)
          </li>
        ))}
      </ul>
      {errorFields.length > 0 ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`worksheet-${programme.programmeId}-problem`}
          className="mb-4 border-4 border-nhs-red p-4"
        >
          <h4 id={`worksheet-${programme.programmeId}-problem`} className="mt-0 text-lg">
            There is a problem
          </h4>
          <ul className="mb-0 list-none pl-0">
            {errorFields.map((field) => (
              <li key={field}>
                <a href={`#${id(field)}`} className="font-bold text-nhs-red">
                  {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          {WORKSHEET_FIELDS.map((field) => {
            const start = field === 'hourlyCost' ? undefined : programme.starts[field];
            const error = errors[field];
            const hintId = `${id(field)}-hint`;
            const errorId = `${id(field)}-error`;
            return (
              <div key={field} className={error ? 'border-l-4 border-nhs-red pl-3' : undefined}>
                <label htmlFor={id(field)} className="block font-bold">
                  {FIELD_RULES[field].label}
                </label>
                <p id={hintId} className="mb-1 text-base text-nhs-dark-grey">
                  {field === 'hourlyCost'
                    ? 'Your local cost of one practitioner for one hour, in pounds.'
                    : start
                      ? `Started from our sources: “${start.from}”.${start.note ? ` ${start.note}` : ''} Change it if you need to.`
                      : 'Not stated in our sources: enter your own figure.'}
                </p>
                {error ? (
                  <p id={errorId} className="mb-1 font-bold text-nhs-red">
                    <span className="sr-only">Error: </span>
                    {error}
                  </p>
                ) : null}
                <input
                  id={id(field)}
                  name={field}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  value={inputs[field]}
                  aria-describedby={error ? `${hintId} ${errorId}` : hintId}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) =>
                    onChange({ ...entry, inputs: { ...inputs, [field]: event.target.value }, result: null })
                  }
                  className={`w-40 border-2 ${error ? 'border-nhs-red' : 'border-nhs-black'} px-2 py-1`}
                />
              </div>
            );
          })}
        </div>
        {unitCosts.map(({ cost, poundsAnHour }) => (
          <p key={cost.id} className="mt-3 mb-0 text-base">
            <button
              type="button"
              className="mr-2 border-2 border-nhs-blue bg-white px-2 text-base font-bold text-nhs-blue"
              onClick={() =>
                onChange({ ...entry, inputs: { ...inputs, hourlyCost: String(poundsAnHour) }, result: null })
              }
            >
              Use £{poundsAnHour} an hour<span className="sr-only"> for {programme.name}</span>
            </button>
            the community specialist nurse figure at {cost.priceYear ?? 'an unstated price year'} (described above).
          </p>
        ))}
        <button type="submit" className={`${BUTTON} mt-4`}>
          Work out the estimate<span className="sr-only"> for {programme.name}</span>
        </button>
      </form>
      <WorksheetResultView entry={entry} />
    </section>
  );
}

function WorksheetResultView({ entry }: { entry: WorksheetEntry }) {
  const { result, programme } = entry;
  if (!result?.numbers || result.pounds === null) return null;
  return (
    <div role="status" className="mt-4 border-l-[10px] border-nhs-warm-yellow bg-[#fff9c4] p-4">
      <p className="mb-1 text-2xl font-bold">
        {formatPounds(result.pounds)}
        <span className="block text-base font-bold">{ESTIMATE_LABEL}</span>
      </p>
      <p className="mb-0 text-base">
        {workingText(result.numbers)}.{' '}
        {programme.group
          ? 'It can be run as a group (our coding): this is the staff cost of one group, shared by the families in it, not of one family.'
          : 'Staff time in sessions only: no travel, supervision, training, materials or overheads.'}
      </p>
    </div>
  );
}

/** On paper the inputs are not form fields: each programme's inputs and estimate print as text. */
function PrintedWorksheet({ entries }: { entries: readonly WorksheetEntry[] }) {
  return (
    <div className="print-only">
      <ul className="list-none pl-0">
        {entries.map((entry) => (
          <li key={entry.programme.programmeId}>
            <strong>{entry.programme.name}:</strong>{' '}
            {WORKSHEET_FIELDS.map((field) => `${FIELD_RULES[field].label}: ${entry.inputs[field] || '(empty)'}`).join(
              '; ',
            )}
            .{' '}
            {entry.result?.numbers && entry.result.pounds !== null
              ? `${formatPounds(entry.result.pounds)}: ${ESTIMATE_LABEL.toLowerCase()} (${workingText(entry.result.numbers)}).`
              : 'No estimate worked out.'}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CostWorksheet({
  entries,
  onChange,
  unitCosts,
}: {
  entries: readonly WorksheetEntry[];
  onChange: (entry: WorksheetEntry) => void;
  unitCosts: UnitCost[];
}) {
  const hourly = hourlyUnitCosts({ unitCosts, doses: [] });
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="cost-worksheet" className="cost-worksheet my-6">
      <h2 id="cost-worksheet">Staff cost worksheet</h2>
      <p>
        Our sources give no UK cost per family for these programmes. Here you can reckon an indicative staff cost from
        their dose: sessions × hours per session × practitioners × an hourly cost you enter. The result is{' '}
        <strong>your estimate from your inputs, not a sourced cost</strong>. Nothing here is converted from US dollars
        or another year’s prices.
      </p>
      {hourly.length === 0 ? (
        <p className="text-base">Our sources have no UK hourly unit cost, so the hourly cost has no default.</p>
      ) : (
        hourly.map(({ cost }) => (
          <p key={cost.id} className="text-base">
            The only UK hourly unit cost in our sources: {cost.figure}, {cost.what.charAt(0).toLowerCase()}
            {cost.what.slice(1)}, at {cost.priceYear ?? 'an unstated price year'} ({cost.sourceKind};{' '}
            <CitedLinkAnchor link={citedAddress(cost.sourceUrl)}>source</CitedLinkAnchor>).{' '}
            {cost.caution ? `Take care: ${cost.caution}` : ''} It is not filled in for you: use it only if it fits the
            staff you would employ.
          </p>
        ))
      )}
      <p className="text-base">
        Salaries are not hourly costs, so the Agenda for Change pay scales in our sources are not offered here.
      </p>
      {entries.map((entry) => (
        <div key={entry.programme.programmeId} className="no-print">
          <ProgrammeWorksheet entry={entry} onChange={onChange} unitCosts={hourly} />
        </div>
      ))}
      <PrintedWorksheet entries={entries} />
    </section>
  );
}
