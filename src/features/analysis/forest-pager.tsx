import { formatCount } from '../../domain/format';
import type { ForestPage } from './forest-page';

/** Which page of a long forest plot is shown, and buttons to the others. */
export function ForestPager({ page, onPage }: { page: ForestPage; onPage: (index: number) => void }) {
  const buttonClass =
    'border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue disabled:border-nhs-grey-4 disabled:text-nhs-dark-grey';
  return (
    <nav aria-label="Forest plot pages" className="my-2 flex flex-wrap items-center gap-2" data-testid="forest-pager">
      <p className="m-0" aria-live="polite">
        Rows {formatCount(page.first)} to {formatCount(page.last)} of {formatCount(page.total)} (page {page.index + 1}{' '}
        of {page.count}). The overall pooled result is on every page; the table below lists every study.
      </p>
      <button type="button" className={buttonClass} disabled={page.index === 0} onClick={() => onPage(page.index - 1)}>
        Previous rows
      </button>
      <button
        type="button"
        className={buttonClass}
        disabled={page.index === page.count - 1}
        onClick={() => onPage(page.index + 1)}
      >
        Next rows
      </button>
    </nav>
  );
}
