import { createAnalysisJobRunner, type AnalysisJob, type AnalysisOutcome, type AnalysisProgress } from './analysis-job';
import type { AnalysisReplyMessage, AnalysisRequestMessage } from './analysis.worker';

// Runs the analysis page's jobs in a Web Worker, so reading and pooling a large file leaves the page responsive, with a
// way to stop one. Where there is no Worker (jsdom, an old browser) the same job runs on the main thread, at once.

/** The job was stopped (Cancel): whatever was shown before stays. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was stopped.');
    this.name = 'AnalysisCancelled';
  }
}

export interface AnalysisRunner {
  /** True when jobs run in a worker (and so finish later); false when run() has the outcome at once. */
  inWorker: boolean;
  run: (job: AnalysisJob, onProgress?: (progress: AnalysisProgress) => void) => Promise<AnalysisOutcome>;
  /** Starts the worker ahead of the first job, so its script is loaded and compiled by the time a file is chosen. */
  warm: () => void;
  /** Stops every job not yet finished: the worker is ended, and each job's promise rejects with AnalysisCancelled. */
  cancel: () => void;
}

interface Pending {
  job: AnalysisJob;
  resolve: (outcome: AnalysisOutcome) => void;
  reject: (error: unknown) => void;
  onProgress: (progress: AnalysisProgress) => void;
}

export function createAnalysisRunner(): AnalysisRunner {
  // Kept on the main thread too: the fallback, and the way on if the worker's script cannot be loaded.
  const runHere = createAnalysisJobRunner();
  if (typeof Worker === 'undefined') {
    return {
      inWorker: false,
      run: (job, onProgress) => {
        try {
          return Promise.resolve(runHere(job, onProgress));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      warm: () => undefined,
      cancel: () => undefined,
    };
  }
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    const started = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<AnalysisReplyMessage>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      if (message.type === 'progress') {
        waiting.onProgress(message.progress);
        return;
      }
      pending.delete(message.id);
      if (message.type === 'done') waiting.resolve(message.outcome);
      else waiting.reject(new Error(message.message));
    });
    // A worker that cannot start (its script not reachable offline, say) must not stop the analysis: its jobs run here.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      started.terminate();
      if (worker === started) worker = null;
      const stranded = [...pending.values()];
      pending.clear();
      for (const job of stranded) {
        try {
          job.resolve(runHere(job.job, job.onProgress));
        } catch (error) {
          job.reject(error);
        }
      }
    });
    return started;
  };

  return {
    inWorker: true,
    run: (job, onProgress = () => undefined) =>
      new Promise<AnalysisOutcome>((resolve, reject) => {
        const id = nextId;
        nextId += 1;
        pending.set(id, { job, resolve, reject, onProgress });
        worker ??= start();
        const message: AnalysisRequestMessage = { id, job };
        worker.postMessage(message);
      }),
    warm: () => {
      worker ??= start();
    },
    cancel: () => {
      worker?.terminate();
      worker = null;
      const stopped = [...pending.values()];
      pending.clear();
      for (const job of stopped) job.reject(new AnalysisCancelled());
    },
  };
}
