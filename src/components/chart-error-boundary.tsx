import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to say instead of the chart, e.g. where the same figures are in words or a table. */
  fallback?: ReactNode;
}

/**
 * Keeps a chart's failure inside the chart's box: the rest of the page (the table, the words) stays usable. Charts are
 * the most likely part of a page to meet an extreme value or a chart file that did not download.
 */
export class ChartErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever looks after the site; the user sees the plain message below.
    console.warn('A chart could not be drawn', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="status" className="border-l-4 border-nhs-warm-yellow bg-white p-4">
        {this.props.fallback ?? <p className="mb-0">This chart could not be drawn. The same figures are in the table on this page.</p>}
      </div>
    );
  }
}
