// Test helper: a scan worker that starts but never enters the job it is sent (see parallel.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {});
