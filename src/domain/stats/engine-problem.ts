/**
 * What went wrong inside an engine, as a kind the page can put into plain words. The message names the function and
 * the values, for developers and tests; readers are shown the kind's sentence (ENGINE_PROBLEM_TEXT), never the message.
 */
export type EngineProblemKind =
  | 'no-studies'
  | 'too-few-studies'
  | 'knapp-hartung-one-study'
  | 'not-finite'
  | 'invalid-value'
  | 'no-events'
  | 'collinear'
  | 'no-convergence'
  | 'invalid-option'
  | 'zero-standard-error'
  | 'no-spread';

export class EngineProblem extends Error {
  readonly kind: EngineProblemKind;

  constructor(kind: EngineProblemKind, message: string) {
    super(message);
    this.name = 'EngineProblem';
    this.kind = kind;
  }

  /** The same problem, its message prefixed with where it happened (a subgroup, a step). */
  static within(prefix: string, error: unknown): EngineProblem | Error {
    if (error instanceof EngineProblem) return new EngineProblem(error.kind, `${prefix}: ${error.message}`);
    return error instanceof Error ? new Error(`${prefix}: ${error.message}`) : new Error(`${prefix}: ${String(error)}`);
  }
}

/** The kind of a caught error; 'unexpected' for anything the engines did not mean to throw (a fault in the app). */
export function problemKindOf(error: unknown): EngineProblemKind | 'unexpected' {
  return error instanceof EngineProblem ? error.kind : 'unexpected';
}

/** Each kind in plain words: what happened and what to change. */
export const ENGINE_PROBLEM_TEXT: Record<EngineProblemKind | 'unexpected', string> = {
  'no-studies': 'No studies are included: include at least one.',
  'too-few-studies': 'There are too few studies for this. Include more studies, or choose another method.',
  'knapp-hartung-one-study':
    'The Knapp–Hartung test needs at least two studies. Include more, or choose “z (normal)” under Test and interval.',
  'not-finite':
    'The effects and variances are too extreme to work with (for example, a variance of almost 0). Check the rows with the largest and smallest values.',
  'invalid-value':
    'A value cannot be used for this (for example, a group of fewer than 2 people, or a variance of 0). Check the rows’ problems listed with the table.',
  'no-events': 'The studies have too few events to pool this way. Choose another method.',
  collinear:
    'The moderators overlap: one can be worked out from the others (or a group has too few studies), so the model cannot be fitted. Remove a moderator or treat it differently.',
  'no-convergence':
    'The between-study variance (τ²) could not be estimated: the effects are too spread out for their variances. Try another τ² method, or check the variances.',
  'invalid-option': 'These settings cannot be used together. Choose another setting.',
  'zero-standard-error':
    'A result has a standard error of 0 (Knapp–Hartung with identical effects), so it cannot be tested or compared. Choose “z (normal)” under Test and interval.',
  'no-spread':
    'The studies do not vary enough for this regression (for example, every study has the same standard error or the same effect).',
  unexpected:
    'This could not be worked out for these studies, because of a fault in this page rather than in your data.',
};
