import type { Interval } from '../../domain/plain-language/orientation';

/** The lesson's forest plot. Drawn with the app's one forest plot once it lands on main. */
export function LessonChart({ label, interval, part }: { label: string; interval: Interval; part?: string }) {
  return <div className="lesson-chart" data-part={part} data-label={label} data-lower={interval.lower} />;
}
