import { Link, useLocation } from 'react-router';
import { pages } from '../../../domain/pages/pages';

/** The one click to the printable report: the same workspace and settings (the address carries them), then print. */
export function ReportLink() {
  const location = useLocation();
  return (
    <p className="mt-4 mb-0">
      <Link
        to={pages.analysisReport.href(location.search)}
        state={{ print: true }}
        className="inline-block border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
      >
        Print or save the analysis report
      </Link>
    </p>
  );
}
