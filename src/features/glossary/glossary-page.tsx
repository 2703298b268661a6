import { useDocumentTitle } from '../../components/use-document-title';
import { useFocusHashTarget } from '../../components/use-focus-hash-target';
import { GLOSSARY } from '../../domain/glossary/all-terms';

export function GlossaryPage() {
  useDocumentTitle('Glossary');
  useFocusHashTarget();
  return (
    <>
      <h1>Glossary</h1>
      <p className="text-xl">
        The technical words this site uses, in plain English. Wherever one appears in a page, you can hover over it or
        move to it with the keyboard to see its meaning.
      </p>
      <dl className="space-y-4">
        {GLOSSARY.map((entry) => (
          <div key={entry.id} id={entry.id} tabIndex={-1} className="scroll-mt-4 bg-white p-4">
            <dt className="text-xl font-bold">{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
