#!/usr/bin/env node
// Builds public/data/evidence.json from the evidence files in ../shared/evidence plus the sentences we wrote
// ourselves (below). Facts and figures are copied; every sentence shown to users is ours.
// Run: node scripts/build-evidence.mjs [path/to/shared/evidence]. The output is committed, so the app never needs
// ../shared at run time, and an evidence team can also edit the JSON by hand (the app validates it on load).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const evidenceFolder = resolve(process.argv[2] ?? join(here, '..', '..', 'shared', 'evidence'));
const outputFile = join(here, '..', 'public', 'data', 'evidence.json');

const readJson = (name) => JSON.parse(readFileSync(join(evidenceFolder, name), 'utf8'));
const reviewFacts = readJson('review.json');
const releaseFigures = readJson('press-release-figures.json');
const programmesIn = readJson('programmes.json');
const trialsIn = readJson('trials.json');
const commissioningIn = readJson('programmes-commissioning.json');

const DATASET_VERSION = '1.1.0';
const DATASET_DATE = '2026-11-27';

// ---------------------------------------------------------------------------------------------------------------
// Sources. The review's own sources get readable ids and titles; every other URL gets an id made from its address.
const namedSources = [
  {
    id: 'press-release-2022',
    title: releaseFigures.source.title,
    url: `https://${releaseFigures.source.report_url}`,
    publisher: releaseFigures.source.publisher,
    date: '6 October 2022',
    kind: 'primary',
    note:
      'The pooled results (95% confidence intervals, p values and I²) are printed in the "Key data" section of this news release. ' +
      'The link is the report page that the release names; the release itself has no web address in our sources.',
  },
  {
    id: 'sleed-2023-ucl-discovery',
    url: 'https://discovery-pp.ucl.ac.uk/id/eprint/10172494',
    title: 'UCL Discovery record and abstract of the journal article (Sleed, Li, Vainieri, Midgley 2023)',
    publisher: 'University College London',
    date: '2023',
    kind: 'primary',
    note: 'Only the abstract was read. It names the outcomes with and without significant differences but prints no figures.',
  },
  {
    id: 'sleed-2023-publisher',
    url: 'http://informahealthcare.com/doi/full/10.1080/15289168.2023.2223739',
    title: 'Journal of Infant, Child, and Adolescent Psychotherapy: article page',
    publisher: 'Taylor & Francis',
    date: '2023',
    kind: 'primary',
    note: 'Only the abstract and the opening of the introduction were visible.',
  },
  {
    id: 'sleed-2023-metadata',
    url: 'https://m.booksci.cn/literaturecn/77687963.htm',
    title: 'Bibliographic record of the journal article (volume, issue, pages, date)',
    publisher: null,
    date: null,
    kind: 'secondary',
    note: null,
  },
  {
    id: 'acp-news-2022',
    url: 'http://childpsychotherapy.org.uk/new-study-shows-positive-impacts-therapy-young-children-and-parents',
    title: 'Association of Child Psychotherapists: news item on the 2022 report',
    publisher: 'Association of Child Psychotherapists',
    date: '2022',
    kind: 'secondary',
    note: null,
  },
  {
    id: 'acp-evidence-effectiveness',
    url: 'https://childpsychotherapy.org.uk/evidence-effectiveness',
    title: 'Association of Child Psychotherapists: evidence and effectiveness page',
    publisher: 'Association of Child Psychotherapists',
    date: null,
    kind: 'secondary',
    note: null,
  },
];

const sourceIdByUrl = new Map(namedSources.map((source) => [source.url, source.id]));
const generatedSources = [];

