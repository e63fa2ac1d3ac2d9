import { describe, expect, it } from 'vitest';
import { findSecretReferences } from '../../src/scan/references.js';

const N = 'META_TOKEN';
/** The forms found in `text`, with the offset of the name checked against the marker position. */
function refs(text: string, names = [N]): [string, string, number][] {
  return findSecretReferences(text, names).map((r) => [r.name, r.form, r.start]);
}
/** Single reference expected at the first occurrence of the name. */
function one(text: string, form: string, name = N): void {
  expect(refs(text, [name]), text).toEqual([[name, form, text.indexOf(name)]]);
}

describe('findSecretReferences', () => {
  it('finds code forms', () => {
    one('const t = process.env.META_TOKEN;', 'process.env');
    one('const t = process.env?.META_TOKEN;', 'process.env');
    one('const t = process.env["META_TOKEN"];', 'process.env');
    one("const t = process.env['META_TOKEN'];", 'process.env');
    one('const t = import.meta.env.META_TOKEN;', 'import.meta.env');
    one('const t = Deno.env.get("META_TOKEN");', 'deno-env');
    one('const t = Bun.env.META_TOKEN;', 'bun-env');
    one('t = os.environ["META_TOKEN"]', 'python-environ');
    one("t = os.environ.get('META_TOKEN')", 'python-environ');
    one('t = os.getenv("META_TOKEN")', 'getenv');
    one("$t = getenv('META_TOKEN');", 'getenv');
    one('t := os.Getenv("META_TOKEN")', 'go-getenv');
    one('t, ok := os.LookupEnv("META_TOKEN")', 'go-getenv');
    one('t = ENV["META_TOKEN"]', 'ruby-env');
    one("t = ENV.fetch('META_TOKEN')", 'ruby-env');
    one('String t = System.getenv("META_TOKEN");', 'java-getenv');
    one('var t = Environment.GetEnvironmentVariable("META_TOKEN");', 'dotnet-getenv');
    one('let t = std::env::var("META_TOKEN")?;', 'rust-env');
    one("$t = $_ENV['META_TOKEN'];", 'php-env');
    one("'token' => env('META_TOKEN'),", 'env-helper');
  });

  it('finds a configuration or secrets store read by the name: .get("X") and kin, config("X"), an object indexed by it, settings.X', () => {
    one("const t = config.get('META_TOKEN');", 'config-get');
    one('t = settings.get("META_TOKEN")', 'config-get');
    one("const t = this.configService.get<string>('META_TOKEN');", 'config-get');
    one("const t = configService.getOrThrow('META_TOKEN');", 'config-get');
    one('String t = env.getProperty("META_TOKEN");', 'config-get');
    one('t := viper.GetString("META_TOKEN")', 'config-get');
    one("t = Rails.configuration.x.fetch('META_TOKEN')", 'config-get');
    one("TOKEN = config('META_TOKEN', default='')", 'config-get');
    one('t = config["META_TOKEN"]', 'config-index');
    one("t = current_app.config['META_TOKEN']", 'config-index');
    one("$t = $settings['META_TOKEN'];", 'config-index');
    one('t = settings.META_TOKEN', 'config-attribute');
    one('t = django.conf.settings.META_TOKEN', 'config-attribute');
    one('const t = config?.META_TOKEN;', 'config-attribute');
    // A list, a dict's key, another name, a call that is no read: none.
    expect(refs('names = ["META_TOKEN"]; d = {"META_TOKEN": 1}; x = other("META_TOKEN"); y = mysettings.META_TOKEN;')).toEqual([]);
    expect(refs("log.info('META_TOKEN'); a.get('META_TOKEN_2'); a.get(META_TOKEN)")).toEqual([]);
    // The forms that were already theirs keep their names.
    one("token: ${{ secrets['META_TOKEN'] }}", 'actions-secrets');
    one("t = ENV.fetch('META_TOKEN')", 'ruby-env');
  });

  it("finds Symfony's env injection: #[Autowire(env: 'X')] and %env(X)%, processors too (hunt G, G12)", () => {
    one("        #[Autowire(env: 'META_TOKEN')] private string $token,", 'symfony-env');
    one('#[Autowire(env: "META_TOKEN")] string $t', 'symfony-env');
    one("#[Autowire(\n    env: 'META_TOKEN',\n)] string $t", 'symfony-env');
    one("#[Autowire(env: 'default:literal(x):string:META_TOKEN')] string $t", 'symfony-env');
    one("#[Autowire('%env(META_TOKEN)%')] private string $t", 'symfony-env');
    one("#[Autowire(value: '%env(resolve:META_TOKEN)%')] string $t", 'symfony-env');
    one("    $metaToken: '%env(META_TOKEN)%'", 'symfony-env');
    one("        token: '%env(string:META_TOKEN)%'", 'symfony-env');
    // Another name, an unclosed or bare env(), a comment, a key that is no env argument: none.
    expect(refs("#[Autowire(env: 'META_TOKEN_2')] #[Autowire(param: 'META_TOKEN')] '%env(META_TOKEN)' 'env(META_TOKEN)'\n# '%env(META_TOKEN)%'\n")).toEqual([]);
  });

  it("a lookup in the file's own dict or Map keyed by the name is no read; a store's is (hunt A, case 08)", () => {
    // A log scrubber's Map of secret names, a dict of which secret each deploy needs.
    expect(refs("const LABELS = new Map([['META_TOKEN', 'token'], ['OTHER', 'x']]);\nconst l = LABELS.get('META_TOKEN');")).toEqual([]);
    expect(refs('REQUIRED = {"META_TOKEN": "ops only"}\ndef f():\n    return REQUIRED["META_TOKEN"]\n')).toEqual([]);
    expect(refs("const NAMES = { META_TOKEN: 'token' };\nNAMES['META_TOKEN'];")).toEqual([]);
    expect(refs("$labels = ['META_TOKEN' => 'token'];\n$l = $labels['META_TOKEN'];")).toEqual([]);
    // A lookup where the file writes no such key, or on a store's receiver, is a read.
    const t = "const l = LABELS.get('META_TOKEN');";
    expect(refs(t)).toEqual([[N, 'config-get', t.indexOf(N)]]);
    const store = 'DEFAULTS = {"META_TOKEN": ""}\nt = app.config["META_TOKEN"]\nu = configService.get("META_TOKEN")\n';
    expect(refs(store)).toEqual([
      [N, 'config-index', store.indexOf(N, store.indexOf('app.config'))],
      [N, 'config-get', store.lastIndexOf(N)],
    ]);
  });

  it('a name in a comment is no reference (docs: "Mentions in prose or comments are not references")', () => {
    expect(refs('# Never read settings.META_TOKEN here\n// do not use process.env.META_TOKEN\nx = 1 # not os.environ["META_TOKEN"]\n/* process.env.META_TOKEN */\n * process.env.META_TOKEN\n')).toEqual([]);
    // Code before or after a comment, a `//` or `#` inside a string or a URL, a closed block comment: read.
    const code = [
      'const t = process.env.META_TOKEN; // the token',
      'const u = "https://x.example/#a" + process.env.META_TOKEN;',
      "curl https://graph.facebook.com/me -H \"Authorization: Bearer $META_TOKEN\"",
      '/* token */ const v = process.env.META_TOKEN;',
      'echo "$#" ${META_TOKEN}',
    ].join('\n');
    expect(refs(code).map(([, form]) => form)).toEqual(['process.env', 'process.env', 'shell', 'process.env', 'shell']);
  });

  it('linear on 1 MB of names in comments and lookups in tables', () => {
    const text = `${'// process.env.META_TOKEN process.env.META_TOKEN x\n'.repeat(10_000)}const T = { META_TOKEN: 1 };\n${"T.get('META_TOKEN'); T['META_TOKEN']; cfg['META_TOKEN']\n".repeat(12_000)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(refs(text).length).toBe(12_000);
  });

  it('finds the names a destructuring of the environment reads, and nothing in another object', () => {
    one('const { META_TOKEN } = process.env;', 'process.env');
    one('const { OTHER, META_TOKEN: token = "" } = process.env;', 'process.env');
    one('const {\n  META_TOKEN,\n  OTHER,\n} = import.meta.env;', 'process.env');
    expect(refs('const { META_TOKEN } = config;')).toEqual([]);
    expect(refs('const x = { META_TOKEN: 1 }; const y = process.env;')).toEqual([]);
  });

  it('finds workflow expressions with any spacing', () => {
    one('token: ${{ secrets.META_TOKEN }}', 'actions-secrets');
    one('token: ${{secrets.META_TOKEN}}', 'actions-secrets');
    one("token: ${{ secrets['META_TOKEN'] }}", 'actions-secrets');
    one("if: ${{ secrets.OTHER == '' && secrets.META_TOKEN != '' }}", 'actions-secrets');
    one('run: echo ${{   env.META_TOKEN   }}', 'actions-env');
  });

  it('finds shell, PowerShell and cmd forms', () => {
    one('curl -H "Authorization: Bearer $META_TOKEN" https://x', 'shell');
    one('echo "${META_TOKEN}"', 'shell');
    one('echo "${META_TOKEN:-none}"', 'shell');
    one('Write-Host $env:META_TOKEN', 'powershell');
    one('echo %META_TOKEN%', 'cmd');
    one('export META_TOKEN=abc', 'dotenv-assignment');
    one('META_TOKEN=abc', 'dotenv-assignment');
    one('ENV META_TOKEN=abc', 'dotenv-assignment');
  });

  it('finds YAML env keys and k8s env names only under env-like keys', () => {
    const wf = 'jobs:\n  a:\n    env:\n      META_TOKEN: ${{ secrets.OTHER }}\n    steps: []\n';
    expect(refs(wf)).toEqual([[N, 'yaml-env-key', wf.indexOf(N)]]);
    const compose = 'services:\n  app:\n    environment:\n      - META_TOKEN=${META_TOKEN}\n';
    expect(refs(compose)).toEqual([
      [N, 'yaml-env-key', compose.indexOf(N)],
      [N, 'shell', compose.lastIndexOf(N)],
    ]);
    const k8s =
      'containers:\n  - name: app\n    env:\n      - name: OTHER\n        value: x\n      - name: META_TOKEN\n        valueFrom:\n          secretKeyRef: { name: s, key: k }\n';
    expect(refs(k8s)).toEqual([[N, 'yaml-env-name', k8s.indexOf(N)]]);
    const k8sFlat = 'env:\n- name: META_TOKEN\n  value: x\n';
    expect(refs(k8sFlat)).toEqual([[N, 'yaml-env-name', k8sFlat.indexOf(N)]]);
    const callSecrets = 'on:\n  workflow_call:\n    secrets:\n      META_TOKEN:\n        required: true\n';
    expect(refs(callSecrets)).toEqual([[N, 'yaml-env-key', callSecrets.indexOf(N)]]);
    expect(refs('settings:\n  META_TOKEN: x\n')).toEqual([]);
    expect(refs('containers:\n  - name: META_TOKEN\n')).toEqual([]);
  });

  it('matches whole names only', () => {
    expect(refs('process.env.META_TOKEN_2; process.env.XMETA_TOKEN; ${{ secrets.META_TOKENS }}')).toEqual([]);
    const text = 'a = process.env.META_TOKEN_2 ?? process.env.META_TOKEN';
    expect(refs(text, [N, 'META_TOKEN_2'])).toEqual([
      ['META_TOKEN_2', 'process.env', 16],
      [N, 'process.env', text.lastIndexOf(N)],
    ]);
  });

  it('ignores names in prose, comments and unrelated syntax', () => {
    expect(refs('Set META_TOKEN in the repository settings.\n// META_TOKEN is read at startup\nconst META_TOKEN = 1;')).toEqual([]);
    expect(refs('x = myenv.META_TOKEN; y = process.env["META_TOKEN\'];')).toEqual([]);
    expect(refs('echo $$META_TOKEN \\$META_TOKEN')).toEqual([]);
  });

  it('ignores names that are not identifiers and an empty list', () => {
    expect(findSecretReferences('process.env.A', [])).toEqual([]);
    expect(findSecretReferences('process.env.A', ['A|B', ''])).toEqual([]);
  });

  it('reports every reference in order with start and end of the name', () => {
    const text = 'A: ${{ secrets.META_TOKEN }}\nrun: curl -H "$META_TOKEN"\n';
    const found = findSecretReferences(text, [N]);
    expect(found.map((r) => [r.form, r.start, r.end])).toEqual([
      ['actions-secrets', 15, 25],
      ['shell', 44, 54],
    ]);
    expect(text.slice(44, 54)).toBe(N);
  });
});
