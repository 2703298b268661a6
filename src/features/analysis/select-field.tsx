import { useId } from 'react';
import type { DecimalMark, IntervalScale } from '../../domain/study-data/study-rows';

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find(([option]) => option === event.target.value);
          if (chosen) onChange(chosen[0]);
        }}
        className="mt-1 max-w-full border-2 border-nhs-black bg-white p-1"
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Whether an effect with its 95% CI holds differences or ratios as papers print them (pooled as log ratios). */
export function IntervalScaleField({
  value,
  onChange,
}: {
  value: IntervalScale;
  onChange: (value: IntervalScale) => void;
}) {
  return (
    <SelectField
      label="The effect and its 95% CI are"
      value={value}
      options={[
        ['difference', 'Differences (0 = no effect; e.g. SMD)'],
        ['ratio', 'Ratios (1 = no effect; e.g. odds ratio)'],
      ]}
      onChange={onChange}
    />
  );
}

/** How the file writes decimals: with a full stop (0.45) or, as in much of Europe, a comma (0,45). */
export function DecimalField({ value, onChange }: { value: DecimalMark; onChange: (value: DecimalMark) => void }) {
  return (
    <SelectField
      label="Decimals in the file are written with"
      value={value}
      options={[
        ['point', 'A full stop (0.45)'],
        ['comma', 'A comma (0,45), as in much of Europe'],
      ]}
      onChange={onChange}
    />
  );
}