function slugFromUrl(url) {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '').replace(/\.(com|org|gov|net|edu|ac|co|uk|nih|no|ca|se|hhs|acf)\b/g, '');
  const words = `${host} ${parsed.pathname} ${parsed.search}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !['html', 'htm', 'aspx', 'abstract', 'content', 'en', 'id', 'articles', 'page'].includes(word));
  return words.slice(0, 7).join('-').slice(0, 60).replace(/-+$/, '');
}

// `details` (title, publisher, date) describe a source first met here; a source already listed keeps its entry.
function sourceIdFor(url, details = {}) {
  if (url === null || url === undefined) return null;
  const existing = sourceIdByUrl.get(url);
  if (existing) return existing;
  let id = slugFromUrl(url);
  const taken = new Set([...sourceIdByUrl.values()]);
  for (let counter = 2; taken.has(id); counter += 1) id = `${slugFromUrl(url)}-${counter}`;
  sourceIdByUrl.set(url, id);
  generatedSources.push({
    id,
    title: details.title ?? null,
    url,
    publisher: details.publisher ?? null,
    date: details.date ?? null,
    kind: 'secondary',
    note: details.note ?? null,
  });
  return id;
}

const factFor = (field) => {
  const fact = reviewFacts.find((item) => item.field === field);
  if (!fact) throw new Error(`review.json has no field ${field}`);
  return fact;
};

// ---------------------------------------------------------------------------------------------------------------
// The review.
const release = 'press-release-2022';
const abstract = 'sleed-2023-ucl-discovery';
const journal = {
  citation: factFor('sleed2023.citation').value,
  doi: factFor('sleed2023.doi').value,
  volumeIssuePages: factFor('sleed2023.volume_issue_pages').value,
  publicationDate: factFor('sleed2023.publication_date').value,
  sourceId: abstract,
  locator: 'Record header: authors, title, journal, year and DOI. Volume, issue and pages are from the bibliographic record (sleed-2023-metadata).',
};

const review = {
  title: releaseFigures.review.title,
  authors: releaseFigures.review.authors,
  journal,
  report: {
    title: factFor('report2022.title').value,
    date: factFor('report2022.publication_date').value,
    commissionedBy: factFor('report2022.commissioned_by').value,
    conductedBy: factFor('report2022.conducted_by').value,
    sourceId: release,
    locator: 'Opening paragraph and "Notes to Editors".',
  },
  keyFigures: [
    {
      id: 'studies',
      label: 'studies included',
      value: releaseFigures.review.studies,
      display: '77',
      sourceId: release,
      locator: 'Opening paragraph: "systematic review of 77 research studies". The journal abstract also says 77 papers.',
    },
    {
      id: 'participants',
      label: 'participants',
      value: releaseFigures.review.participants,
      display: '5,660',
      sourceId: release,
      locator: 'Opening paragraph: "including 5,660 participants".',
    },
    {
      id: 'databases',
      label: 'research databases searched',
      value: factFor('sleed2023.n_databases_searched').value,
      display: '10',
      sourceId: abstract,
      locator: 'Abstract: a search of 10 databases. Their names are not in our sources.',
    },
  ],
  interventionTypes: [
    {
      id: 'mentalization',
      name: 'Mentalization-based',
      labelAsReported: releaseFigures.review.intervention_types[0].label_as_reported,
      summary:
        "Helps parents notice and wonder about feelings and intentions, their own and their child's, and how these drive what people do.",
      sourceId: release,
      locator: '"Key data": the first of the three categories.',
    },
    {
      id: 'attachment',
      name: 'Attachment-based',
      labelAsReported: releaseFigures.review.intervention_types[1].label_as_reported,
      summary:
        "Helps parents become a safe base for their child: to see when the child needs comfort or freedom to explore, and to respond.",
      sourceId: release,
      locator: '"Key data": the second of the three categories.',
    },
    {
      id: 'dyadic',
      name: 'Dyadic or triadic psychotherapy',
      labelAsReported: releaseFigures.review.intervention_types[2].label_as_reported,
      summary:
        'A therapist sees the parent and child together (or both parents with the child) and explores how feelings from the past shape the relationship now.',
      sourceId: release,
      locator: '"Key data": the third of the three categories.',
    },
  ],
  prePostImprovement: {
    lowPercent: releaseFigures.review.pre_post_positive_share.low * 100,
    highPercent: releaseFigures.review.pre_post_positive_share.high * 100,
    asPrinted: releaseFigures.review.pre_post_positive_share.as_reported,
    sourceId: release,
    locator: '"Key data", after the list of categories.',
  },
  harms: { text: 'No harmful outcomes were reported.', sourceId: release, locator: '"Key data": "No harmful outcomes were reported."' },
  quality: {
    text: 'Very few of the included studies were rated as good quality, and the authors call for more high-quality research.',
    sourceId: abstract,
    locator: 'Abstract, closing sentences.',
    certaintyConcern: 'serious',
    certaintyConcernBasis:
      'Our judgement: when very few studies are rated good quality, we lower our certainty in every pooled result by one level. ' +
      'We do not lower it by two, because the share of studies at each rating is not in our sources.',
  },
  notReported: [
    ['Number of studies in each meta-analysis', 'sleed-2023-publisher', 'Not in the abstract or the opening of the article.'],
    ['Pooled point estimates (Hedges’ g)', 'sleed-2023-publisher', 'The release prints intervals only; the abstract prints no figures.'],
    ['The effect size measure and its sign convention', 'press-release-2022', 'The release does not name the effect size measure.'],
    ['Figures for parental stress and parent-infant interaction', abstract, 'The abstract says only that there was no significant difference.'],
    ['The quality or risk-of-bias tool, and how many studies got each rating', abstract, 'The abstract says only that very few studies were rated good quality.'],
    ['Results for each intervention type separately', 'sleed-2023-publisher', 'No subgroup results by type are in our sources.'],
    ['The names of the databases and the search dates', abstract, 'The abstract gives the number of databases (10) only.'],
    ['The list of the 77 included studies', abstract, 'Not in our sources.'],
  ].map(([topic, sourceId, text]) => ({ topic, text, sourceId, locator: 'Checked: the abstract and opening pages that were reachable.' })),
};

// ---------------------------------------------------------------------------------------------------------------
// Outcomes. Pooled figures come from press-release-figures.json; the words are ours.
const figureFor = (key) => {
  const figure = releaseFigures.pooled_controlled_effects.find((item) => item.outcome === key);
  if (!figure) throw new Error(`press-release-figures.json has no outcome ${key}`);
  return figure;
};

const formatSigned = (value) => (value < 0 ? `-${Math.abs(value).toFixed(2)}` : value.toFixed(2));

const P_READINGS = {
  'p = 0.02': { reading: 'p = 0.02', note: null },
  'p = 0.04': { reading: 'p = 0.04', note: null },
  'p < 0.000': { reading: 'p < 0.001', note: 'The release prints "p < 0.000", which cannot be literally true; we read it as p < 0.001.' },
  'p < 0.00': { reading: 'p < 0.01', note: 'The release prints "p < 0.00", which cannot be literally true; we read it as p < 0.01.' },
};

function significantResult(key, label) {
  const figure = figureFor(key);
  const [lower, upper] = figure.ci95;
  const p = P_READINGS[figure.p_as_reported];
  if (!p) throw new Error(`No reading for ${figure.p_as_reported}`);
  return {
    status: 'significant',
    ci95: { lower, upper },
    pAsPrinted: figure.p_as_reported,
    pReading: p.reading,
    pReadingNote: p.note,
    i2Percent: figure.i2_percent,
    asPrinted: `95%CI ${formatSigned(lower)} to ${formatSigned(upper)}, ${figure.p_as_reported}; I² = ${figure.i2_percent}%`,
    sourceId: release,
    locator: `"Key data", the list of significant effects: "${label}".`,
    derived: {
      midpoint: { value: (lower + upper) / 2, method: 'Midpoint of the printed 95% interval: (lower + upper) / 2. Not printed in the release.' },
      standardError: {
        value: (upper - lower) / (2 * 1.96),
        method: 'Standard error from the printed 95% interval: (upper − lower) / (2 × 1.96). Not printed in the release.',
      },
    },
  };
}

function nullResult() {
  return {
    status: 'no-significant-difference',
    figuresReported: false,
    statement:
      'The journal abstract reports no significant difference between the interventions and the comparison groups. No figures are printed in our sources.',
    sourceId: abstract,
    locator: 'Abstract: the outcomes with no significant differences.',
  };
}

const NEGATIVE_BASIS =
  'Our reading, not printed in the sources: the release says this result favoured the interventions, and its interval is negative. ' +
  'A higher score is better on this measure, so a negative effect here means the intervention group did better.';
const POSITIVE_BASIS =
  'Our reading, not printed in the sources: the release says this result favoured the interventions, and its interval is positive. ' +
  'A lower score is better on this measure, so a positive effect here means the intervention group did better.';
const NULL_BASIS =
  'No figures are reported, so no sign needs orienting. The value is recorded so that figures added later are oriented the same way as the outcome with the same direction of measure.';

const outcomes = [
  {
    id: 'parental-reflective-functioning',
    name: 'Parental reflective functioning',
    labelAsReported: figureFor('parental_reflective_functioning').label_as_reported,
    who: 'parent',
    summary: "A parent's ability to think about their own and their child's feelings, and how these link to behaviour.",
    benefitPhrase: "improve parents' reflective functioning",
    whatItIs:
      "Reflective functioning is a parent's capacity to see their child as a person with their own mind: to wonder what the child might be feeling or wanting, and to see how their own feelings affect how they respond.",
    whyItMatters:
      'A parent who can think about what is going on inside their baby is more likely to respond in a way that fits what the baby needs. This is thought to help the baby feel safe and learn to manage feelings.',
    howMeasured: {
      text: 'Often by a trained rater who scores a long interview in which the parent talks about their child and their relationship (for example, the Parent Development Interview).',
      exampleTrialIds: ['mtp-pilot-rct', 'nb-sleed2013', 'nb-baradon2008'],
    },
    betterWhenMeasureIs: 'higher',
    orientation: { reportedSignFavouringIntervention: -1, basis: NEGATIVE_BASIS },
    result: significantResult('parental_reflective_functioning', 'Parental Reflective Functioning'),
  },
  {
    id: 'maternal-depression',
    name: 'Maternal depression',
    labelAsReported: figureFor('maternal_depression').label_as_reported,
    who: 'parent',
    summary: 'Symptoms of depression in the parent, mostly mothers.',
    benefitPhrase: "reduce depression in mothers",
    whatItIs:
      "Symptoms of depression, such as low mood, loss of interest and tiredness, in the parent who took part. Most parents in the studies were mothers.",
    whyItMatters:
      "Depression can make it harder for a parent to notice and respond to their baby. Helping a parent's mood can help the relationship and the child's development.",
    howMeasured: {
      text: 'Often by a questionnaire that the parent fills in about their symptoms (for example, the Edinburgh Postnatal Depression Scale, EPDS).',
      exampleTrialIds: ['mip-salomonsson2011', 'spipic-salomonsson2020', 'nb-sleed2013'],
    },
    betterWhenMeasureIs: 'lower',
    orientation: { reportedSignFavouringIntervention: 1, basis: POSITIVE_BASIS },
    result: significantResult('maternal_depression', 'Maternal depression'),
  },
  {
    id: 'infant-behaviour',
    name: 'Infant behaviour',
    labelAsReported: figureFor('infant_behaviour').label_as_reported,
    who: 'child',
    summary: "How the baby or young child behaves socially and emotionally, for example problems with behaviour.",
    benefitPhrase: "improve young children's social and emotional behaviour",
    whatItIs:
      "The child's social and emotional behaviour: for example how often they show behaviour problems, such as aggression, or signs of distress.",
    whyItMatters:
      'Behaviour problems in the early years can make family life harder and can carry on into later childhood. Fewer problems early on can help the child at home, with friends and at school.',
    howMeasured: {
      text: "Often by a questionnaire that the parent fills in about the child's behaviour (for example, the Child Behavior Checklist, CBCL).",
      exampleTrialIds: ['cpp-lieberman2005', 'mtb-ordway2014'],
    },
    betterWhenMeasureIs: 'lower',
    orientation: { reportedSignFavouringIntervention: 1, basis: POSITIVE_BASIS },
    result: significantResult('infant_behaviour', 'Infant behaviour'),
  },
  {
    id: 'infant-attachment',
    name: 'Infant attachment',
    labelAsReported: figureFor('infant_attachment').label_as_reported,
    who: 'relationship',
    summary: 'How secure the bond is between the child and the parent.',
    benefitPhrase: "make children's attachment to their parent more secure",
    whatItIs:
      'Attachment is the bond a child forms with the people who care for them. A securely attached child trusts that the parent will be there when they are upset, and uses the parent as a base to explore from.',
    whyItMatters:
      'Research links a secure attachment with better mental health and relationships later in life, and disorganised attachment (where the child has no clear way of seeking comfort) with later difficulties.',
    howMeasured: {
      text: "Often by watching how the child reacts to short separations from and reunions with the parent in a playroom (the Strange Situation), scored by a trained rater.",
      exampleTrialIds: ['mtb-sadler2013', 'cos-hoffman2006', 'tpp-toth2006'],
    },
    betterWhenMeasureIs: 'higher',
    orientation: { reportedSignFavouringIntervention: -1, basis: NEGATIVE_BASIS },
    result: significantResult('infant_attachment', 'Infant attachment'),
  },
  {
    id: 'parental-stress',
    name: 'Parental stress',
    labelAsReported: figureFor('parental_stress').label_as_reported,
    who: 'parent',
    summary: 'How stressed parents feel in their role as a parent.',
    benefitPhrase: "reduce parents' stress",
    whatItIs: 'How much strain a parent feels in looking after their child, for example feeling overwhelmed or unable to cope.',
    whyItMatters: 'High stress can make it harder to be patient and responsive with a young child, and can affect the parent’s own health.',
    howMeasured: {
      text: 'Often by a questionnaire that the parent fills in about the stress of parenting.',
      exampleTrialIds: ['mip-salomonsson2011', 'afc-pip-fonagy2016', 'mompower-rosenblum2017'],
    },
    betterWhenMeasureIs: 'lower',
    orientation: { reportedSignFavouringIntervention: 1, basis: NULL_BASIS },
    result: nullResult(),
  },
  {
    id: 'parent-infant-interaction',
    name: 'Parent-infant interaction',
    labelAsReported: figureFor('parent_infant_interaction').label_as_reported,
    who: 'relationship',
    summary: 'How the parent and child behave with each other, for example how warm and in tune they are.',
    benefitPhrase: "improve how parents and children interact",
    whatItIs:
      'What happens between parent and child when they are together: for example how sensitive and warm the parent is, and how well parent and child respond to each other.',
    whyItMatters: 'Day-to-day interactions are where a child learns that their feelings are understood. In-tune interactions support attachment and development.',
    howMeasured: {
      text: 'Often by video-recording parent and child playing together and scoring the recording with a rating scale (for example, the Emotional Availability Scales).',
      exampleTrialIds: ['cosp-risholm2018', 'gabi-steele2019', 'afc-pip-fonagy2016'],
    },
    betterWhenMeasureIs: 'higher',
    orientation: { reportedSignFavouringIntervention: -1, basis: NULL_BASIS },
    result: nullResult(),
  },
];


// ---------------------------------------------------------------------------------------------------------------
// Our coding (marked as such in the app): catalogue facets per programme, a design code per trial report, and a
// domain and direction per trial outcome, read from the result text stored beside it. Directions:
// improved = better than the comparison (or, in an uncontrolled study, better than before);
// no-difference = no significant difference; mixed = better on some parts or subgroups only, or not compared with the
// control; not-comparable = not an effect of the programme (feasibility, moderation, a contrast of two treatments).
const CATALOGUE = {
  minding_the_baby: {
    summary: 'Home visits from a nurse and a social worker for young first-time mothers, from pregnancy until the child is 2, to help them think about their baby’s needs and feelings.',
    formats: ['home-visiting'],
    childAgeBands: ['pregnancy', 'under-1', '1-to-2'],
  },
  mothering_from_the_inside_out: {
    summary: 'Weekly one-to-one therapy for mothers in addiction treatment, to help them understand their child’s feelings and their own.',
    formats: ['individual-parent'],
    childAgeBands: ['under-1', '1-to-2', '3-to-5'],
  },
  mothers_and_toddlers_program: {
    summary: 'One-to-one therapy for mothers in treatment for substance misuse, focused on their relationship with their young child.',
    formats: ['individual-parent'],
    childAgeBands: ['under-1', '1-to-2'],
  },
  lighthouse_parenting_programme: {
    summary: 'Group and one-to-one sessions for parents whose children are at risk of harm, to help them stay curious about their child’s mind and mend misunderstandings.',
    formats: ['group', 'individual-parent'],
    childAgeBands: ['under-1', '1-to-2', '3-to-5', 'over-5'],
  },
  new_beginnings: {
    summary: 'A 12-session group for mothers and babies, first run in prison mother-and-baby units, to strengthen their relationship.',
    formats: ['group'],
    childAgeBands: ['not-reported'],
  },
  circle_of_security: {
    summary: 'Video-based sessions, in a group, one to one or at home, that help carers be a secure base and a safe haven for their child.',
    formats: ['group', 'individual-parent', 'home-visiting'],
    childAgeBands: ['under-1', '1-to-2', '3-to-5'],
  },
  gabi: {
    summary: 'Groups of several families, parents and young children together, for isolated families under great strain.',
    formats: ['group'],
    childAgeBands: ['under-1', '1-to-2'],
  },
  mom_power: {
    summary: 'A group for mothers who have lived through trauma, on parenting, child development and looking after themselves, with a few one-to-one sessions.',
    formats: ['group', 'individual-parent'],
    childAgeBands: ['under-1', '1-to-2', '3-to-5'],
  },
  watch_wait_wonder: {
    summary: 'The parent follows the baby’s lead in play, then talks with a therapist about what they noticed and felt.',
    formats: ['parent-child-sessions'],
    childAgeBands: ['under-1', '1-to-2'],
  },
  child_parent_psychotherapy: {
    summary: 'Joint sessions with a carer and young child, often through play, after trauma or when there are emotional or behaviour problems.',
    formats: ['parent-child-sessions'],
    childAgeBands: ['pregnancy', 'under-1', '1-to-2', '3-to-5'],
  },
  afc_parent_infant_psychotherapy: {
    summary: 'Psychoanalytic sessions with a parent and baby together, to help the parent understand and respond to the baby.',
    formats: ['parent-child-sessions'],
    childAgeBands: ['under-1'],
  },
  mother_infant_psychoanalytic_treatment: {
    summary: 'A psychoanalyst meets mother and baby together and speaks to the baby directly about the feelings behind crying or sleep problems.',
    formats: ['parent-child-sessions'],
    childAgeBands: ['under-1', '1-to-2'],
  },
  geneva_brief_mother_infant_psychotherapy: {
    summary: 'Up to 10 sessions of brief psychodynamic therapy with a mother and baby, for babies with behaviour problems or problems with everyday functions.',
    formats: ['parent-child-sessions'],
    childAgeBands: ['under-1', '1-to-2'],
  },
  mother_baby_nurture: {
    summary: 'A 10-week group for mothers and babies that encourages curiosity about feelings and thinking about relationships.',
    formats: ['group'],
    childAgeBands: ['not-reported'],
  },
};

const DESIGN = {
  mtb_sadler2013: ['rct', 'primary'], mtb_slade2019: ['rct', 'primary'], mtb_yale_combined: ['other', 'summary'],
  mtb_ordway2014: ['rct', 'follow-up'], mio_suchman2017: ['rct', 'primary'], mtp_pilot_rct: ['rct', 'primary'],
  lighthouse_byrne_pilot: ['other', 'primary'], lighthouse_spp_rct: ['rct', 'primary'], lighthouse_lithuania2023: ['pre-post', 'primary'],
  nb_sleed2013: ['rct', 'primary'], nb_baradon2008: ['pre-post', 'primary'], cos_hoffman2006: ['pre-post', 'primary'],
  cosp_cassidy2017: ['rct', 'primary'], cosp_risholm2018: ['rct', 'primary'], coshv4_cassidy2011: ['rct', 'primary'],
  gabi_steele2019: ['rct', 'primary'], mompower_muzik2015: ['pre-post', 'primary'], mompower_rosenblum2017: ['rct', 'primary'],
  mompower_rosenblum2018: ['rct', 'primary'], mompower_depression2023: ['rct', 'primary'], www_cohen1999: ['controlled-unclear', 'primary'],
  www_cohen2002: ['controlled-unclear', 'follow-up'], cpp_lieberman2005: ['rct', 'primary'], cpp_lieberman2006: ['rct', 'follow-up'],
  tpp_cicchetti1999: ['rct', 'primary'], tpp_toth2006: ['rct', 'primary'], ipp_cicchetti2006: ['rct', 'primary'],
  cpp_stronach2013: ['rct', 'follow-up'], ppp_toth2002: ['rct', 'primary'], ipp_lieberman1991: ['rct', 'primary'],
  afc_pip_fonagy2016: ['rct', 'primary'], mip_salomonsson2011: ['rct', 'primary'], spipic_salomonsson2020: ['pre-post', 'primary'],
  geneva_robert_tissot1996: ['controlled-unclear', 'primary'], geneva_cramer1990: ['controlled-unclear', 'primary'],
};

// One entry per stored outcome, in order: [domain, direction].
const RF = 'reflective-functioning', MH = 'parent-mental-health', PS = 'parenting-stress', CB = 'child-behaviour', AT = 'attachment',
  IN = 'interaction', RE = 'representations', PA = 'parenting', CD = 'child-development', OT = 'other';
const UP = 'improved', ND = 'no-difference', MX = 'mixed', NC = 'not-comparable';
const OUTCOME_CODING = {
  mtb_sadler2013: [[OT, UP], [OT, UP], [OT, UP], [IN, MX], [AT, MX], [AT, MX], [RF, MX]],
  mtb_slade2019: [[RF, UP], [AT, UP], [AT, UP]],
  mtb_yale_combined: [[OT, UP], [OT, UP], [OT, UP], [OT, UP], [RF, UP], [AT, UP], [CB, UP], [PA, UP]],
  mtb_ordway2014: [[CB, UP], [RF, ND]],
  mio_suchman2017: [[RF, UP], [RE, UP], [IN, UP], [AT, MX]],
  mtp_pilot_rct: [[RF, UP], [RE, UP], [PA, UP]],
  lighthouse_byrne_pilot: [[PA, UP], [IN, UP], [OT, NC]],
  lighthouse_spp_rct: [[PA, ND], [OT, NC]],
  lighthouse_lithuania2023: [[RF, UP], [PA, UP], [OT, UP]],
  nb_sleed2013: [[RF, UP], [IN, UP], [MH, ND], [RE, ND]],
  nb_baradon2008: [[RF, UP]],
  cos_hoffman2006: [[AT, UP]],
  cosp_cassidy2017: [[PA, MX], [CD, MX], [AT, ND], [CB, ND]],
  cosp_risholm2018: [[RE, MX], [IN, MX]],
  coshv4_cassidy2011: [[AT, MX]],
  gabi_steele2019: [[IN, UP], [IN, UP], [OT, NC]],
  mompower_muzik2015: [[MH, UP], [PA, UP], [OT, NC]],
  mompower_rosenblum2017: [[MH, UP], [PS, UP], [PA, UP], [OT, NC], [OT, NC]],
  mompower_rosenblum2018: [[RE, UP], [RF, UP]],
  mompower_depression2023: [[MH, UP], [MH, UP]],
  www_cohen1999: [[AT, UP], [CD, UP], [PA, UP], [MH, UP], [OT, NC]],
  www_cohen2002: [[OT, NC], [OT, ND], [PA, UP]],
  cpp_lieberman2005: [[CB, UP], [CB, UP], [MH, MX]],
  cpp_lieberman2006: [[CB, UP], [MH, MX]],
  tpp_cicchetti1999: [[AT, UP]],
  tpp_toth2006: [[AT, UP]],
  ipp_cicchetti2006: [[AT, UP], [AT, UP], [AT, UP]],
  cpp_stronach2013: [[AT, UP], [AT, MX], [CB, ND]],
  ppp_toth2002: [[RE, UP], [RE, UP], [RE, UP]],
  ipp_lieberman1991: [[CB, UP], [IN, UP], [AT, ND], [PA, ND]],
  afc_pip_fonagy2016: [[CD, ND], [IN, ND], [RF, ND], [AT, ND], [MH, UP], [PS, UP], [RE, UP]],
  mip_salomonsson2011: [[MH, UP], [IN, UP], [IN, UP], [PS, ND], [CB, ND], [MH, ND]],
  spipic_salomonsson2020: [[MH, UP], [CB, UP]],
  geneva_robert_tissot1996: [[CB, UP], [IN, UP], [MH, UP], [OT, ND]],
  geneva_cramer1990: [[CB, UP], [IN, UP]],
};

function codingFor(trialId, index) {
  const codes = OUTCOME_CODING[trialId];
  if (!codes || codes.length !== trialsIn.find((trial) => trial.id === trialId).outcomes.length) {
    throw new Error(`Outcome coding for ${trialId} is missing or has the wrong length`);
  }
  const [domain, direction] = codes[index];
  return { domain, direction, codedBy: 'project' };
}


// Which trial reports describe the same sample (our coding, from what the sources say). A report that a source calls
// a follow-up of another trial, or that shares its registration, is the same trial; anything the sources do not tie
// together counts as a trial of its own. A developer's summary of other reports (reportKind 'summary') adds no trial.
const SAME_SAMPLE = {
  mtb_ordway2014: {
    trialId: 'mtb-sadler2013',
    relation: 'follow-up',
    basis: 'The source calls it a follow-up of an RCT subsample drawn from the 139 mothers randomised in the first Minding the Baby trial.',
  },
  www_cohen2002: {
    trialId: 'www-cohen1999',
    relation: 'follow-up',
    basis: 'The source calls it a 6-month follow-up of the 1999 comparative trial, with dyads from that trial.',
  },
  cpp_lieberman2006: {
    trialId: 'cpp-lieberman2005',
    relation: 'follow-up',
    basis: 'The source calls it a 6-month follow-up of the randomised trial of the same 75 preschoolers exposed to marital violence.',
  },
  cpp_stronach2013: {
    trialId: 'ipp-cicchetti2006',
    relation: 'follow-up',
    basis: 'The source calls it a 12-month post-treatment follow-up of the 2006 randomised trial (137 randomised).',
  },
  mompower_depression2023: {
    trialId: 'mompower-rosenblum2018',
    relation: 'same-registration',
    basis: 'Our sources give both reports the same trial registration, NCT01554215.',
  },
};
// Links we suspect but our sources do not state: the reports are still counted as trials of their own.
const POSSIBLE_OVERLAP = {
  mompower_depression2023: {
    trialId: 'mompower-rosenblum2017',
    basis: 'Its 68 + 54 = 122 mothers match the 2017 trial’s number. This is our inference, not stated by the sources.',
  },
  geneva_cramer1990: {
    trialId: 'geneva-robert-tissot1996',
    basis: 'A preliminary report (38 dyads) of the same two-treatment comparison at the same Geneva centre. Our sources do not say whether these families are among the 1996 report’s 75.',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Commissioning facts (programmes-commissioning.json): ratings, dose, workforce, training, UK delivery and cost, each
// with the source it was read from. Values are the evidence file's paraphrases; the scale descriptions are ours,
// from SOURCES.md and the quoted pages. Ratings are kept on their own scales and never merged.
const RATING_SCHEMES = [
  {
    id: 'eif-evidence',
    match: (fact) => fact.field === 'eif_evidence_rating',
    name: 'EIF (now Foundations) Guidebook evidence rating',
    scale: 'EIF’s own scale of 1 to 4, sometimes with a “+”. Not comparable with other clearinghouses’ ratings.',
  },
  {
    id: 'eif-cost',
    match: (fact) => fact.field === 'eif_cost_rating',
    name: 'EIF (now Foundations) Guidebook cost rating',
    scale: 'EIF’s own cost scale, comparing the cost to set up and deliver with other interventions EIF reviewed. NA means not available.',
  },
  {
    id: 'cebc',
    match: (fact) => fact.field === 'clearinghouse_rating' && /^CEBC/.test(fact.value),
    name: 'California Evidence-Based Clearinghouse for Child Welfare (CEBC) scientific rating',
    scale: 'CEBC’s scale of 1 to 5, where 1 is the strongest evidence; NR means not able to be rated. US clearinghouse.',
  },
  {
    id: 'title-iv-e',
    match: (fact) => fact.field === 'clearinghouse_rating' && /^Title IV-E/.test(fact.value),
    name: 'Title IV-E Prevention Services Clearinghouse rating',
    scale: 'Well-supported, supported, promising, or does not (currently) meet criteria. US clearinghouse.',
  },
  {
    id: 'homvee',
    match: (fact) => fact.field === 'clearinghouse_rating' && /^HomVEE/.test(fact.value),
    name: 'HomVEE (Home Visiting Evidence of Effectiveness) review',
    scale: 'Whether a home-visiting model meets the US Department of Health and Human Services criteria for an evidence-based model.',
  },
  {
    id: 'wsipp',
    match: (fact) => fact.field === 'clearinghouse_rating' && /^WSIPP/.test(fact.value),
    name: 'Washington State Institute for Public Policy (WSIPP) benefit-cost analysis',
    scale: 'US dollars of benefit for each dollar spent, and the chance that benefits exceed costs, for Washington State, US. Not a UK figure.',
  },
  {
    id: 'nes-framework',
    match: (fact) => fact.field === 'clearinghouse_rating' && /^NHS Education for Scotland/.test(fact.value),
    name: 'NHS Education for Scotland Early Intervention Framework rating',
    scale: 'The framework’s own evidence, usability and supports ratings. Not the EIF scale; what each level means is not in our sources.',
  },
];

const COMMISSIONING_CATEGORIES = {
  eif_evidence_rating: 'ratings',
  eif_cost_rating: 'ratings',
  clearinghouse_rating: 'ratings',
  dose: 'dose',
  delivered_by: 'deliveredBy',
  training: 'training',
  uk_delivery: 'ukDelivery',
  cost_per_family: 'costPerParticipant',
  other: 'other',
};
const NOT_FOUND_TOKENS = Object.keys(COMMISSIONING_CATEGORIES).filter((field) => field !== 'other');
const COST_NOTE =
  'A US figure for Washington State, in the dollars of the year stated. It is not a UK cost and must not be converted into one.';

function locatorFor(fact) {
  // The first few words of the passage, so a reader can find it on the page; only a short phrase is quoted.
  const words = fact.quote.replace(/\s+/g, ' ').trim().split(' ');
  const opening = words.slice(0, 8).join(' ');
  const when = fact.date ? ` (${fact.date})` : '';
  return `${fact.source_name}${when}: the passage beginning “${opening}${words.length > 8 ? '…' : ''}”.`;
}

function commissioningFact(fact) {
  const entry = {
    value: fact.value,
    sourceId: sourceIdFor(fact.url, { title: fact.source_name, date: fact.date || null }),
    locator: locatorFor(fact),
    sourceName: fact.source_name,
    sourceDate: fact.date || null,
    caveat: fact.caveat ?? null,
    note: fact.field === 'cost_per_family' ? COST_NOTE : null,
  };
  if (COMMISSIONING_CATEGORIES[fact.field] !== 'ratings') return entry;
  const scheme = RATING_SCHEMES.find((candidate) => candidate.match(fact));
  if (!scheme) throw new Error(`No rating scheme for "${fact.value}"`);
  return { ...entry, scheme: scheme.id, schemeName: scheme.name, scale: scheme.scale };
}

function commissioningFor(programmeId) {
  const entry = commissioningIn.find((item) => item.programmeId === programmeId);
  if (!entry) throw new Error(`programmes-commissioning.json has no programme ${programmeId}`);
  const categories = Object.fromEntries(
    [...new Set(Object.values(COMMISSIONING_CATEGORIES))].map((category) => [category, { facts: [], missing: null, searchNotes: [] }]),
  );
  for (const fact of entry.facts) {
    const category = COMMISSIONING_CATEGORIES[fact.field];
    if (!category) throw new Error(`Unknown commissioning field ${fact.field} for ${programmeId}`);
    categories[category].facts.push(commissioningFact(fact));
  }
  const generalNotes = [];
  for (const text of entry.not_found ?? []) {
    const colon = text.indexOf(':');
    const head = colon >= 0 ? text.slice(0, colon) : text;
    const named = NOT_FOUND_TOKENS.filter((token) => head.includes(token)).map((token) => COMMISSIONING_CATEGORIES[token]);
    if (named.length === 0) {
      generalNotes.push(text.replace(/^note:\s*/, ''));
      continue;
    }
    for (const category of new Set(named)) categories[category].searchNotes.push(text);
  }
  for (const category of Object.values(categories)) {
    if (category.facts.length === 0) category.missing = 'Not reported in our sources.';
  }
  return { ...categories, notes: generalNotes, compiledOn: '2026-11-27' };
}

// ---------------------------------------------------------------------------------------------------------------
// Programmes and trials: copied field by field, ids turned into URL-friendly slugs.
const kebab = (id) => id.replace(/_/g, '-');
const toField = (field) =>
  field === undefined
    ? { value: null, sourceId: null, note: 'Not reported in our sources.' }
    : { value: field.value ?? null, sourceId: sourceIdFor(field.source_url ?? null), note: field.note ?? null };

const programmes = programmesIn.map((programme) => ({
  id: kebab(programme.id),
  name: programme.name,
  type: programme.type,
  typeBasis: programme.type_basis,
  fields: {
    selfDescription: toField(programme.self_description),
    theoreticalBasis: toField(programme.theoretical_basis),
    lineage: toField(programme.lineage),
    format: toField(programme.format),
    length: toField(programme.length),
    deliveredBy: toField(programme.delivered_by),
    targetPopulation: toField(programme.target_population),
    childAge: toField(programme.child_age),
    countryOfOrigin: toField(programme.country_of_origin),
    developers: toField(programme.developers),
  },
  ratings: (programme.ratings ?? []).map(toField),
  replications: (programme.replications ?? []).map(toField),
  notes: programme.notes ?? null,
  sourceIds: programme.sources.map((url) => sourceIdFor(url)),
  catalogue: { ...CATALOGUE[programme.id], codedBy: 'project' },
}));

// Two sources give the year with a remark, e.g. "2020 (per document title)": keep the number and the remark apart.
function yearOf(year) {
  if (typeof year !== 'string') return { year: year ?? null, yearNote: null };
  const match = /^(\d{4})\s*\((.+)\)$/.exec(year);
  if (!match) throw new Error(`Cannot read the year "${year}"`);
  return { year: Number(match[1]), yearNote: match[2] };
}
const asText = (value) => (value === null || value === undefined ? null : String(value));
const trials = trialsIn.map((trial) => ({
  id: kebab(trial.id),
  programmeId: kebab(trial.programme_id),
  citation: {
    authors: trial.citation.authors ?? null,
    ...yearOf(trial.citation.year),
    title: trial.citation.title,
    journal: trial.citation.journal ?? null,
    volume: asText(trial.citation.volume),
    issue: asText(trial.citation.issue),
    pages: asText(trial.citation.pages),
    doi: trial.citation.doi ?? null,
  },
  design: trial.design,
  designCode: DESIGN[trial.id][0],
  reportKind: DESIGN[trial.id][1],
  n: trial.n ?? null,
  nDetail: trial.n_detail ?? null,
  population: trial.population ?? null,
  country: trial.country ?? null,
  comparison: trial.comparison ?? null,
  outcomes: trial.outcomes.map((outcome, index) => ({
    domain: outcome.domain,
    measure: outcome.measure,
    resultText: outcome.result_text,
    effectSize: outcome.effect_size ?? null,
    p: outcome.p ?? null,
    note: outcome.note ?? null,
    coding: codingFor(trial.id, index),
  })),
  sourceId: sourceIdFor(trial.source_url),
  additionalSourceIds: (trial.additional_sources ?? []).map((url) => sourceIdFor(url)),
  notes: trial.notes ?? null,
  sameSampleAs: SAME_SAMPLE[trial.id] ? { ...SAME_SAMPLE[trial.id], codedBy: 'project' } : null,
  possibleOverlap: POSSIBLE_OVERLAP[trial.id] ? { ...POSSIBLE_OVERLAP[trial.id], codedBy: 'project' } : null,
}));

// Commissioning facts come after the trials so that the ids of sources already listed do not change.
programmes.forEach((programme, index) => {
  programme.commissioning = commissioningFor(kebab(programmesIn[index].id));
});

const dataset = {
  schemaVersion: 1,
  datasetVersion: DATASET_VERSION,
  datasetDate: DATASET_DATE,
  sources: [...namedSources, ...generatedSources],
  review,
  outcomes,
  programmes,
  trials,
};

writeFileSync(outputFile, `${JSON.stringify(dataset, null, 2)}\n`);
console.log(`Wrote ${outputFile}: ${outcomes.length} outcomes, ${programmes.length} programmes, ${trials.length} trials, ${dataset.sources.length} sources.`);
