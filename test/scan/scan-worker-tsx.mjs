// Test helper: runs the scan worker from its TypeScript source (the bundle runs dist/chunks/scan-worker.js).
import { register } from 'tsx/esm/api';

register();
await import('../../src/scan/scan-worker.ts');
