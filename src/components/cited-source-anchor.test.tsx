import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { citedAddress } from '../domain/evidence/source-hosts';
import { CitedLinkAnchor } from './cited-source-anchor';

describe('CitedLinkAnchor', () => {
  it('links the address we cite, and labels a copy with no original in our sources', () => {
    render(
      <p>
        <CitedLinkAnchor link={citedAddress('https://www.scribd.com/document/1')} ariaLabel="Source for dose">
          scribd.com
        </CitedLinkAnchor>
      </p>,
    );
    const link = screen.getByRole('link', { name: 'Source for dose (secondary copy, on a document-sharing site)' });
    expect(link).toHaveAttribute('href', 'https://www.scribd.com/document/1');
    expect(link.parentElement).toHaveTextContent('scribd.com (secondary copy)');
  });

  it('shows the words alone when there is no address', () => {
    render(<CitedLinkAnchor link={null}>Source: a leaflet</CitedLinkAnchor>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Source: a leaflet')).toBeInTheDocument();
  });
});
