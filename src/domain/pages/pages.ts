import type { EvidenceDataset } from '../evidence/evidence-schema';

/** What a page's prerender list is made from: the dataset, and the number of slides in the deck built from it. */
export interface PrerenderContext {
  dataset: EvidenceDataset;
  slideCount: number;
}

/**
 * One page of the site: everything the app, the build and the tests need to know about it, in one place.
 * src/app turns these into routes (routes.tsx), the navigation (app-layout.tsx), the prerender list and each
 * prerendered page's <head> (prerender-paths.ts, page-sources.ts); scripts/check-bundle-budget.ts reads the budgets.
 */
export interface PageEntry {
  /** The route pattern, React Router syntax (`:param`, `:param?`). */
  path: string;
  /** The module that holds the page's component, from the project root (the build manifest's key for it). */
  source: string;
  /** The named export of `source` that is the page's component. */
  component: string;
  /**
   * How its code loads: `eager` ships in the first script (only the home page: it must be drawn at once), `lazy`
   * downloads on first visit (src/app maps `source` to its dynamic import).
   */
  load: 'eager' | 'lazy';
  /**
   * `none`: the page fills the screen, outside the site's header and footer (the presentation). `family`: the site's
   * frame, light: its navigation keeps only the entries marked `family`, with no analysis or presentation tools.
   */
  frame?: 'site' | 'family' | 'none';
  /** Every address of this page the build renders to HTML (and the service worker keeps for offline use). */
  prerender: (context: PrerenderContext) => readonly string[];
  /**
   * Script budget, gzip KB (1,024 bytes), for everything the page loads up to network idle: the first script, the
   * page's module and what it imports, and `alsoLoads` (charts fetched once on screen, counted when the build has
   * them). Budgets are the measured sizes plus 1–2 KB; say why beside one when it is raised. `htmlKb`: a ceiling for
   * the gzip size of the page's prerendered HTML (its first address), where a few hundred bytes more cost a round trip.
   */
  budget: { kb: number; alsoLoads?: readonly string[]; htmlKb?: number };
  /**
   * Its label in the main navigation, in registry order; `end`: active only on this exact address; `family`: also in
   * the light frame of the family pages.
   */
  nav?: { label: string; end?: boolean; family?: boolean };
}

// Link builders. Ids are the dataset's stable slugs, so they go into the address as they are.
const search = (parameters: [string, string][]) => {
  const query = new URLSearchParams(parameters).toString();
  return query === '' ? '' : `?${query}`;
};

/** The id of the entry for a source on the about page, which every [source] link points to. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** Catalogue filters a link can set (the facet names of src/domain/evidence/catalogue.ts). */
export interface CatalogueLinkFilters {
  type?: string;
  outcome?: string;
}

/** A comparison's choice: two or more programmes, or two or more intervention types. */
export interface CompareLinkSelection {
  programmes?: readonly string[];
  types?: readonly string[];
}

/** Filters of the since-the-review page: a programme id (or "other") and an outcome id. */
export interface SinceLinkFilters {
  programme?: string;
  outcome?: string;
}

export type PresentView = 'audience' | 'presenter' | 'handout';

