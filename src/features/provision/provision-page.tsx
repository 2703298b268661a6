import { Link } from 'react-router';
import { WarningCallout } from '../../components/callouts';
import { CitedLinkAnchor } from '../../components/cited-source-anchor';
import { useDocumentTitle } from '../../components/use-document-title';
import { provisionAndPolicy } from '../../data/provision';
import { citedAddress } from '../../domain/evidence/source-hosts';
import { pages } from '../../domain/pages/pages';
import {
  figureLabel,
  groupByNation,
  sourceHost,
  type ProvisionEntry,
  type ProvisionNation,
} from '../../domain/provision/provision';

const nationAnchor = (nation: ProvisionNation) => `nation-${nation.toLowerCase().replace(/\s+/g, '-')}`;
const entryAnchor = (id: string) => `fact-${id}`;

/** A provision fact's source, named by its site, at the address we cite (a copy is labelled as one). */
function SourceAddress({ url }: { url: string }) {
  const link = citedAddress(url);
  return <CitedLinkAnchor link={link}>{sourceHost(link?.href ?? url)}</CitedLinkAnchor>;
}

function Entry({ entry }: { entry: ProvisionEntry }) {
  const figures = entry.figures ? Object.entries(entry.figures) : [];
  return (
    <li id={entryAnchor(entry.id)} className="provision-entry mb-4 border-l-[6px] border-nhs-blue bg-white p-4">
      <p className="mb-2 font-bold">{entry.claim}</p>
      <dl className="grid gap-x-4 text-base sm:grid-cols-[9rem_1fr]">
        <dt className="font-bold">Date</dt>
        <dd className="mb-1">{entry.date}</dd>
        {figures.length > 0 ? (
          <>
            <dt className="font-bold">Figures as printed</dt>
            <dd className="mb-1">
              <ul className="list-none pl-0">
                {figures.map(([key, value]) => (
                  <li key={key} className="mb-0">
                    {figureLabel(key)}: {value}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="font-bold">Source</dt>
        <dd className="mb-1 [overflow-wrap:anywhere]">
          {entry.sourceKind}: <SourceAddress url={entry.sourceUrl} />
        </dd>
        <dt className="font-bold">Its words</dt>
        <dd className="mb-1">
          <q>{entry.quote}</q>
          {entry.extraQuotes.length > 0 ? (
            <ul className="mt-1 list-disc pl-6">
              {entry.extraQuotes.map((extra, index) => (
                <li key={index} className="mb-0 [overflow-wrap:anywhere]">
                  <q>{extra.quote}</q> (<SourceAddress url={extra.sourceUrl} />)
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        {entry.caution ? (
          <>
            <dt className="font-bold">Take care</dt>
            <dd className="mb-0">{entry.caution}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/** UK guidance, policy, funding and provision, grouped by nation, every fact with its date, source and words. */
export function ProvisionPage() {
  useDocumentTitle('UK provision and policy');
  const { page, entries } = provisionAndPolicy;
  const groups = groupByNation(entries);
  return (
    <div className="provision-page">
      <h1>UK provision and policy</h1>
      <p className="text-xl">{page.intro}</p>
      <p>
        For the evidence itself, see the <Link to={pages.summary.href()}>summary of findings</Link> or{' '}
        <Link to={pages.compare.href()}>compare programmes</Link>.
      </p>

      <WarningCallout heading={page.notCovered.heading}>
        <ul className="list-disc pl-6">
          {page.notCovered.points.map((point, index) => (
            <li key={index}>
              {point.text} Based on:{' '}
              {point.basedOn.map(({ id, label }, at) => (
                <span key={id}>
                  <a href={`#${entryAnchor(id)}`}>{label}</a>
                  {at < point.basedOn.length - 1 ? '; ' : '.'}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </WarningCallout>

      <nav aria-label="Nations on this page">
        <h2 className="text-xl">By nation</h2>
        <ul className="list-disc pl-6">
          {groups.map((group) => {
            const count = group.kinds.reduce((total, kind) => total + kind.entries.length, 0);
            return (
              <li key={group.nation}>
                <a href={`#${nationAnchor(group.nation)}`}>{page.nationLabels[group.nation]}</a> (
                {count === 0 ? 'none in our sources' : `${count} ${count === 1 ? 'fact' : 'facts'}`})
              </li>
            );
          })}
        </ul>
      </nav>

      {groups.map((group) => (
        <section key={group.nation} aria-labelledby={nationAnchor(group.nation)}>
          <h2 id={nationAnchor(group.nation)}>{page.nationLabels[group.nation]}</h2>
          {group.kinds.length === 0 ? <p>{page.noEntries}</p> : null}
          {group.kinds.map((kind) => (
            <div key={kind.kind}>
              <h3>{page.kindLabels[kind.kind]}</h3>
              <ul className="list-none pl-0">
                {kind.entries.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
