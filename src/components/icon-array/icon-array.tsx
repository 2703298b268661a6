import type { IconArrayCounts } from '../../domain/plain-language/plain-numbers';
import { iconArrayCells, type IconKind } from './icon-array-cells';
import { ChartErrorBoundary } from '../charts/chart-error-boundary';

const STYLE: Record<IconKind, string> = {
  'extra-at-low': 'bg-nhs-dark-blue border-nhs-dark-blue',
  'extra-at-mid': 'bg-nhs-blue border-nhs-blue',
  'extra-at-high': 'bg-white border-nhs-blue border-dashed',
  'no-extra': 'bg-nhs-grey-4 border-nhs-grey-4',
};

function Swatch({ kind }: { kind: IconKind }) {
  return (
    <span
      aria-hidden="true"
      className={`mr-2 inline-block h-4 w-4 shrink-0 rounded-full border-2 align-middle ${STYLE[kind]}`}
    />
  );
}

interface IconArrayProps {
  counts: IconArrayCounts;
  /** A full sentence that says what the picture shows; screen readers read it instead of 100 dots. */
  description: string;
}

/**
 * "Out of 100 pairs of families": each dot a pair (one family with the intervention, one without). It shows a
 * difference between the groups, never which families were helped. Which dots are filled depends on where in the
 * interval the truth lies.
 */
export function IconArray(props: IconArrayProps) {
  return (
    <ChartErrorBoundary message="This picture could not be drawn from these figures. The figures are in the text beside it.">
      <IconArrayFigure {...props} />
    </ChartErrorBoundary>
  );
}

function IconArrayFigure({ counts, description }: IconArrayProps) {
  const cells = iconArrayCells(counts);
  return (
    <figure className="my-4">
      <div role="img" aria-label={description} className="grid w-full max-w-xs grid-cols-10 gap-1.5">
        {cells.map((kind, index) => (
          <span key={index} className={`aspect-square rounded-full border-2 ${STYLE[kind]}`} />
        ))}
      </div>
      <figcaption className="mt-3 text-base">
        <ul className="space-y-1">
          <li className="flex items-center">
            <Swatch kind="extra-at-low" />
            {counts.extraAtLow} extra {counts.extraAtLow === 1 ? 'pair favours' : 'pairs favour'} the intervention even
            at the low end of the interval
          </li>
          <li className="flex items-center">
            <Swatch kind="extra-at-mid" />
            {counts.extraAtMid - counts.extraAtLow} more at the middle of the interval ({counts.extraAtMid} in all,
            derived)
          </li>
          <li className="flex items-center">
            <Swatch kind="extra-at-high" />
            up to {counts.extraAtHigh - counts.extraAtMid} more at the high end ({counts.extraAtHigh} in all)
          </li>
          <li className="flex items-center">
            <Swatch kind="no-extra" />
            the other pairs: the intervention family does better in some and worse in others, and these cancel out. The
            picture compares the groups; it does not show which families were helped
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