/** The pages, in the order of the main navigation. */
export const pages = {
  home: {
    path: '/',
    href: () => '/',
    source: 'src/features/home/home-page.tsx',
    component: 'HomePage',
    load: 'eager',
    prerender: (): string[] => ['/'],
    // The aim for every first visit; React DOM 19 alone is 62 KB of it (docs/deploy.md). −30 KB (2026-11-27):
    // declarative routing instead of the data router, the outcomes page, the comparison tray and unused glossary
    // definitions out of the first script; −1.8 KB: React Router built without its unused components.
    // +1.4 KB (2026-12-03): the phone header and menu, the update message naming what changed, the start-up note and
    // in-place glossary definitions. Back under 100 the same day (98.8 KB): −1.4 KB on every page, TanStack Query
    // built without mutations and infinite queries, which the app never uses (vite.config.ts); −0.9 KB, the home page
    // takes only each outcome's verdict and certainty level (outcome-headline.ts), so the size words, rounding note
    // and rating reasons load with the pages that show them.
    budget: { kb: 100 },
    nav: { label: 'Home', end: true, family: true },
  },
  outcomes: {
    path: '/outcomes',
    href: () => '/outcomes',
    source: 'src/features/outcomes/outcomes-page.tsx',
    component: 'OutcomesPage',
    load: 'lazy',
    prerender: (): string[] => [pages.outcomes.href()],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 119 },
    nav: { label: 'Outcomes' },
  },
  outcome: {
    path: '/outcomes/:outcomeId',
    href: (outcomeId: string) => `/outcomes/${outcomeId}`,
    source: 'src/features/outcomes/outcome-detail-page.tsx',
    component: 'OutcomeDetailPage',
    load: 'lazy',
    prerender: ({ dataset }): string[] => dataset.outcomes.map((outcome) => pages.outcome.href(outcome.id)),
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    // +3 KB (1.2.0): the note on newer studies that measured the outcome; +1 KB: the help-now note for practitioners.
    budget: { kb: 131 },
  },
  catalogue: {
    path: '/interventions',
    href: (filters: CatalogueLinkFilters = {}) =>
      `/interventions${search(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined))}`,
    source: 'src/features/catalogue/catalogue-page.tsx',
    component: 'CataloguePage',
    load: 'lazy',
    prerender: (): string[] => [pages.catalogue.href()],
    // −97 KB (2026-12-03): the evidence map is SVG drawn in the prerendered page, with no chart library (was Recharts).
    // +1 KB (1.2.0): the possible-overlap note, and the update banner and print footer now name what changed.
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    // HTML: 13.4 KB (13,731 bytes measured 2026-12-04). With a host's response headers (about 0.7 KB) the page then
    // arrives within TCP's first window of 10 packets (14,600 bytes), which is what Lighthouse's simulation models;
    // past it, a second round trip put first paint 150 ms later. Cells' findings and the map's tooltips are drawn on
    // demand for this reason (docs/deploy.md).
    // +0.4 KB (2026-12-04): the table's cells and the map's tooltips drawn on demand (the HTML line below).
    budget: { kb: 124, htmlKb: 13.5 },
    nav: { label: 'Interventions' },
  },
  programme: {
    path: '/interventions/:programmeId',
    href: (programmeId: string) => `/interventions/${programmeId}`,
    source: 'src/features/programmes/programme-page.tsx',
    component: 'ProgrammePage',
    load: 'lazy',
    prerender: ({ dataset }): string[] => dataset.programmes.map((programme) => pages.programme.href(programme.id)),
    // Carries the citation exports; +4 KB (1.2.0): every commissioning fact, and the newer studies since the review.
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 121 },
  },
  sinceTheReview: {
    path: '/since-the-review',
    href: ({ programme, outcome }: SinceLinkFilters = {}) =>
      `/since-the-review${search([
        ...(programme === undefined ? [] : [['programme', programme] as [string, string]]),
        ...(outcome === undefined ? [] : [['outcome', outcome] as [string, string]]),
      ])}`,
    source: 'src/features/since/since-the-review-page.tsx',
    component: 'SinceTheReviewPage',
    load: 'lazy',
    prerender: (): string[] => [pages.sinceTheReview.href()],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    // +1 KB: its source links cite the original (DOI or registry) in place of a copy, as every page's do.
    budget: { kb: 110 },
    nav: { label: 'Since the review' },
  },
  type: {
    path: '/types/:typeId',
    href: (typeId: string) => `/types/${typeId}`,
    source: 'src/features/types/type-page.tsx',
    component: 'TypePage',
    load: 'lazy',
    prerender: ({ dataset }): string[] => dataset.review.interventionTypes.map((type) => pages.type.href(type.id)),
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 107 },
  },
  analysis: {
    path: '/analysis',
    href: () => '/analysis',
    source: 'src/features/analysis/analysis-page.tsx',
    component: 'AnalysisPage',
    load: 'lazy',
    prerender: (): string[] => [pages.analysis.href()],
    // Carries the CSV reader (papaparse), the statistics engine and the workspace store. +6 KB (issue 19): the
    // mapping step, meta-regression for metafor's subgroup moderator test, and the two-tab and encoding checks.
    // +1.4 KB (2026-12-03) in the shared first script (see the home page). +1.5 KB (issue 19): the repeated-study
    // warning and the three-level model's panel, whose engine loads only when asked for (217.2 KB measured). +2 KB:
    // trim-and-fill's choice and result, and the funnel plot's filled studies and key (219.2 KB measured; its engine,
    // like the influence and Egger-form panels, loads on demand). +1 KB: the Mantel–Haenszel and Peto section's
    // heading and loader (its table and engine load on demand, with the influence panels), and the split of the shared
    // analysis code into two files once it imports the engine's functions from their files rather than the stats
    // index, which would pull the Mantel–Haenszel engine into this script (220.1 KB measured). +3 KB (issue 19 part
    // 5): the correlation, proportion and rate-ratio layouts with their rules and per-study measures, the risk
    // difference for counts, and the back-transforms and words for r and proportions (223.1 KB measured; the
    // Mantel–Haenszel engine still loads on demand). +1.2 KB (issue 19 part 7): a plain sentence for each kind of
    // engine problem, shown in place of the engine's text (224.3 KB measured). +1.3 KB (issue 19 part 8): the client of
    // the analysis worker, its status and Cancel, and the paged studies table; the worker itself (about 90 KB) loads
    // when the page is idle and is not counted (225.6 KB measured). +2 KB (issue 19, Mantel–Haenszel and Peto as the
    // Method): the pooled result must come from them when chosen, so their engine (counts-pooling.ts over
    // effect-measures.ts) is now in this script, with the choice's words (228.1 KB measured).
    budget: { kb: 229 },
    nav: { label: 'Analyse data' },
  },
  analysisReport: {
    path: '/analysis/report',
    /** `search`: the analysis page's query (`?ws=…` and its settings), so the report reads the same analysis. */
    href: (search = '') => `/analysis/report${search}`,
    source: 'src/features/analysis/analysis-report-page.tsx',
    component: 'AnalysisReportPage',
    load: 'lazy',
    // Prerendered without a workspace (one is in this browser's storage, named by ?ws=), so it opens offline too.
    prerender: (): string[] => [pages.analysisReport.href()],
    // The analysis engine and workspace store as the analysis page, without its import, mapping and settings panels.
    // +1 KB (issue 19): the Q-profile intervals for τ², τ, I² and H² in its heterogeneity table (205.3 KB measured).
    // +1 KB: the three-level model's section and the repeated-study note (206.8 KB measured; the engine loads on demand).
    // +1 KB: loading the influence and Egger-form sections on demand (207.2 KB measured; their code is not counted).
    // +2 KB: trim-and-fill's result and the funnel plot's filled studies and key (209.5 KB measured).
    // +1 KB: the Mantel–Haenszel and Peto section, its table loaded on demand, and the shared analysis code split in
    // two as on the analysis page (210.5 KB measured). +2 KB (issue 19 part 5): the further measures' layouts,
    // back-transforms and words, as on the analysis page (212.9 KB measured). +1.1 KB: the plain sentences for engine
    // problems, as on the analysis page (214.0 KB measured). +0.8 KB: the analysis worker's client and the paged table,
    // shared with the analysis page (214.8 KB measured). +2 KB: the Mantel–Haenszel and Peto engine, now part of the
    // shared analysis code as on the analysis page (217.3 KB measured).
    budget: { kb: 218 },
  },
  compare: {
    path: '/compare',
    href: ({ programmes = [], types = [] }: CompareLinkSelection = {}) =>
      `/compare${search([
        ...programmes.map((id): [string, string] => ['programme', id]),
        ...types.map((id): [string, string] => ['type', id]),
      ])}`,
    source: 'src/features/compare/compare-page.tsx',
    component: 'ComparePage',
    load: 'lazy',
    prerender: (): string[] => [pages.compare.href()],
    // +4 KB (1.2.0): rows for the other commissioning facts and the newer studies. +2 KB: the at-a-glance table, its
    // copy-as-a-short-table and the print orientation choice; +3 KB: the cost worksheet with its sourced starting
    // figures and the UK hourly unit cost, bundled with the page.
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 159 },
    nav: { label: 'Compare' },
  },
  summary: {
    path: '/summary',
    href: () => '/summary',
    source: 'src/features/compare/summary-page.tsx',
    component: 'SummaryPage',
    load: 'lazy',
    prerender: (): string[] => [pages.summary.href()],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 116 }, // +2 KB (1.2.0): the since-the-review line
    nav: { label: 'Summary table' },
  },
  provision: {
    path: '/provision-and-policy',
    href: () => '/provision-and-policy',
    source: 'src/features/provision/provision-page.tsx',
    component: 'ProvisionPage',
    load: 'lazy',
    prerender: (): string[] => [pages.provision.href()],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 116 }, // the provision and policy facts are bundled with the page (about 9 KB gzip)
    nav: { label: 'Provision and policy' },
  },
  glossary: {
    path: '/glossary',
    href: (termId?: string) => (termId === undefined ? '/glossary' : `/glossary#${termId}`),
    source: 'src/features/glossary/glossary-page.tsx',
    component: 'GlossaryPage',
    load: 'lazy',
    prerender: (): string[] => [pages.glossary.href()],
    budget: { kb: 105 },
    nav: { label: 'Glossary', family: true },
  },
  forestPlotLesson: {
    path: '/learn/forest-plot',
    href: () => '/learn/forest-plot',
    source: 'src/features/learn/forest-plot-lesson-page.tsx',
    component: 'ForestPlotLessonPage',
    load: 'lazy',
    prerender: (): string[] => [pages.forestPlotLesson.href()],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 113 },
    nav: { label: 'Read a forest plot' },
  },
  presentation: {
    path: '/present/:slide?',
    /** `notes`: the handout with the speaker notes (kept in the address, so a shared or reloaded link keeps them). */
    href: ({ slide, view = 'audience', notes = false }: { slide?: number; view?: PresentView; notes?: boolean } = {}) =>
      `/present${slide === undefined ? '' : `/${slide}`}${
        view === 'audience'
          ? ''
          : search(
              notes
                ? [
                    ['view', view],
                    ['notes', 'yes'],
                  ]
                : [['view', view]],
            )
      }`,
    source: 'src/features/present/present-page.tsx',
    component: 'PresentPage',
    load: 'lazy',
    frame: 'none',
    prerender: ({ slideCount }): string[] => [
      pages.presentation.href(),
      ...Array.from({ length: slideCount }, (_, index) => pages.presentation.href({ slide: index + 1 })),
    ],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    // +0.1 KB (issue 19): the analysis report's entry in this registry, which the shared first script carries.
    budget: { kb: 118 },
    nav: { label: 'Present' },
  },
  about: {
    path: '/about',
    href: (sourceId?: string) => (sourceId === undefined ? '/about' : `/about#${sourceAnchor(sourceId)}`),
    source: 'src/features/about/about-page.tsx',
    component: 'AboutPage',
    load: 'lazy',
    prerender: (): string[] => [pages.about.href()],
    // +1.4 KB (2026-12-03) in the first script every page shares: the phone header and menu, the update message
    // naming what changed, the start-up note and the in-place glossary definitions.
    budget: { kb: 114 }, // carries the citation exports
    nav: { label: 'About the evidence', family: true },
  },
  families: {
    path: '/families',
    href: () => '/families',
    source: 'src/features/families/families-index-page.tsx',
    component: 'FamiliesIndexPage',
    load: 'lazy',
    prerender: (): string[] => [pages.families.href()],
    budget: { kb: 110 }, // +2 KB: the help-now box, the contact carried by a shared link and the share sheet
    frame: 'family',
    nav: { label: 'Families', family: true },
  },
  family: {
    path: '/families/:outcomeId',
    /** `section`: the id of a part of the page to open at (its "help now" box). */
    href: (outcomeId: string, section?: 'help-now') => `/families/${outcomeId}${section ? `#${section}` : ''}`,
    source: 'src/features/families/family-outcome-page.tsx',
    component: 'FamilyOutcomePage',
    load: 'lazy',
    prerender: ({ dataset }): string[] => dataset.outcomes.map((outcome) => pages.family.href(outcome.id)),
    budget: { kb: 110 }, // +2 KB: the help-now box, the contact carried by a shared link and the share sheet
    frame: 'family',
  },
} as const satisfies Record<string, RegistryEntry>;

/**
 * A registry entry: a page and its link builder. A page in the navigation is linked to with no arguments.
 */
type RegistryEntry = PageEntry &
  (
    { href: (...args: never[]) => string; nav?: undefined } | { href: () => string; nav: NonNullable<PageEntry['nav']> }
  );

export type PageId = keyof typeof pages;

/** Every page with its id, in registry order. */
export const PAGE_LIST: readonly (RegistryEntry & { id: PageId })[] = Object.entries(pages).map(([id, page]) => ({
  ...(page as RegistryEntry),
  id: id as PageId,
}));

/** The main navigation: the pages with a `nav` label, in registry order. */
export const NAVIGATION: readonly { id: PageId; to: string; label: string; end?: boolean; family?: boolean }[] =
  PAGE_LIST.flatMap((page) => (page.nav ? [{ id: page.id, to: page.href(), ...page.nav }] : []));

/**
 * Every address the build renders to HTML, for every page, in registry order. The service worker's precache takes
 * these pages (with the app's files and the dataset).
 */
export function prerenderPathsOfEveryPage(context: PrerenderContext): string[] {
  return PAGE_LIST.flatMap((page) => page.prerender(context));
}
