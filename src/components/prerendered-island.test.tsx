import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { PrerenderedIsland } from './prerendered-island';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function Page({ version, label }: { version: string; label: string }) {
  return (
    <MemoryRouter initialEntries={['/interventions']}>
      <PrerenderedIsland id="findings" version={version}>
        <p>{label}</p>
        <a href="/interventions/gabi">GABI</a>
      </PrerenderedIsland>
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>
  );
}

const ownedByReact = (node: Node) => Object.keys(node).some((key) => key.startsWith('__react'));

afterEach(() => {
  document.body.replaceChildren();
});

describe('PrerenderedIsland', () => {
  it('keeps the prerendered markup un-hydrated until its version changes, then draws the children', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Page version="" label="Every programme" />);
    document.body.append(container);
    const parsed = container.querySelector('#findings p');
    expect(parsed).not.toBeNull();

    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, <Page version="" label="Every programme" />);
    });
    expect(container.querySelector('#findings p')).toBe(parsed);
    expect(ownedByReact(parsed as Node)).toBe(false);

    // A link inside the kept markup is followed by the router, without leaving the page.
    act(() => {
      screen.getByRole('link', { name: 'GABI' }).click();
    });
    expect(screen.getByTestId('where')).toHaveTextContent('/interventions/gabi');

    act(() => {
      root?.render(<Page version="type=dyadic" label="Dyadic programmes" />);
    });
    expect(screen.getByText('Dyadic programmes')).toBeInTheDocument();
    expect(ownedByReact(container.querySelector('#findings p') as Node)).toBe(true);

    // It never goes back to the build's markup, even for the first version.
    act(() => {
      root?.render(<Page version="" label="Every programme again" />);
    });
    expect(screen.getByText('Every programme again')).toBeInTheDocument();
    act(() => root?.unmount());
  });

  it('moves the parsed nodes, never re-parsing markup, when React renders the page afresh instead of hydrating', () => {
    const parsedPage = document.createElement('div');
    parsedPage.innerHTML = renderToString(<Page version="" label="Every programme" />);
    document.body.append(parsedPage);
    const parsed = parsedPage.querySelector('#findings p');
    const fresh = document.createElement('div');
    document.body.append(fresh);
    let root: Root | undefined;
    act(() => {
      root = createRoot(fresh);
      root.render(<Page version="" label="Every programme" />);
    });
    // By attribute: the page now has two elements with that id, and jsdom looks an id up in the whole document.
    expect(fresh.querySelector('[data-island-version] p')).toBe(parsed);
    expect(ownedByReact(parsed as Node)).toBe(false);
    act(() => root?.unmount());
  });

  it('draws the children when the page did not hold the island (a page reached in the app)', () => {
    render(<Page version="" label="Every programme" />);
    expect(ownedByReact(screen.getByText('Every programme'))).toBe(true);
  });
});

function Cell({ label }: { label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details data-island-key="cell-1" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>2 improved</summary>
      {open ? <p>{label}</p> : null}
    </details>
  );
}

describe('PrerenderedIsland with contents drawn on demand', () => {
  it('hands the island to React when the reader opens a kept <details>, which React draws open with the focus kept', async () => {
    const page = (
      <MemoryRouter>
        <PrerenderedIsland id="cells" version="">
          <Cell label="The trial’s own words" />
        </PrerenderedIsland>
      </MemoryRouter>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    expect(container.textContent).not.toContain('The trial’s own words');
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, page);
    });
    const keptSummary = container.querySelector('summary') as HTMLElement;
    expect(ownedByReact(keptSummary)).toBe(false);

    keptSummary.focus();
    await act(async () => {
      keptSummary.click();
      // jsdom fires 'toggle' in a later task, as browsers do.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(ownedByReact(details)).toBe(true);
    expect(details.open).toBe(true);
    expect(screen.getByText('The trial’s own words')).toBeInTheDocument();
    expect(document.activeElement).toBe(details.querySelector('summary'));
    act(() => root?.unmount());
  });

  it('hands the island to React at the first pointer over it, when asked', () => {
    const page = (label: string) => (
      <MemoryRouter>
        <PrerenderedIsland id="drawing" version="" handOverOnPointer>
          <p>{label}</p>
        </PrerenderedIsland>
      </MemoryRouter>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page('Drawn by the build'));
    document.body.append(container);
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, page('Drawn in the browser, with tooltips'));
    });
    expect(screen.getByText('Drawn by the build')).toBeInTheDocument();
    act(() => {
      screen.getByText('Drawn by the build').dispatchEvent(new Event('pointerover', { bubbles: true }));
    });
    expect(screen.getByText('Drawn in the browser, with tooltips')).toBeInTheDocument();
    act(() => root?.unmount());
  });
});

describe('raw markup', () => {
  it('is never written: the only dangerouslySetInnerHTML in the app is the island’s constant empty string', () => {
    const source = join(process.cwd(), 'src');
    const files = (readdirSync(source, { recursive: true }) as string[]).filter(
      (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name),
    );
    const users = files.filter((name) => readFileSync(join(source, name), 'utf8').includes('dangerouslySetInnerHTML='));
    expect(users).toEqual([join('components', 'prerendered-island.tsx')]);
    expect(readFileSync(join(source, 'components', 'prerendered-island.tsx'), 'utf8')).toMatch(
      /dangerouslySetInnerHTML=\{NO_MARKUP\}/,
    );
  });
});
