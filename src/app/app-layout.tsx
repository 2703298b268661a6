import { Suspense, lazy, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LoadingEvidence } from '../components/evidence-suspense';
import { useTrayIsEmpty } from '../components/comparison-tray-storage';
import { PrintFooter } from '../components/print-footer';
import { RouteError, RouteErrorBoundary } from '../components/route-error';
import { UpdateBanner } from '../components/update-banner';
import { NAVIGATION, pages } from '../domain/pages/pages';

// The tray's code loads only once someone has picked a programme, so pages that never use it do not download it.
const ComparisonTray = lazy(async () => ({ default: (await import('../components/comparison-tray')).ComparisonTray }));

function ComparisonTrayWhenUsed() {
  if (useTrayIsEmpty()) return null;
  // If its code cannot be downloaded (offline before the service worker has it), the tray is left out, not the page.
  return (
    <RouteErrorBoundary resetKey="comparison-tray" fallback={() => null}>
      <Suspense fallback={null}>
        <ComparisonTray />
      </Suspense>
    </RouteErrorBoundary>
  );
}

/**
 * The frame of every page: skip link, header, navigation, main content, footer. On a phone the header is one line
 * (the site's name, a Families link and a Menu button that opens the navigation), so the page's heading is on the
 * first screen.
 */
export function AppLayout({ error, frame = 'site' }: { error?: { value: unknown }; frame?: 'site' | 'family' } = {}) {
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-2"
      >
        Skip to main content
      </a>
      <header className="bg-nhs-blue text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:flex-wrap sm:py-4 xl:max-w-[96rem]">
          <a
            href={pages.home.href()}
            className="text-lg font-bold leading-tight text-white no-underline visited:text-white hover:text-white sm:text-2xl"
          >
            Under-5s Evidence Explorer
          </a>
          <span className="hidden text-base sm:inline">Psychodynamic help for babies, young children and parents</span>
          <div className="flex shrink-0 items-center gap-2 sm:hidden">
            <NavLink
              to={pages.families.href()}
              className="inline-block px-1 py-2 text-base font-bold text-white underline visited:text-white hover:text-white"
            >
              Families
            </NavLink>
            <button
              type="button"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen((open) => !open)}
              className="border-2 border-white px-3 py-2 font-bold text-white"
            >
              Menu
            </button>
          </div>
        </div>
        <nav aria-label="Main" className="bg-nhs-dark-blue">
          {/* From 1280 px (a laptop, a projector) the bar is wider than the page and its text 15 px (16 px from 1366 px), so
              every page's link fits on one line; below that it wraps. */}
          <ul
            className={`${menuOpen ? 'flex' : 'hidden'} mx-auto mb-0 max-w-5xl flex-col px-4 sm:flex sm:flex-row sm:flex-wrap sm:gap-x-5 xl:max-w-[96rem] xl:gap-x-2 min-[80rem]:text-[0.9375rem] min-[85.375rem]:text-base ${frame === 'site' ? 'xl:justify-between' : 'xl:gap-x-5'}`}
          >
            {NAVIGATION.filter((item) => frame === 'site' || item.family).map((item) => (
              <li key={item.id} className="mb-0">
                <NavLink
                  to={item.to}
                  end={item.end}
                  // Going to a page closes the menu.
                  onClick={() => setMenuOpen(false)}
                  className={({ isActive }) =>
                    `inline-block py-3 text-white visited:text-white hover:text-white ${isActive ? 'font-bold underline decoration-4 underline-offset-8' : 'no-underline'}`
                  }
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* With an error in the frame itself, only the plain parts of it are drawn around the message. */}
      {error ? null : <UpdateBanner />}
      {error ? null : <ComparisonTrayWhenUsed />}
      <main
        id="main-content"
        tabIndex={-1}
        className="mx-auto min-h-screen w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
      >
        {error ? (
          <RouteError error={error.value} />
        ) : (
          <Suspense fallback={<LoadingEvidence />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      {error ? null : <PrintFooter />}
      <footer className="site-footer border-t-4 border-nhs-blue bg-nhs-pale-grey">
        <div className="mx-auto max-w-5xl px-4 py-6 text-base text-nhs-dark-grey">
          <p>
            An independent guide to one review: Sleed, Li, Vainieri and Midgley, Anna Freud Centre (report 2022; journal
            article 2023). It does not replace clinical judgement or the review itself.
          </p>
          <p className="mb-0">No cookies, no tracking: this site sends nothing about you anywhere.</p>
        </div>
      </footer>
    </div>
  );
}
