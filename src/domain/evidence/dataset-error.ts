/**
 * A dataset that failed validation. `problems` are plain sentences, each naming the row and field.
 * Kept apart from the schema so that error pages can recognise it without loading zod.
 */
export class EvidenceDatasetError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The evidence dataset is not valid: ${problems.join('; ')}`);
    this.name = 'EvidenceDatasetError';
    this.problems = problems;
  }
}
