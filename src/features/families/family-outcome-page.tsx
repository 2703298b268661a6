import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import { findOutcome } from '../../domain/evidence/lookup';
import { CHROME } from './family-chrome-text';
import { familyOutcomePage } from './family-page-content';
import { ContactBox, FamilyPage, FamilySectionView, ShareLink, WhereFrom } from './family-parts';
import { pages } from '../../domain/pages/pages';
import { HelpNowBox } from './help-now-box';

function NotFound({ outcomeId }: { outcomeId: string | undefined }) {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page for families called “{outcomeId}”. See{' '}
        <Link to={pages.families.href()}>{CHROME.allPages.toLowerCase()}</Link>.
      </p>
    </>
  );
}

/** One outcome for parents and carers: the same verdict as the practitioner page, in everyday words, to print or share. */
export function FamilyOutcomePage() {
  const { outcomeId } = useParams();
  const dataset = useEvidence();
  const outcome = findOutcome(dataset, outcomeId);
  const content = outcome ? familyOutcomePage(dataset, outcome) : null;
  useDocumentTitle(content ? `For families: ${content.title}` : 'Page not found');
  if (!outcome || !content) return <NotFound outcomeId={outcomeId} />;
  const questions = content.sections.find((section) => section.id === 'questions');

  return (
    <FamilyPage>
      <p className="mb-2 text-base print:hidden">
        <Link to={pages.families.href()}>{CHROME.allPages}</Link>
      </p>
      <h1>{content.title}</h1>
      <p>{content.lead.join(' ')}</p>
      <HelpNowBox help={content.helpNow} />
      {content.sections
        .filter((section) => section.id !== 'questions')
        .map((section) => (
          <FamilySectionView key={section.id} section={section} highlight={section.id === 'found'} />
        ))}
      {/* On paper the questions and the contact box sit side by side, to keep the page to one sheet. */}
      <div className="print:grid print:grid-cols-[3fr_2fr] print:items-end print:gap-4">
        {questions ? <FamilySectionView section={questions} /> : null}
        <ContactBox />
      </div>
      <p className="text-base print:mb-0 print:mt-2 print:text-[10pt]">{CHROME.notAdvice}</p>
      <ShareLink />
      <WhereFrom sources={content.sources} />
      <p className="mt-6 text-base print:hidden">
        <Link to={pages.outcome.href(outcome.id)}>{CHROME.forPractitioners}</Link>
      </p>
    </FamilyPage>
  );
}
