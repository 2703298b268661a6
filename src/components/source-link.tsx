import { Link } from 'react-router';
import { pages } from '../domain/pages/pages';

interface SourceLinkProps {
  sourceId: string;
  /** What the figure is, for the link's accessible name: "Source for {figure}". */
  figure: string;
}

/** One click from a figure to the entry for its source: title, address, and where in it the figure is. */
export function SourceLink({ sourceId, figure }: SourceLinkProps) {
  return (
    <Link
      to={pages.about.href(sourceId)}
      aria-label={`Source for ${figure}`}
      className="whitespace-nowrap text-base font-normal"
    >
      [source]
    </Link>
  );
}
