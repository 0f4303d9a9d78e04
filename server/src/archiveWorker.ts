// A worker thread of an archive run (dist/archiveWorker.js): it analyses the entries the
// command line sends it and sends back each one's serialized report, so that the main
// thread only reads input and writes output.

import { parentPort, workerData } from 'node:worker_threads';
import { jobContext, runJob } from './archive/job';
import type { ArchiveConfig, ArchiveJob } from './archive/types';

const ctx = jobContext(workerData as ArchiveConfig);
parentPort!.on('message', (job: ArchiveJob) => parentPort!.postMessage(runJob(job, ctx)));
