import { createAnalysisJobRunner, type AnalysisJob, type AnalysisOutcome, type AnalysisProgress } from './analysis-job';
import { eggerFormsShown, eggerRmaFor } from './influence-model';

// The analysis page's Web Worker: a thin adapter that runs each job (analysis-job.ts) off the main thread and posts
// its progress and outcome back. Jobs run one at a time, in the order they were posted.

export interface AnalysisRequestMessage {
  id: number;
  job: AnalysisJob;
}

export type AnalysisReplyMessage =
  | { id: number; type: 'progress'; progress: AnalysisProgress }
  | { id: number; type: 'done'; outcome: AnalysisOutcome }
  | { id: number; type: 'failed'; message: string };

const run = createAnalysisJobRunner();
const reply = (message: AnalysisReplyMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<AnalysisRequestMessage>) => {
  const { id, job } = event.data;
  try {
    const outcome = run(job, (progress) => reply({ id, type: 'progress', progress }));
    // The Egger panel's meta-regression is as slow as the pooling at 10,000 studies: worked out here too.
    if (outcome.pooling && job.settings && eggerFormsShown(job.settings).rma)
      outcome.eggerRma = eggerRmaFor(outcome.pooling, job.settings);
    reply({ id, type: 'done', outcome });
  } catch (error) {
    reply({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
