import { lazy, Suspense, type ComponentProps } from 'react';

// The influence diagnostics, the two forms of Egger's test and the Mantel–Haenszel and Peto table load on demand, so
// the analysis page's first script (its budget is in src/domain/pages/pages.ts) does not carry them. Until they arrive, a plain line says so.

const load = () => import('./diagnostics-panels');
const InfluenceSection = lazy(async () => ({ default: (await load()).InfluenceSection }));
const InfluenceContent = lazy(async () => ({ default: (await load()).InfluenceContent }));
const EggerForms = lazy(async () => ({ default: (await load()).EggerForms }));
const FixedEffectCountsSection = lazy(async () => ({ default: (await load()).FixedEffectCountsSection }));
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

export function LazyFixedEffectCountsSection(props: ComponentProps<typeof FixedEffectCountsSection>) {
  return (
    <Suspense fallback={<Loading what="the Mantel–Haenszel and Peto methods" />}>
      <FixedEffectCountsSection {...props} />
    </Suspense>
  );
}

export function LazyFixedEffectCountsContent(props: ComponentProps<typeof FixedEffectCountsContent>) {
  return (
    <Suspense fallback={<Loading what="the Mantel–Haenszel and Peto methods" />}>
      <FixedEffectCountsContent {...props} />
    </Suspense>
  );
}
