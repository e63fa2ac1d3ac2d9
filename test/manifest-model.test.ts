/** src/manifest/model.ts: the one asset resolver every rule and the access diff use. */
import { describe, expect, it } from 'vitest';
import { resolveAsset } from '../src/manifest/model.js';
import type { Manifest } from '../src/manifest/types.js';

const manifest = {
  version: 1,
  business: { id: '1' },
  assets: [
    { id: 'act_320000000000001', type: 'ad_account', name: 'Ads', environment: 'production' },
    { id: '300000000000003', type: 'page', name: 'Shop', environment: 'production' },
    { id: '300000000000004', type: 'page', name: 'Twin', environment: 'production' },
    { id: '300000000000005', type: 'page', name: 'Twin', environment: 'test' },
    { id: '300000000000006', type: 'page', name: '300000000000003', environment: 'test' },
  ],
} as unknown as Manifest;

const resolved = (ref: string) => resolveAsset(manifest, ref)?.index;

describe('resolveAsset', () => {
  it('matches ids, with or without the act_ prefix of ad accounts', () => {
    expect(resolved('act_320000000000001')).toBe(0);
    expect(resolved('320000000000001')).toBe(0);
    expect(resolved('300000000000004')).toBe(2);
  });

  it('matches a name only when exactly one asset has it (an ambiguous name resolves to nothing)', () => {
    expect(resolved('Shop')).toBe(1);
    expect(resolved('Twin')).toBeUndefined();
    expect(resolved('shop')).toBeUndefined();
    expect(resolved('nope')).toBeUndefined();
  });

  it('prefers an id over a name that looks like one', () => {
    expect(resolved('300000000000003')).toBe(1);
  });
});
