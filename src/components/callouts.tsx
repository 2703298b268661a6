import type { ReactNode } from 'react';

/** NHS "inset text": something to notice, but not a warning. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="my-6 border-l-[10px] border-nhs-blue bg-white p-4 [&>*:last-child]:mb-0">{children}</div>;
}

/** NHS "warning callout": a caveat people must read before acting on a figure. */
export function WarningCallout({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section aria-label={heading} className="my-6 border border-nhs-warm-yellow bg-[#fff9c4] p-4 [&>*:last-child]:mb-0">
      <h3 className="mt-0 inline-block bg-nhs-warm-yellow px-3 py-1 text-lg">{heading}</h3>
      {children}
    </section>
  );
}

/** A small tag that says a figure was worked out by us, not printed in the source. */
export function DerivedTag() {
  return (
    <span className="ml-1 inline-block border border-nhs-dark-grey px-1.5 text-sm font-normal text-nhs-dark-grey">
      derived
    </span>
  );
}
