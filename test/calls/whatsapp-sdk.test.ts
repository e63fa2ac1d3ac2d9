/**
 * Meta's WhatsApp Node SDK (npm `whatsapp`, github.com/WhatsApp/WhatsApp-Nodejs-SDK, archived): a file that
 * imports it names no Graph host, and its calls are the SDK's methods (`wa.messages.text(…)`), each a POST on
 * the sender's phone number. The shapes are the SDK's README and API reference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { infer } from '../../src/infer.js';
import { markerInCode } from '../../src/calls/markers.js';
import type { Manifest } from '../../src/manifest/types.js';
import { mapped } from '../helpers/calls.js';
import { HEAD } from '../helpers/manifests.js';
import { findingsAt, runCli, writeFiles } from '../helpers/repo.js';

const SEND = `import WhatsApp from 'whatsapp';
const senderNumber = 12345678901234567890;
const wa = new WhatsApp(senderNumber);
export async function send(to) {
  await wa.messages.text({ body: 'Hello' }, to);
  await wa.messages.template({ name: 'hello_world', language: { code: 'en_US' } }, to);
  await wa.phoneNumbers.requestCode({ code_method: 'SMS', language: 'en_US' });
  await wa.twoStepVerification.setPin(123456);
  await this.client.messages.status({ status: 'read', message_id: 'wamid.1' });
  x.constructor.name();
  wa.webhooks.start(() => {});
}
`;

describe("Meta's WhatsApp Node SDK", () => {
  it('each method is a POST on the sender phone number, whatever the receiver is called; webhooks and other names are no call', () => {
    expect(mapped('src/send.ts', SEND)).toEqual([
      '5:12 POST /{phone-number-id}/messages',
      '6:12 POST /{phone-number-id}/messages',
      '7:12 POST /{phone-number-id}/request_code',
      '8:12 POST /{phone-number-id}',
      '9:21 POST /{phone-number-id}/messages',
    ]);
  });

  it('`require("whatsapp")` imports it too; without the import, the same names are no call', () => {
    expect(mapped('send.js', 'const WhatsApp = require("whatsapp");\nconst wa = new WhatsApp();\nwa.messages.image({ link: u }, to);\n')).toEqual(['3:4 POST /{phone-number-id}/messages']);
    expect(mapped('send.js', "messages.text({ body: 'x' }, to);\nwa.messages.text({ body: 'x' }, to);\nconst m = { messaging_product: 'whatsapp' };\n")).toEqual([]);
  });

  it("only the import is a call marker: a payload's `'whatsapp'` does not send a file to the call reader (hunt Z3-4)", () => {
    expect(markerInCode("import WhatsApp from 'whatsapp';")).toBe(true);
    expect(markerInCode('const WhatsApp = require( "whatsapp" );')).toBe(true);
    expect(markerInCode("const body = { messaging_product: 'whatsapp', to };")).toBe(false);
    expect(markerInCode('share("whatsapp");')).toBe(false);
    expect(markerInCode(Buffer.from("import WA from 'whatsapp'"))).toBe(true);
  });

  it('infer: the calls need whatsapp_business_messaging and, for the phone number calls, whatsapp_business_management', () => {
    const manifest = parse(`${HEAD}  - name: wa-bot
    role: system_user
    environment: production
    permissions: [whatsapp_business_messaging]
    token: { secret: CLOUD_API_ACCESS_TOKEN }
    code: ['src/**']
`) as Manifest;
    const u = infer({ manifest, files: [{ path: 'src/send.ts', text: SEND }] }).users[0]!;
    expect(u.calls.map((c) => `${c.line} ${c.method} ${c.path}`)).toEqual([
      '5 POST /{phone-number-id}/messages',
      '6 POST /{phone-number-id}/messages',
      '7 POST /{phone-number-id}/request_code',
      '8 POST /{phone-number-id}',
      '9 POST /{phone-number-id}/messages',
    ]);
    expect(u.permissions.missing).toEqual(['whatsapp_business_management']);
    expect(u.permissions.unused).toEqual([]);
  });

  it('the SDK reads CLOUD_API_ACCESS_TOKEN itself: a file that imports it reads that token, at the import (no `code:` needed)', () => {
    const manifest = (secret: string) =>
      parse(`${HEAD}  - name: wa-bot
    role: system_user
    environment: production
    permissions: [whatsapp_business_messaging, whatsapp_business_management]
    token: { secret: ${secret} }
`) as Manifest;
    const json = infer({ manifest: manifest('CLOUD_API_ACCESS_TOKEN'), files: [{ path: 'src/send.ts', text: SEND }] });
    expect(json.users[0]!.calls).toHaveLength(5);
    expect(json.users[0]!.permissions.unused).toEqual([]);
    // Another variable's user gets none of them: the SDK reads only its own.
    expect(infer({ manifest: manifest('WA_TOKEN'), files: [{ path: 'src/send.ts', text: SEND }] }).users[0]!.calls).toEqual([]);
    // Without a manifest, infer makes a user of the variable the SDK reads (`CLOUD_API_ACCESS_TOKEN` → `cloud`).
    expect(infer({ files: [{ path: 'src/send.ts', text: SEND }] }).users.map((u) => [u.name, u.calls.length])).toEqual([['cloud', 5]]);
  });

  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('check: the scan reads a file that only imports the SDK (its import is a call marker) and reports the missing permission at the call', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gg-wa-sdk-'));
    dirs.push(dir);
    writeFiles(dir, {
      'graphguard.yml': `${HEAD}  - name: wa-bot
    role: system_user
    environment: production
    permissions: [whatsapp_business_messaging]
    token: { secret: CLOUD_API_ACCESS_TOKEN }
    code: ['src/**']
`,
      'src/send.ts': SEND,
    });
    const r = await runCli(dir, ['check', '--format', 'json', '--today', '2026-12-06'], { GRAPHGUARD_SCAN_CACHE: '0' });
    expect(findingsAt(r.stdout, ['missing-permission', 'unused-permission'])).toEqual(['missing-permission src/send.ts:7:12', 'missing-permission src/send.ts:8:12']);
    expect(r.code).toBe(1);
  });
});
