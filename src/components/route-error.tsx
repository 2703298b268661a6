import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, type ReactNode } from 'react';
import { Link, isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { EvidenceUnavailableError } from '../data/evidence-query';
import { EvidenceDatasetError } from '../domain/dataset-error';
import { PageLoadError, reloadOnceForNewDeploy } from './page-load-error';
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

/** What the browser said, folded away: useful to whoever looks after the site, never the main message. */
function TechnicalDetails({ children }: { children: ReactNode }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer">Technical details</summary>
      <p className="mt-2 font-mono text-base break-words">{children}</p>
    </details>
  );
}

/** Tries again in place: forgets the failed dataset download and re-renders the route; a page's code needs a reload. */
function RetryButton({ reload }: { reload: boolean }) {
  const queryClient = useContext(QueryClientContext);
  const navigate = useNavigate();
  const location = useLocation();
  const retry = async () => {
    if (reload || !queryClient) {
      window.location.reload();
      return;
    }
    await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    // Going to the same address again clears the route's error boundary, so the page renders (and fetches) again.
    await navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true });
  };
  return (
    <button type="button" onClick={() => void retry()} className="border-b-4 border-nhs-dark-green bg-nhs-green px-4 py-2 font-bold text-white">
      Try again
    </button>
  );
}

/** The error page inside each route: says what went wrong in words a user can pass on, never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle(isRouteErrorResponse(error) && error.status === 404 ? 'Page not found' : 'Something went wrong');
  useEffect(() => {
    // Files replaced by a new deploy: one guarded reload of this address fetches the new HTML and its new files.
    if (error instanceof PageLoadError) reloadOnceForNewDeploy(error.cause);
  }, [error]);

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

  if (error instanceof EvidenceUnavailableError) {
    return (
      <div role="alert">
        <h1>The evidence could not be loaded</h1>
        <p>{error.message}</p>
        <p>Check your connection, then try again. If it keeps happening, please tell the team who run this site.</p>
        <RetryButton reload={false} />
        {error.detail ? <TechnicalDetails>{error.detail}</TechnicalDetails> : null}
      </div>
    );
  }

  if (error instanceof PageLoadError) {
    return (
      <div role="alert">
        <h1>This page could not be loaded</h1>
        <p>Part of this page did not download. You may be offline, or the site may have just been updated.</p>
        <p>Check your connection, then try again. If it keeps happening, please tell the team who run this site.</p>
        <RetryButton reload />
        <TechnicalDetails>{error.detail}</TechnicalDetails>
      </div>
    );
  }

  // Anything else is a fault in the app: say so plainly and keep the browser's words out of the way.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown because of a fault in the site, not anything you did.</p>
      <p>Try again. If it keeps happening, please tell the team who run this site.</p>
      <RetryButton reload />
      {detail ? <TechnicalDetails>{detail}</TechnicalDetails> : null}
    </div>
  );
}
