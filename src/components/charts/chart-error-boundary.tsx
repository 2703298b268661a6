import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Keeps a chart that cannot be drawn from taking the page with it: the table beside each chart still has every figure. */
export class ChartErrorBoundary extends Component<{ children: ReactNode; message?: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p role="status" className="border-l-4 border-nhs-warm-yellow bg-nhs-pale-grey p-4">
          {this.props.message ??
            'This chart could not be drawn from these figures. The figures are in the table on this page.'}
        </p>
      );
    }
    return this.props.children;
  }
}
