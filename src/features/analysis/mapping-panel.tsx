import { useId } from 'react';
import {
  FIELD_DESCRIPTIONS,
  LAYOUTS,
  layoutById,
  OPTIONAL_FIELDS,
  type ColumnMapping,
  type LayoutId,
  type StudyField,
} from '../../domain/study-data/layouts';
import type { DecimalMark } from '../../domain/study-data/study-rows';
import { DecimalField } from './select-field';

export interface MappingPanelProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  layout: LayoutId | null;
  /** Whether the layout was chosen by hand. */
  chosenLayout: LayoutId | null;
  onChange: (mapping: ColumnMapping, layout: LayoutId | null) => void;
}

function FieldSelect({
  field,
  headers,
  value,
  onChange,
}: {
  field: StudyField;
  headers: readonly string[];
  value: string | undefined;
  onChange: (header: string | undefined) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block">
        {FIELD_DESCRIPTIONS[field]}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        className="mt-1 max-w-full border-2 border-nhs-black bg-white p-1"
      >
        <option value="">(none)</option>
        {[...new Set(headers)].map((header) => (
          <option key={header} value={header}>
            {header === '' ? '(blank name)' : header}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The layout choice and one column choice per field the layout needs (and the optional ones). */
export function MappingFields({ headers, mapping, layout, chosenLayout, onChange }: MappingPanelProps) {
  const layoutId = useId();
  const shownLayout = chosenLayout ?? layout;
  const fields: StudyField[] = [...OPTIONAL_FIELDS, ...(shownLayout ? layoutById(shownLayout).required : [])];
  const setField = (field: StudyField, header: string | undefined) => {
    const others = Object.fromEntries(Object.entries(mapping).filter(([key]) => key !== field)) as ColumnMapping;
    onChange(header === undefined ? others : { ...others, [field]: header }, chosenLayout);
  };
  return (
    <div className="mt-3">
      <label htmlFor={layoutId} className="block font-bold">
        Layout
      </label>
      <select
        id={layoutId}
        value={chosenLayout ?? ''}
        onChange={(event) => {
          const chosen = LAYOUTS.find((candidate) => candidate.id === event.target.value);
          onChange(mapping, chosen ? chosen.id : null);
        }}
        className="mt-1 max-w-full border-2 border-nhs-black bg-white p-1"
      >
        <option value="">
          Work it out from the column names{layout && chosenLayout === null ? ` (${layoutById(layout).label})` : ''}
        </option>
        {LAYOUTS.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label}
          </option>
        ))}
      </select>
      <fieldset className="mt-4">
        <legend className="font-bold">Which column holds each field</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {(shownLayout
            ? fields
            : [...OPTIONAL_FIELDS, ...new Set(LAYOUTS.flatMap((candidate) => candidate.required))]
          ).map((field) => (
            <FieldSelect
              key={field}
              field={field}
              headers={headers}
              value={mapping[field]}
              onChange={(header) => setField(field, header)}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Match the file's columns to the fields by hand, choose the layout, and say how decimals are written. */
export function MappingPanel({
  decimal,
  onDecimal,
  ...props
}: MappingPanelProps & { decimal: DecimalMark; onDecimal: (decimal: DecimalMark) => void }) {
  return (
    <details className="bg-white p-4" open={props.layout === null}>
      <summary className="cursor-pointer text-xl font-bold">
        Columns and layout{props.layout ? `: ${layoutById(props.layout).label}` : ': not recognised'}
      </summary>
      <MappingFields {...props} />
      <div className="mt-4">
        <DecimalField value={decimal} onChange={onDecimal} />
      </div>
    </details>
  );
}
