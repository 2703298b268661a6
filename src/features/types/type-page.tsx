import { countTrialsAndReports, formatTrialCount } from '../../domain/evidence/trials';
import { Link, useParams } from 'react-router';
import { InsetText, WarningCallout } from '../../components/callouts';
import { Term } from '../../components/glossary-term';
import { pooledResultTerm } from '../../domain/glossary/pooled-result';
import { SourceLink } from '../../components/source-link';
import { useDocumentTitle } from '../../components/use-document-title';
import { useEvidence } from '../../data/evidence-query';
import type { InterventionTypeId } from '../../domain/evidence/evidence-schema';
import { pages } from '../../domain/pages/pages';

// Our own words on each approach and how it differs from the other two.
const DIFFERENCES: Record<InterventionTypeId, { approach: string; differs: string }> = {
  mentalization: {
    approach:
      'The worker helps the parent become curious about what might be going on in their child’s mind, and in their own: what the child might be feeling or wanting, and how the parent’s own feelings shape how they respond. The aim is a parent who can “hold the child in mind”, especially when things are hard.',
    differs:
      'Attachment-based programmes also care about the parent’s understanding, but focus more on the parent’s caregiving: being a safe base and a safe haven. Dyadic psychotherapy makes the parent-child relationship itself the focus, with both in the room. The mentalization-based programmes in our dataset reach parents through home visits, one-to-one sessions or groups.',
  },
  attachment: {
    approach:
      'The worker helps the parent see when their child needs comfort and when the child needs freedom to explore, and to respond to both. Many programmes use video, groups or home visits, and draw on psychodynamic ideas about how a parent’s own upbringing shapes their responses.',
    differs:
      'Compared with mentalization-based help, the focus is more on the parent’s caregiving and the child’s sense of security. Compared with dyadic psychotherapy, several of these programmes follow a set structure or manual, and many are delivered in groups.',
  },
  dyadic: {
    approach:
      'A therapist sees the parent and baby or young child together (dyadic), sometimes with both parents (triadic). The therapist watches how they are together and helps the parent make links between feelings from their own past and what happens with the child now.',
    differs:
      'Here the relationship between parent and child is itself the focus of the therapy, with both in the room. Some attachment-based groups include children too, but they follow a set programme; dyadic psychotherapy usually follows what the family brings, and is often led by a psychotherapist or psychoanalyst.',
  },
};

/** "2 trials (3 reports) in our sources."; "No trials in our sources." (never "in our sources" twice: audit P17). */
const inOurSources = (count: string) => (count.endsWith('in our sources') ? `${count}.` : `${count} in our sources.`);

export function TypePage() {
  const { typeId } = useParams();
  const dataset = useEvidence();
  const type = dataset.review.interventionTypes.find((candidate) => candidate.id === typeId);
  useDocumentTitle(type ? `${type.name} interventions` : 'Type not found');
  if (!type) {
    return (
      <>
        <h1>Type not found</h1>
        <p>
          The review grouped interventions into three types:{' '}
          {dataset.review.interventionTypes.map((item) => item.name).join(', ')}. See{' '}
          <Link to={pages.catalogue.href()}>all interventions</Link>.
        </p>
      </>
    );
  }
  const programmes = dataset.programmes.filter((programme) => programme.type === type.id);
  const text = DIFFERENCES[type.id];

  return (
    <>
      <p className="mb-2">
        <Link to={pages.catalogue.href()}>All interventions</Link>
      </p>
      <h1>{type.name} interventions</h1>
      <p className="text-xl">{type.summary}</p>
      <p className="text-base text-nhs-dark-grey">
        The review’s own name for this group: “{type.labelAsReported}”.{' '}
        <SourceLink sourceId={type.sourceId} figure={`the type “${type.labelAsReported}”`} />
      </p>

      <h2>The approach in plain words</h2>
      <p>{text.approach}</p>
      <h2>How it differs from the other two types</h2>
      <p>{text.differs}</p>
      <p className="text-base text-nhs-dark-grey">
        Our words: these two sections are our own plain description, not taken from the review or the news release.
      </p>
      <p>
        Other types:{' '}
        {dataset.review.interventionTypes
          .filter((other) => other.id !== type.id)
          .map((other, index) => (
            <span key={other.id}>
              {index > 0 ? ', ' : ''}
              <Link to={pages.type.href(other.id)}>{other.name}</Link>
            </span>
          ))}
        .
      </p>

      <h2>Programmes of this type in our dataset</h2>
      <InsetText>
        <p>
          Which programme belongs to which type is <strong>our coding</strong>. The review’s own coding of each study is
          not in our sources, and several programmes fit more than one type.
        </p>
      </InsetText>
      <p>
        These programmes, and their trials, are the ones our sources name. They are not the review’s list of its{' '}
        {dataset.review.keyFigures.find((figure) => figure.id === 'studies')?.display ?? ''} studies, which is not in
        our sources.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {programmes.map((programme) => (
          <li key={programme.id}>
            <Link to={pages.programme.href(programme.id)}>{programme.name}</Link>: {programme.catalogue.summary}{' '}
            <span className="text-nhs-dark-grey">
              ({inOurSources(formatTrialCount(countTrialsAndReports(dataset, programme.id)))})
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={pages.catalogue.href({ type: type.id })}>
          See these programmes in the catalogue, with their evidence map
        </Link>
      </p>

      <h2>What the review’s results say about this type</h2>
      <WarningCallout heading="No results for this type on its own">
        <p>
          Our sources give the review’s <Term entry={pooledResultTerm}>pooled results</Term> for the controlled studies
          together, not for each type. They do not say whether the review compared the types. With no results for{' '}
          {type.name.toLowerCase()} interventions on their own, we cannot say whether this type works better or worse
          than the others.
        </p>
        <p>
          What the pooled results do say, for all types together, is on the{' '}
          <Link to={pages.outcomes.href()}>outcomes page</Link>.
        </p>
      </WarningCallout>
    </>
  );
}
