import { useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { SourceLink } from '../../components/source-link';
import { useEvidence } from '../../data/evidence-query';
import { findSource, sourceDisplayName } from '../../domain/evidence/lookup';
import { CHROME } from './family-chrome-text';
import { sourceSupportsText, WHERE_FROM_INTRO, type FamilySection, type FamilySource } from './family-page-content';
import './family-print.css';
import { useOrigin } from '../../components/use-origin';

/** The frame of a family page: large, calm type on screen; the print rules in family-print.css fit it to one A4 page. */
export function FamilyPage({ children }: { children: ReactNode }) {
  return <article className="family-page max-w-3xl text-lg sm:text-xl">{children}</article>;
}

export function FamilySectionView({ section, highlight = false }: { section: FamilySection; highlight?: boolean }) {
  const headingId = `family-${section.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={
        highlight
          ? 'my-6 border-l-[10px] border-nhs-blue bg-white p-4 print:my-2 print:border-l-[6px] print:p-0 print:pl-3 [&>*:last-child]:mb-0'
          : ''
      }
    >
      <h2 id={headingId} className={highlight ? 'mt-0' : ''}>
        {section.heading}
      </h2>
      {section.paragraphs.length > 0 ? (
        <p className={highlight ? 'font-bold' : ''}>
          {/* One paragraph of short sentences reads as one thought and saves space on the printed page. */}
          {section.paragraphs.join(' ')}
        </p>
      ) : null}
      {section.bullets ? (
        <ul className="list-disc space-y-1 pl-6 print:space-y-0">
          {section.bullets.map((bullet) => (
            <li key={bullet}>{bullet}</li>
          ))}
        </ul>
      ) : null}
      {section.after ? <p className="text-base text-nhs-dark-grey print:text-[11pt]">{section.after}</p> : null}
    </section>
  );
}

/** The longest contact a shared link carries; anything longer is cut, so a link cannot carry a long message. */
export const CONTACT_MAX_LENGTH = 120;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A contact as a link may carry it: no control characters, single spaces, at most CONTACT_MAX_LENGTH characters. */
export function cleanContact(value: string | null): string {
  if (value === null) return '';
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().slice(0, CONTACT_MAX_LENGTH).trim();
}

/** The practitioner's contact carried by the shared link (`?contact=`), cleaned; '' when there is none. */
export function useSharedContact(): string {
  const [search] = useSearchParams();
  return cleanContact(search.get(CONTACT_PARAMETER));
}

export const CONTACT_PARAMETER = 'contact';

/**
 * The practitioner's contact. On paper: the contact the link carries, or blank lines to write one on. On screen, only
 * when the link carries one, said to come from whoever sent the link (this site did not write or check it).
 */
export function ContactBox() {
  const contact = useSharedContact();
  return (
    <div
      className={`${contact ? 'my-6 bg-white p-4' : 'hidden'} border-2 border-black print:mt-3 print:block print:break-inside-avoid print:p-3`}
      data-testid="contact-box"
    >
      <p className="mb-0 font-bold">{CHROME.contact}:</p>
      {contact ? (
        <>
          {/* React writes it as text, never as markup. */}
          <p className="mb-0 text-xl [overflow-wrap:anywhere]" data-testid="shared-contact">
            {contact}
          </p>
          <p className="mb-0 mt-1 text-base text-nhs-dark-grey print:hidden">{CHROME.contactFromLink}</p>
        </>
      ) : (
        <>
          {/* Blank lines to write a name and a phone number on. */}
          <span className="block h-9 border-b border-black" />
          <span className="block h-9 border-b border-black" />
        </>
      )}
    </div>
  );
}

/** Whether this browser has a share sheet; false on the server and in the first render, so hydration matches. */
function useCanShare(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
}
const noSubscription = () => () => undefined;

/**
 * The page's address to send on: the practitioner can add a contact to it, copy it, or use the phone's share sheet;
 * if the clipboard is refused, the text is selected.
 */
export function ShareLink() {
  const { pathname } = useLocation();
  const origin = useOrigin();
  const [contact, setContact] = useState(useSharedContact());
  const cleaned = cleanContact(contact);
  const url = `${origin}${pathname}${cleaned ? `?${new URLSearchParams([[CONTACT_PARAMETER, cleaned]]).toString()}` : ''}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const inputId = useId();
  const contactId = useId();
  const contactHintId = useId();
  const canShare = useCanShare();

  const copy = async () => {
    try {
      // navigator.clipboard is missing outside secure contexts, and writeText can be refused by policy.
      if (!('clipboard' in navigator)) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus(CHROME.copied);
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setStatus(CHROME.copyFallback);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: document.title, url });
      setStatus('');
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy();
    }
  };

  const button = 'px-4 py-2 font-bold';
  return (
    <section aria-labelledby="family-share" className="my-8 bg-white p-4 print:my-1 print:bg-transparent print:p-0">
      <h2 id="family-share" className="mt-0 print:hidden">
        {CHROME.shareHeading}
      </h2>
      <p className="print:hidden">{CHROME.shareHint}</p>
      <div className="mb-4 print:hidden">
        <label htmlFor={contactId} className="block font-bold">
          {CHROME.contactLabel}
        </label>
        <p id={contactHintId} className="mb-1 text-base text-nhs-dark-grey">
          {CHROME.contactHint}
        </p>
        <input
          id={contactId}
          type="text"
          value={contact}
          maxLength={CONTACT_MAX_LENGTH}
          autoComplete="off"
          aria-describedby={contactHintId}
          onChange={(event) => setContact(event.currentTarget.value)}
          className="block w-full border-2 border-nhs-black bg-white px-2 py-1 text-base"
        />
      </div>
      <label htmlFor={inputId} className="block font-bold print:inline print:text-[11pt]">
        {CHROME.linkLabel}
        <span className="hidden print:inline [overflow-wrap:anywhere]">: {url}</span>
      </label>
      {/* The address on a row of its own, full width, so a phone shows it whole; the buttons wrap below. */}
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        className="block w-full border-2 border-nhs-black bg-white px-2 py-1 text-base print:hidden"
      />
      <div className="mt-2 flex flex-wrap gap-2 print:hidden">
        {canShare ? (
          <button
            type="button"
            onClick={() => void share()}
            className={`${button} bg-nhs-blue text-white shadow-[0_4px_0_var(--color-nhs-dark-blue)] hover:bg-nhs-dark-blue`}
          >
            {CHROME.share}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => void copy()}
          className={`${button} bg-nhs-green text-white shadow-[0_4px_0_var(--color-nhs-dark-green)] hover:bg-nhs-dark-green`}
        >
          {CHROME.copy}
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          className={`${button} border-2 border-nhs-blue bg-white text-nhs-blue hover:bg-nhs-grey-5`}
        >
          {CHROME.print}
        </button>
      </div>
      <p role="status" className="mb-0 mt-2 min-h-[1.5em] text-base print:hidden">
        {status}
      </p>
    </section>
  );
}

