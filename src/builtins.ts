/**
 * Node built-ins loaded on first use. Most checks never use child_process or worker_threads (a plain
 * checkout is listed from its index file, with no git process; a small scan starts no worker thread);
 * `--version` never uses vm, os or crypto (the code cache's loader, src/compile-cache.ts, sits in
 * dist/cli.js). Each costs start-up time to load (child_process brings net and dgram along).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process');
export const workerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads');
export const vmModule = (): typeof import('node:vm') => load('node:vm');
export const osModule = (): typeof import('node:os') => load('node:os');
export const cryptoModule = (): typeof import('node:crypto') => load('node:crypto');
/** fs/promises brings readline's interface, fs watchers and directory streams along (about 1 ms). */
export const fsPromises = (): typeof import('node:fs/promises') => load('node:fs/promises');
