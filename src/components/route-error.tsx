import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { EvidenceDatasetError } from '../domain/dataset-error';
import { useDocumentTitle } from './use-document-title';

export function PageNotFound() {
  useDocumentTitle('Page not found');
  return (
    <div>
      <h1>Page not found</h1>
      <p>There is no page at this address. Check the link, or start from the <Link to="/">home page</Link>.</p>
    </div>
  );
}

/** The error page inside each route: says what went wrong in words a user can pass on, never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle(isRouteErrorResponse(error) && error.status === 404 ? 'Page not found' : 'Something went wrong');

  if (isRouteErrorResponse(error) && error.status === 404) return <PageNotFound />;

  if (error instanceof EvidenceDatasetError) {
    return (
      <div role="alert">
        <h1>The evidence dataset has a problem</h1>
        <p>
          The app loaded its evidence file, <code>data/evidence.json</code>, but the file is not valid, so no figures are shown. Nothing
          below is a finding: it is a list of what needs fixing in the file.
        </p>
        <h2>What is wrong</h2>
        <ul className="list-disc pl-6">
          {error.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p>If you look after the dataset, fix these fields and publish the file again. Otherwise, please tell the team who run this site.</p>
      </div>
    );
  }

  const message = error instanceof Error ? error.message : 'An unexpected error happened.';
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <p>
        Try <a href={window.location.href}>reloading the page</a>. If it keeps happening, please tell the team who run this site.
      </p>
    </div>
  );
}
