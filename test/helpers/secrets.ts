/**
 * Test-only secrets: a deterministic fake-secret generator and each detector's self-test samples.
 * Sample tokens are generated at run time (never written out in the source, so no scanner flags this
 * file) and carry the marker FAKE.
 */
import type { SecretKind } from '../../src/secrets/detect.js';

/** Self-test samples of one detector (by its id in `DETECTORS`). */
export interface DetectorSamples {
  id: string;
  /** The kinds its samples hold (the first is the detector's main kind). */
  kinds: SecretKind[];
  /** Texts in which the detector must find exactly one secret of one of its kinds. */
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
const tokB = fakeSecret(`${E.slice(0, 2)}B`, 190, 19);
const tokC = fakeSecret(`${E.slice(0, 2)}C`, 160, 21);
const URLSAFE = `${BASE62}-_`;
const igaa = fakeSecret('IG' + 'AA', 180, 37, URLSAFE);
const igqv = fakeSecret('IG' + 'QVJ', 200, 41, URLSAFE);
const igqwr = fakeSecret('IG' + 'QWR', 210, 43, URLSAFE);
const thaa = fakeSecret('TH' + 'AA', 180, 47, URLSAFE);
const thqv = fakeSecret('TH' + 'QVJ', 190, 53, URLSAFE);
/** A random 32-hex value under 3.0 bits/char (few distinct digits), still no placeholder. */
const lowEntropyHex = '3a3a9f3a3f9a33f9a9fa3a9f3339af3a';
/** Random hex holding `fb` between digits: a value, never Meta context. */
const fbHex = `9a3fb7c2${fakeSecret('', 24, 59, HEX)}`;
const fbHex2 = `41fb0e${fakeSecret('', 26, 61, HEX)}`;
const appId = '1234567890123' + '45';

export const detectorSamples: DetectorSamples[] = [
  {
    id: 'meta-access-token',
    kinds: ['access-token'],
    mustMatch: [
      `const token = "${tokG}";`,
      `https://graph.facebook.com/v12.0/me?access_token=${tokB}`,
      `FacebookAdsApi.init(app_id, app_secret, "${tokC}")`,
      `token = "${E.slice(0, 2)}ACEdEose0cBA${fakeSecret('', 150, 29)}"`,
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
      `token = "${E.slice(0, 2)}ACEdEose0cBATestAccessCodeForFaceb00k"`,
      `token = "${E}BYourLongLivedPageAccessTokenGoesHere123"`,
      'const EAST_REGION_KEY_NAME_FOR_TESTS_AND_MORE = 1;',
    ],
  },
  {
    id: 'instagram-access-token',
    kinds: ['instagram-token', 'instagram-basic-display-token'],
    mustMatch: [
      `INSTAGRAM_ACCESS_TOKEN=${igaa}`,
      `https://graph.instagram.com/v21.0/me/media?fields=id&access_token=${igaa}`,
      `{"access_token": "${igqv}", "user_id": 17841400000000000}`,
      `token: '${igqwr}'`,
    ],
    mustNotMatch: [
      `INSTAGRAM_ACCESS_TOKEN=${'IG' + 'AA'}...`,
      `INSTAGRAM_ACCESS_TOKEN=${'IG' + 'AA'}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `{"access_token": "${'IG' + 'QVJ'}YourInstagramAccessTokenGoesHere1234567"}`,
      `blob = "abc${igaa}"`,
    ],
  },
  {
    id: 'threads-access-token',
    kinds: ['threads-token'],
    mustMatch: [
      `THREADS_ACCESS_TOKEN=${thaa}`,
      `https://graph.threads.net/v1.0/me/threads?access_token=${thqv}`,
    ],
    mustNotMatch: [
      `THREADS_ACCESS_TOKEN=${'TH' + 'AA'}...`,
      `THREADS_ACCESS_TOKEN=${'TH' + 'QW'}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      'const PATHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA = 1;',
      `THREADS_ACCESS_TOKEN=${'TH' + 'AA'}TokenForTestingOnlyNotRealAtAll123456`,
    ],
  },
  {
    id: 'meta-app-access-token',
    kinds: ['app-access-token', 'app-or-client-token'],
    mustMatch: [
      `APP_TOKEN = "${appId}|${hexSecret}"`,
      `GET /debug_token?input_token=x&access_token=${appId}%7C${hexSecret}`,
      `APP_TOKEN = "${appId}|${lowEntropyHex}"`,
      `token: ${appId}|${fakeSecret('AY-', 24, 23)}`,
      `curl -X POST "https://graph.facebook.com/v19.0/${appId}|${hexSecret}/subscriptions"`,
      // Hunt L: the `|` as an HTML character reference, a string escape, a double URL encoding.
      `<td>${appId}&#124;${hexSecret}</td>`,
      `{"app_token": "${appId}\\u007c${hexSecret}"}`,
      `https://x.example/r?next=%2Fcb%3Ft%3D${appId}%257C${hexSecret}`,
    ],
    mustNotMatch: [
      `row = "${appId}|00000000000000000000000000000000"`,
      `row = "${appId}|0123456789abcdef0123456789abcdef"`,
      `row = "12345|${hexSecret}"`,
      `row = "${appId}|YOUR_APP_SECRET_GOES_HERE_PLEASE"`,
      `<tr><td>12&#124;34</td><td>2024&#124;${hexSecret}</td></tr>`,
    ],
  },
  {
    id: 'meta-app-secret',
    kinds: ['app-secret'],
    mustMatch: [
      `FACEBOOK_APP_SECRET=${hexSecret}`,
      `facebook:\n  app_id: "${appId}"\n  app_secret: "${hexSecret}"\n`,
      `[facebook]\nclient_secret = ${hexSecret}\n`,
      `$config = ['fb' => ['secret' => '${hexSecret}']];`,
      `{"metaAppSecret": "${hexSecret.toUpperCase()}"}`,
      `private readonly fbAppSecret: string = "${hexSecret}";`,
      `env:\n  - name: FB_APP_SECRET\n    value: "${hexSecret}"\n`,
      `<key>FacebookAppSecret</key>\n<string>${hexSecret}</string>`,
      `FB_APP_SECRET=\${FB_APP_SECRET:-${hexSecret}}`,
      // Hunt L: aligned past 20 spaces (gofmt, terraform fmt), Kotlin/PHP `?:`, a keyword default, an f-string,
      // a Terraform variable's default, a value black wraps in parentheses.
      `const (\n\tFacebookAppID${' '.repeat(30)}= "${appId}"\n\tFacebookAppSecret${' '.repeat(26)}= "${hexSecret}"\n)\n`,
      `val fbAppSecret = System.getenv("FB_APP_SECRET") ?: "${hexSecret}"`,
      `FB_APP_SECRET = os.getenv("FB_APP_SECRET", default="${hexSecret}")`,
      `FB_APP_SECRET = f"${hexSecret}"`,
      `variable "facebook_app_secret" {\n  type      = string\n  sensitive = true\n  default   = "${hexSecret}"\n}\n`,
      `FACEBOOK_APP_SECRET_OF_THE_SHOP = (\n    "${hexSecret}"\n)\n`,
      // Hunt L: Go's []byte, Node's Buffer.from (webhook HMAC code), a Ruby fetch block, shell's `${X-…}`.
      `var fbAppSecret = []byte("${hexSecret}")`,
      `const FB_APP_SECRET = Buffer.from('${hexSecret}')`,
      `FB_APP_SECRET = ENV.fetch('FB_APP_SECRET') { '${hexSecret}' }`,
      `X=\${FB_APP_SECRET-${hexSecret}}`,
    ],
    mustNotMatch: [
      `APP_SECRET=${hexSecret}`,
      `FACEBOOK_CLIENT_TOKEN=${hexSecret}`,
      `facebook_checksum = "${hexSecret}"`,
      `FACEBOOK_APP_SECRET=0123456789abcdef0123456789abcdef`,
      `FACEBOOK_APP_SECRET=${hexSecret}0`,
      `# facebook app\nSTRIPE_WEBHOOK_SECRET=${hexSecret}\n`,
      `STRIPE_WEBHOOK_SECRET=${fbHex}\nGITHUB_SECRET=${fbHex2}\n`,
      `var buildCommit = []byte("${hexSecret}") // facebook`,
    ],
  },
  {
    id: 'declared-secret-value',
    kinds: ['declared-secret'],
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
