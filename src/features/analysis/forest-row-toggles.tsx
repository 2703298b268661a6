import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { layoutForest, type ForestLayout, type ForestVariant } from '../../components/charts/forest-plot/forest-layout';
import type { ForestPlotModel } from '../../components/charts/forest-plot/forest-model';

// The analysis forest plot with each study's name as a button that leaves the study out or brings it back. The plot
// itself stays one image for screen readers (role="img"); the buttons are HTML laid over the label column, placed in
// percentages of the same layout the drawing uses, so they sit on the names at any size. Not printed.

export interface RowToggle {
  study: string;
  line: number;
  included: boolean;
}

function safeLayout(model: ForestPlotModel, variant: ForestVariant): ForestLayout | null {
  try {
    return layoutForest(model, { variant });
  } catch {
    // A model no axis can hold: the plot's own boundary explains it, and there is nothing to lay buttons over.
    return null;
  }
}

function Overlay({
  layout,
  toggles,
  onToggle,
  className,
}: {
  layout: ForestLayout;
  toggles: ReadonlyMap<string, RowToggle>;
  onToggle: (line: number) => void;
  className: string;
}) {
  const labelLeft = 8;
  const labelRight = layout.plot.left - 4;
  return (
    <div className={`absolute inset-0 ${className}`}>
      {layout.rows.map(({ row, top, height }) => {
        const toggle = toggles.get(row.id);
        if (!toggle) return null;
        return (
          <button
            key={row.id}
            type="button"
            onClick={() => onToggle(toggle.line)}
            aria-label={`${toggle.included ? 'Leave out' : 'Include'} ${toggle.study} (line ${toggle.line})`}
            title={toggle.included ? 'Leave this study out' : 'Include this study again'}
            // See-through, so the name drawn beneath stays readable on hover and in the (yellow) focus style.
            className="absolute cursor-pointer border-0 bg-transparent p-0 hover:bg-nhs-blue/10 focus-visible:bg-nhs-focus/50"
            style={{
              left: `${(labelLeft / layout.width) * 100}%`,
              width: `${((labelRight - labelLeft) / layout.width) * 100}%`,
              top: `${(top / layout.height) * 100}%`,
              height: `${(height / layout.height) * 100}%`,
            }}
          />
        );
      })}
    </div>
  );
}

/** ForestPlot (responsive) with study names that include or leave out their study when pressed. */
export function ForestWithRowToggles({
  model,
  description,
  toggles,
  onToggle,
  withButtons = true,
}: {
  model: ForestPlotModel;
  description: string;
  toggles: ReadonlyMap<string, RowToggle>;
  onToggle: (line: number) => void;
  /** False to draw the plot first and its buttons in a later pass (a long file's page). */
  withButtons?: boolean;
}) {
  const wide = withButtons ? safeLayout(model, 'wide') : null;
  const narrow = withButtons ? safeLayout(model, 'narrow') : null;
  return (
    <div className="relative">
      <ForestPlot model={model} description={description} />
      {/* The same breakpoints as ForestPlot's responsive drawing, so each set of buttons sits on the drawing shown. */}
      {wide ? (
        <Overlay layout={wide} toggles={toggles} onToggle={onToggle} className="hidden sm:block print:hidden" />
      ) : null}
      {narrow ? (
        <Overlay layout={narrow} toggles={toggles} onToggle={onToggle} className="sm:hidden print:hidden" />
      ) : null}
    </div>
  );
}
