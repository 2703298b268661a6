import { CitedSourceAnchor } from '../../components/cited-source-anchor';
import type { HelpNowEntry } from '../../domain/evidence/evidence-schema';
import { useEvidence } from '../../data/evidence-query';
import { findSource } from '../../domain/evidence/lookup';
import { asSentence, type FamilyHelpNow } from './family-page-content';

function Entry({ entry, emphasis = false }: { entry: HelpNowEntry; emphasis?: boolean }) {
  const dataset = useEvidence();
  const source = findSource(dataset, entry.sourceId);
  return (
    <li className={emphasis ? 'text-xl print:text-[13pt]' : ''}>
      <strong>{entry.name}:</strong> {asSentence(entry.contact)} {entry.when}{' '}
      {source?.url ? (
        <CitedSourceAnchor dataset={dataset} source={source} className="text-base font-normal print:text-[9pt]">
          Source: {entry.sourceName}
        </CitedSourceAnchor>
      ) : (
        <span className="text-base print:text-[9pt]">Source: {entry.sourceName}</span>
      )}
    </li>
  );
}

/**
 * "If you need help now", near the top of every family page. The emergency line and the UK-wide contacts show at once;
 * each nation's contacts fold on screen, so a phone reaches the research quickly, and all print open
 * (family-print.css).
 */
export function HelpNowBox({ help }: { help: FamilyHelpNow }) {
  return (
    <section
      id="help-now"
      aria-labelledby="family-help-now"
      className="help-now my-6 border-4 border-nhs-red bg-white p-4 print:my-2 print:border-2 print:p-2 print:text-[10.5pt] print:leading-snug [&>*:last-child]:mb-0"
      data-testid="help-now"
    >
      <h2 id="family-help-now" className="mt-0">
        {help.heading}
      </h2>
      <p>{help.intro.join(' ')}</p>
      {help.emergency ? (
        <ul className="mb-3 list-none pl-0 print:mb-1">
          <Entry entry={help.emergency} emphasis />
        </ul>
      ) : null}
      <div>
        {help.groups.map((group) =>
          group.nation === 'UK' ? (
            <div key={group.nation} className="print:break-inside-avoid">
              <h3 className="mt-0 text-lg print:text-[12pt]">{group.label}</h3>
              <ul className="list-disc space-y-1 pl-6 print:space-y-0">
                {group.entries.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </ul>
            </div>
          ) : (
            <details
              key={group.nation}
              className="mt-2 border-t border-nhs-grey-4 pt-2 print:mt-1 print:break-inside-avoid print:pt-1"
            >
              <summary className="cursor-pointer py-1 font-bold text-nhs-blue print:text-black">{group.label}</summary>
              <ul className="mt-1 list-disc space-y-1 pl-6 print:space-y-0">
                {group.entries.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </ul>
            </details>
          ),
        )}
      </div>
    </section>
  );
}
