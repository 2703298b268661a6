import { lazy, Suspense, type ComponentProps } from 'react';

// The influence diagnostics, the two forms of Egger's test and the Mantel–Haenszel and Peto table load on demand, so
// the analysis page's first script (its budget is in src/domain/pages/pages.ts) does not carry them. Until they arrive, a plain line says so.

const load = () => import('./diagnostics-panels');
const InfluenceSection = lazy(async () => ({ default: (await load()).InfluenceSection }));
const InfluenceContent = lazy(async () => ({ default: (await load()).InfluenceContent }));
const EggerForms = lazy(async () => ({ default: (await load()).EggerForms }));
const FixedEffectCountsContent = lazy(async () => ({ default: (await load()).FixedEffectCountsContent }));

function Loading({ what }: { what: string }) {
  return <p>Loading {what}…</p>;
}

export function LazyInfluenceSection(props: ComponentProps<typeof InfluenceSection>) {
  return (
    <Suspense fallback={<Loading what="the influence diagnostics" />}>
      <InfluenceSection {...props} />
    </Suspense>
  );
}

export function LazyInfluenceContent(props: ComponentProps<typeof InfluenceContent>) {
  return (
    <Suspense fallback={<Loading what="the influence diagnostics" />}>
      <InfluenceContent {...props} />
    </Suspense>
  );
}

export function LazyEggerForms(props: ComponentProps<typeof EggerForms>) {
  return (
    <Suspense fallback={<Loading what="Egger’s test" />}>
      <EggerForms {...props} />
    </Suspense>
  );
}

/** The name of the Mantel–Haenszel and Peto section, on the page and in the report. */
export const FIXED_EFFECT_COUNTS_HEADING = 'Fixed-effect pooling of counts: Mantel–Haenszel and Peto';

/** The analysis page's section, for the counts layouts when there is a pooled result: its content loads on demand. */
export function LazyFixedEffectCountsSection(props: ComponentProps<typeof FixedEffectCountsContent>) {
  return (
    <section aria-labelledby="fixed-effect-counts-heading" className="bg-white p-4" data-testid="fixed-effect-counts">
      <h2 id="fixed-effect-counts-heading" className="mt-0">
        {FIXED_EFFECT_COUNTS_HEADING}
      </h2>
      <LazyFixedEffectCountsContent {...props} />
    </section>
  );
}

export function LazyFixedEffectCountsContent(props: ComponentProps<typeof FixedEffectCountsContent>) {
  return (
    <Suspense fallback={<Loading what="the Mantel–Haenszel and Peto methods" />}>
      <FixedEffectCountsContent {...props} />
    </Suspense>
  );
}
