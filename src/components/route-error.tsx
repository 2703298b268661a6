import { QueryClientContext } from '@tanstack/react-query';
import { Component, useContext, useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { EvidenceUnavailableError } from '../data/evidence-query';
import { EvidenceDatasetError } from '../domain/evidence/dataset-error';
import { PageLoadError, reloadOnceForNewDeploy } from './page-load-error';
import { useDocumentTitle } from './use-document-title';
import { pages } from '../domain/pages/pages';

export function PageNotFound() {
  useDocumentTitle('Page not found');
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Check the link, or start from the{' '}
        <Link to={pages.home.href()}>home page</Link>.
      </p>
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

/** Tries again in place: forgets the failed dataset download and shows the page again; a page's code needs a reload. */
function RetryButton({ reload, onRetry }: { reload: boolean; onRetry: (() => void) | undefined }) {
  const queryClient = useContext(QueryClientContext);
  const retry = async () => {
    if (reload || !queryClient || !onRetry) {
      window.location.reload();
      return;
    }
    await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    // Clearing the route's error boundary renders the page again, which fetches the dataset again.
    onRetry();
  };
  return (
    <button
      type="button"
      onClick={() => void retry()}
      className="border-b-4 border-nhs-dark-green bg-nhs-green px-4 py-2 font-bold text-white"
    >
      Try again
    </button>
  );
}

/** The error page inside each route: says what went wrong in words a user can pass on, never a blank screen. */
export function RouteError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  useDocumentTitle('Something went wrong');
  useEffect(() => {
    // Files replaced by a new deploy: one guarded reload of this address fetches the new HTML and its new files.
    if (error instanceof PageLoadError) reloadOnceForNewDeploy(error.cause);
  }, [error]);

  if (error instanceof EvidenceDatasetError) {
    return (
      <div role="alert">
        <h1>The evidence dataset has a problem</h1>
        <p>
          The app loaded its evidence file, <code>data/evidence.json</code>, but the file is not valid, so no figures
          are shown. Nothing below is a finding: it is a list of what needs fixing in the file.
        </p>
        <h2>What is wrong</h2>
        <ul className="list-disc pl-6">
          {error.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p>
          If you look after the dataset, fix these fields and publish the file again. Otherwise, please tell the team
          who run this site.
        </p>
      </div>
    );
  }

  if (error instanceof EvidenceUnavailableError) {
    return (
      <div role="alert">
        <h1>The evidence could not be loaded</h1>
        <p>{error.message}</p>
        <p>Check your connection, then try again. If it keeps happening, please tell the team who run this site.</p>
        <RetryButton reload={false} onRetry={onRetry} />
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
        <RetryButton reload onRetry={onRetry} />
        <TechnicalDetails>{error.detail}</TechnicalDetails>
      </div>
    );
  }

  // Anything else is a fault in the app: say so plainly and keep the browser's words out of the way.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : null;
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown because of a fault in the site, not anything you did.</p>
      <p>Try again. If it keeps happening, please tell the team who run this site.</p>
      <RetryButton reload onRetry={onRetry} />
      {detail ? <TechnicalDetails>{detail}</TechnicalDetails> : null}
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** The address shown: a new one clears the error, so following a link away from a broken page works. */
  resetKey: string;
  /** What to show instead of the children; by default the route's error page. */
  fallback?: (error: unknown, retry: () => void) => ReactNode;
}

interface BoundaryState {
  error: { value: unknown } | null;
  resetKey: string;
}

/** Each page's own error boundary: a fault in one page shows RouteError inside the site's frame, not a blank screen. */
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: { value: error } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  private readonly retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.fallback ? (
      this.props.fallback(error.value, this.retry)
    ) : (
      <RouteError error={error.value} onRetry={this.retry} />
    );
  }
}

/** A page with its own error boundary, cleared when the address changes. */
export function RoutePage({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <RouteErrorBoundary resetKey={`${location.pathname}${location.search}`}>{children}</RouteErrorBoundary>;
}