/** "Where this comes from": every source the page leans on, with what it supports, each one click from its entry. */
export function WhereFrom({ sources }: { sources: FamilySource[] }) {
  const dataset = useEvidence();
  // A title where the source has one; otherwise just the site's name, which reads better than a long address.
  const nameOf = (sourceId: string) => {
    const source = findSource(dataset, sourceId);
    if (!source) return sourceId;
    return (
      source.title ?? (source.url ? new URL(source.url).hostname.replace(/^www\./, '') : sourceDisplayName(source))
    );
  };
  const programmeSources = sources.filter(
    (source) => source.programmes.length > 0 && source.supports.length === source.programmes.length,
  );
  const programmes = [...new Set(programmeSources.flatMap((source) => source.programmes))];
  const otherSources = sources.filter((source) => !programmeSources.includes(source));
  return (
    <section
      aria-labelledby="family-where-from"
      className="mt-8 text-base print:mt-1 print:text-[8pt] print:leading-tight"
    >
      <h2 id="family-where-from" className="print:!mt-1 print:!text-[10pt]">
        {CHROME.whereFrom}
      </h2>
      <p className="print:mb-0.5">{WHERE_FROM_INTRO.join(' ')}</p>
      <ul className="list-disc space-y-1 pl-6 print:hidden">
        {sources.map((source) => (
          <li key={source.sourceId}>
            {sourceSupportsText(source)}: {nameOf(source.sourceId)}{' '}
            <SourceLink sourceId={source.sourceId} figure={source.supports.join('; ')} />
          </li>
        ))}
      </ul>
      {/* On paper the links cannot be followed: a compact list, and the printed address leads back to the full one. */}
      <p className="mb-0 hidden print:block" data-testid="printed-sources">
        {otherSources.map((source) => `${sourceSupportsText(source)}: ${nameOf(source.sourceId)}.`).join(' ')}
        {programmes.length > 0
          ? ` Taking part: ${String(programmeSources.length)} web pages and papers about ${programmes.join(', ')}.`
          : ''}
      </p>
    </section>
  );
}
