// Plain-English explanations of every technical term the app uses. Our own words; shown in /glossary and wherever a
// term appears in a page.

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'attachment', term: 'Attachment', definition: 'The bond a young child forms with the people who look after them. A securely attached child trusts that the parent will comfort them when upset, and explores from that safe base.' },
  { id: 'certainty', term: 'Certainty of evidence', definition: 'How sure we can be that a result is close to the truth. We rate it high, moderate, low or very low, using rules like GRADE’s: study quality, how much studies disagree, and how wide the interval is.' },
  { id: 'comparison-group', term: 'Comparison group', definition: 'Families in a study who did not get the intervention being tested. They may get usual care, a different kind of help, or join a waiting list.' },
  { id: 'confidence-interval', term: 'Confidence interval', definition: 'The range of values within which the true result probably lies. A 95% interval is built so that, across many studies, 95 in 100 such ranges would contain the true value.' },
  { id: 'controlled-study', term: 'Controlled study', definition: 'A study that compares families who had the intervention with a comparison group who did not.' },
  { id: 'derived-figure', term: 'Derived figure', definition: 'A number this site worked out from figures in a source, such as the middle of an interval. The source did not print it. We always label these.' },
  { id: 'dyadic', term: 'Dyadic and triadic', definition: 'Dyadic means working with two people together, usually a parent and child. Triadic means three, for example both parents with their child.' },
  { id: 'effect-size', term: 'Effect size', definition: 'A number for how big a difference an intervention made. Standardised effect sizes put results from different questionnaires on the same scale.' },
  { id: 'hedges-g', term: 'Standardised mean difference (Hedges’ g)', definition: 'The difference between two groups’ average scores divided by how spread out the scores are. 0.2 is usually called small, 0.5 moderate and 0.8 large. Hedges’ g adds a small correction for small studies. The review’s release does not name its effect measure: where this site uses these size words, it assumes the measure is a standardised mean difference, and says so.' },
  { id: 'heterogeneity', term: 'Heterogeneity and I²', definition: 'How much the results of the studies differ from each other. I² is the share of that difference that is more than chance would give, from 0% (none) to 100%.' },
  { id: 'mentalization', term: 'Mentalization', definition: 'Making sense of our own and other people’s behaviour in terms of thoughts, feelings and wishes. In parenting, it means wondering what might be going on in the child’s mind.' },
  { id: 'meta-analysis', term: 'Meta-analysis', definition: 'A way of combining the results of several studies into one pooled result, giving more weight to larger, more precise studies.' },
  { id: 'number-needed-to-treat', term: 'Number needed to treat (NNT)', definition: 'How many families would need the intervention for one more family to do better than without it. Smaller is better. For the review’s scores this site uses the Kraemer–Kupfer convention, which counts a family that does better by any amount: the most favourable way to convert an effect size. It is usually smaller than the number needed to treat clinicians know from yes/no outcomes (such as recovered or not), so the two should not be compared directly.' },
  { id: 'p-value', term: 'p value', definition: 'How likely a difference at least this big would be if the intervention in fact made no difference. A small p value (usually under 0.05) means chance alone is an unlikely explanation.' },
  { id: 'pooled-result', term: 'Pooled result', definition: 'The combined result of several studies in a meta-analysis.' },
  { id: 'pre-post', term: 'Before-and-after (pre-post) study', definition: 'A study that measures families before and after the intervention, without a comparison group. It cannot show whether families would have improved anyway.' },
  { id: 'psychodynamic', term: 'Psychodynamic and psychoanalytic', definition: 'Ways of helping that pay attention to feelings and patterns we may not be aware of, often shaped by earlier relationships, and how they show up in relationships now.' },
  { id: 'quasi-experimental', term: 'Quasi-experimental study', definition: 'A study with a comparison group where families were not put into groups at random.' },
  { id: 'rct', term: 'Randomised controlled trial (RCT)', definition: 'A study in which families are put into the intervention or comparison group at random, so that the groups are alike at the start. It is the fairest test of whether an intervention works.' },
  { id: 'reflective-functioning', term: 'Reflective functioning', definition: 'A parent’s ability to think about their own and their child’s feelings and intentions, and how these affect behaviour. It is mentalization, measured.' },
  { id: 'statistically-significant', term: 'Statistically significant', definition: 'A result that chance alone is unlikely to explain: its 95% confidence interval does not include “no difference”. It does not mean the effect is large or important.' },
  { id: 'systematic-review', term: 'Systematic review', definition: 'A review that searches for all the studies on a question in a planned, recorded way, then judges and summarises them.' },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
