import { readdirSync } from 'node:fs';
import { commissioningContentSchema } from './build-commissioning';
import { helpNowContentSchema } from './build-help-now';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import {
  datasetContentSchema,
  namedSourcesContentSchema,
  outcomeContentSchema,
  possibleOverlapsContentSchema,
  changelogContentSchema,
  sinceContentSchema,
  programmeContentSchema,
  reviewContentSchema,
  trialContentSchema,
  trialSampleContentSchema,
  wordingContentSchema,
  type Content,
  type Named,
} from './content-schema';
import { parseWith, readJsonFile } from './data-build-error';

/** Reads and validates every content file under `folder` (normally content/). Errors name the file and field. */
export function readContent(folder: string): Content {
  const read = <T>(path: string, schema: z.ZodType<T>): Named<T> => {
    const file = relative(join(folder, '..'), join(folder, path));
    return { file, data: parseWith(schema, readJsonFile(join(folder, path), file), file) };
  };
  const readAll = <T>(subfolder: string, schema: z.ZodType<T>): Named<T>[] =>
    readdirSync(join(folder, subfolder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => read(join(subfolder, name), schema));
  return {
    dataset: read('dataset.json', datasetContentSchema),
    commissioning: read('commissioning.json', commissioningContentSchema),
    helpNow: read('help-now.json', helpNowContentSchema),
    namedSources: read('named-sources.json', namedSourcesContentSchema),
    wording: read('wording.json', wordingContentSchema),
    review: read('review.json', reviewContentSchema),
    outcomes: readAll('outcomes', outcomeContentSchema),
    programmes: readAll('programmes', programmeContentSchema),
    trials: readAll('trials', trialContentSchema),
    trialSamples: readAll('trial-samples', trialSampleContentSchema),
    possibleOverlaps: read('possible-overlaps.json', possibleOverlapsContentSchema),
    sinceTheReview: read('since-the-review.json', sinceContentSchema),
    changelog: read('changelog.json', changelogContentSchema),
  };
}
