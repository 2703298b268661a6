import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { CHROME } from './family-chrome-text';
import { familyIndexPage } from './family-page-content';
import { FamilyPage, FamilySectionView, ShareLink, WhereFrom } from './family-parts';
import { pages } from '../../domain/pages/pages';
import { HelpNowBox } from './help-now-box';

/** The way in for parents and carers: what this help is, and one line per outcome, each linking to its own page. */
export function FamiliesIndexPage() {
  const dataset = useEvidence();
  const content = familyIndexPage(dataset);
  useDocumentTitle(content.title);

  return (
    <FamilyPage>
      <h1>{content.title}</h1>
      <p>{content.lead.join(' ')}</p>
      <HelpNowBox help={content.helpNow} />
      <section aria-labelledby="family-outcomes">
        <h2 id="family-outcomes">What the research found</h2>
        <ul className="space-y-3 print:space-y-1">
          {content.outcomes.map((outcome) => (
            <li key={outcome.outcomeId} className="border-l-[6px] border-nhs-blue bg-white p-4 print:py-1 print:pl-3">
              <h3 className="mt-0">
                <Link to={pages.family.href(outcome.outcomeId)}>{outcome.title}</Link>
              </h3>
              <p className="mb-0">
                <strong>{outcome.verdict.label}.</strong> {outcome.verdict.found[0]}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {content.sections.map((section) => (
        <FamilySectionView key={section.id} section={section} />
      ))}
      <ShareLink />
      <p className="text-base">{CHROME.notAdvice}</p>
      <WhereFrom sources={content.sources} />
    </FamilyPage>
  );
}
