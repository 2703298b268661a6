import { Suspense, type ReactNode } from 'react';

/** What a page shows while the evidence file loads. */
export function LoadingEvidence() {
  return (
    <p role="status" className="py-4 text-nhs-dark-grey">
      Loading the evidence…
    </p>
  );
}

/** Wraps the parts of a page that need the dataset, so headings and introductions show before it arrives. */
export function EvidenceSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingEvidence />}>{children}</Suspense>;
}
