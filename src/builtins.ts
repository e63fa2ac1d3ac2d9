/**
 * Node built-ins that most checks never use, loaded on first use: a plain checkout is listed from its
 * index file (no git process), and a small scan starts no worker thread. Each costs start-up time to
 * load (child_process brings net and dgram along).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process');
export const workerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads');
