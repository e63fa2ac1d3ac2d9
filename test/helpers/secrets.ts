/**
 * Test-only secrets: a deterministic fake-secret generator and each detector's self-test samples.
 * Sample tokens are generated at run time (never written out in the source, so no scanner flags this
 * file) and carry the marker FAKE.
 */
import type { SecretKind } from '../../src/secrets/detect.js';

/** Self-test samples of one detector (by its id in `DETECTORS`). */
export interface DetectorSamples {
  id: string;
  kind: SecretKind;
  /** Texts in which the detector must find exactly one secret of its kind. */
  mustMatch: string[];
  /** Texts in which no detector may find anything (with `sampleContext`). */
  mustNotMatch: string[];
  /** Context the samples are run with. */
  sampleContext?: { path?: string; appId?: string; declared?: { name: string; value: string }[] };
}

/** A deterministic fake secret: `prefix` + `length` pseudo-random characters of `alphabet`, marked FAKE. */
export function fakeSecret(prefix: string, length: number, seed: number, alphabet = BASE62): string {
  let x = seed >>> 0 || 1;
  let s = alphabet === BASE62 ? 'FAKE' : '';
  while (s.length < length) {
    // xorshift32
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    s += alphabet[x % alphabet.length];
  }
  return prefix + s.slice(0, length);
}
export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
const E = 'E' + 'AA';

const tokG = fakeSecret(`${E}G`, 180, 7);
const tokJ = fakeSecret(`${E}J`, 120, 11);
const tokN = fakeSecret(`${E}N`, 40, 13);
const hexSecret = fakeSecret('', 32, 17, HEX);
const appId = '1234567890123' + '45';

export const detectorSamples: DetectorSamples[] = [
  {
    id: 'meta-access-token',
    kind: 'access-token',
    mustMatch: [
      `const token = "${tokG}";`,
      `META_TOKEN=${tokJ}`,
      `curl "https://graph.facebook.com/v19.0/me?access_token=${tokN}&fields=id"`,
      `Authorization: Bearer ${tokG}`,
      `token: '${tokJ}' # prod`,
    ],
    mustNotMatch: [
      'token = "EAA..."',
      'token = "EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      'token = "EAAB<ACCESS_TOKEN>"',
      'class EAAccessTokenProviderFactoryImplementationV2 {}',
      `data:image/png;base64,iVBORw0KGgo+${tokG.slice(0, 60)}/xyz=`,
      `blob = "abc${tokG}"`,
      `x = "${E}G1234567890abcdefghijklmnopqrstuvwxyzABCD"`,
      `x = "${tokG.slice(0, 20)}"`,
    ],
  },
  {
    id: 'meta-app-access-token',
    kind: 'app-access-token',
    mustMatch: [
      `APP_TOKEN = "${appId}|${hexSecret}"`,
      `GET /debug_token?input_token=x&access_token=${appId}%7C${hexSecret}`,
      `token: ${appId}|${fakeSecret('AY-', 24, 23)}`,
    ],
    mustNotMatch: [
      `row = "${appId}|00000000000000000000000000000000"`,
      `row = "${appId}|0123456789abcdef0123456789abcdef"`,
      `row = "12345|${hexSecret}"`,
      `row = "${appId}|YOUR_APP_SECRET_GOES_HERE_PLEASE"`,
    ],
  },
  {
    id: 'meta-app-secret',
    kind: 'app-secret',
    mustMatch: [
      `FACEBOOK_APP_SECRET=${hexSecret}`,
      `facebook:\n  app_id: "${appId}"\n  app_secret: "${hexSecret}"\n`,
      `[facebook]\nclient_secret = ${hexSecret}\n`,
      `$config = ['fb' => ['secret' => '${hexSecret}']];`,
      `{"metaAppSecret": "${hexSecret.toUpperCase()}"}`,
    ],
    mustNotMatch: [
      `APP_SECRET=${hexSecret}`,
      `FACEBOOK_CLIENT_TOKEN=${hexSecret}`,
      `facebook_checksum = "${hexSecret}"`,
      `FACEBOOK_APP_SECRET=0123456789abcdef0123456789abcdef`,
      `FACEBOOK_APP_SECRET=${hexSecret}0`,
    ],
  },
  {
    id: 'declared-secret-value',
    kind: 'declared-secret',
    mustMatch: ['cache_key = "s3cr3t-v4lue-FAKE"', 'echo s3cr3t-v4lue-FAKE | tool'],
    mustNotMatch: ['cache_key = "s3cr3t-v4lue"', 'short = "abc"'],
    sampleContext: {
      declared: [
        { name: 'META_SHOP_PROD_TOKEN', value: 's3cr3t-v4lue-FAKE' },
        { name: 'TOO_SHORT', value: 'abc' },
      ],
    },
  },
];
