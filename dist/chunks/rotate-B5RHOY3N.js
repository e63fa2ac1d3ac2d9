import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);
import {
  findManifest,
  loadManifest,
  validateManifest,
  writeFileSafe
} from "./chunk-RCD54WC6.js";
import {
  DEFAULT_GRAPH_API_VERSION,
  GraphClient,
  GraphError,
  parseDebugToken
} from "./chunk-EAAUWLSE.js";
import "./chunk-7KRKC2EA.js";
import {
  isImplicitPermission
} from "./chunk-LDZBVBNS.js";
import "./chunk-YPTJIPX2.js";
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument
} from "./chunk-VCCUD76G.js";
import "./chunk-6TAIEISW.js";
import "./chunk-TT6LOAYV.js";
import {
  Secret
} from "./chunk-ADSVYBGC.js";
import {
  ConfigError
} from "./chunk-DGJHSL44.js";
import "./chunk-NRP4SHZC.js";

// src/rotate.ts
import { lstatSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var USAGE = "usage: graphguard rotate USER [--yes] [--output FILE|-] [--manifest FILE] [--graph-url URL] [--live-timeout SEC] [--today YYYY-MM-DD]";
async function runRotate(args, io) {
  const parsed = (() => {
    try {
      return parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          yes: { type: "boolean" },
          output: { type: "string", short: "o" },
          manifest: { type: "string" },
          "graph-url": { type: "string" },
          "live-timeout": { type: "string" },
          today: { type: "string" }
        }
      });
    } catch (e) {
      throw new ConfigError(`${e.message.split("\n")[0]}; ${USAGE}`);
    }
  })();
  const { values: v, positionals } = parsed;
  if (positionals.length !== 1) throw new ConfigError(USAGE);
  const timeout = v["live-timeout"];
  if (timeout !== void 0 && !/^\d+$/.test(timeout)) throw new ConfigError(`--live-timeout must be a whole number, not "${timeout}"`);
  const today = v.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new ConfigError(`--today must be a date YYYY-MM-DD, not "${today}"`);
  const abs = findManifest(io.cwd, v.manifest);
  if (!abs) throw new ConfigError("no manifest found (graphguard.yml); pass --manifest FILE");
  const loaded = loadManifest(abs, io.cwd);
  const problems = validateManifest(loaded.value);
  if (problems.length > 0) throw new ConfigError(`${loaded.file}: the manifest is not valid; run \`graphguard check\` and fix the manifest-schema findings first`);
  const manifest = loaded.value;
  const plan = planFor(manifest, positionals[0], io.env);
  const output = v.output;
  if (output === "-" && io.isTTY) throw new ConfigError("--output - writes the new token to stdout, which is a terminal; pipe it (| gh secret set NAME) or give --output FILE");
  (output === "-" ? io.stderr : io.stdout)(describePlan(plan, output, !v.yes));
  if (!v.yes) return 0;
  if (!output) throw new ConfigError("--yes needs --output FILE (written 0600) or --output - (a pipe): the new token is never printed to a terminal or a log");
  const appSecret = io.env.GRAPHGUARD_APP_SECRET;
  if (!appSecret) throw new ConfigError("GRAPHGUARD_APP_SECRET is not set: the token calls need appsecret_proof, and debug_token the app token");
  const acting = io.env[plan.actingVar];
  if (!acting) throw new ConfigError(`${plan.actingVar} is not set: it holds the token that creates and revokes ${plan.user.name}'s tokens`);
  const outPath = output === "-" ? void 0 : path.resolve(io.cwd, output);
  if (outPath) checkWritable(outPath, output);
  const client = new GraphClient({
    baseUrl: v["graph-url"] ?? io.env.GRAPHGUARD_GRAPH_URL ?? "https://graph.facebook.com",
    version: manifest.app?.graphApiVersion ?? DEFAULT_GRAPH_API_VERSION,
    token: new Secret(acting),
    appSecret: new Secret(appSecret),
    appId: plan.appId,
    budgetMs: Number(timeout ?? 60) * 1e3,
    ...io.fetch ? { fetch: io.fetch } : {},
    ...io.sleep ? { sleep: io.sleep } : {}
  });
  const say = (line) => io.stderr(`graphguard rotate: ${line}
`);
  const fail = (step, e) => {
    const reason = e instanceof GraphError ? e.message : e instanceof ConfigError ? e.message : "unexpected failure";
    throw new ConfigError(`${step} failed: ${reason}`);
  };
  const fresh = await generate(client, plan).catch((e) => fail(`step 1 (POST /${plan.userId}/access_tokens)`, e));
  say(`1. generated a new token for ${plan.user.name} (${String(fresh)})`);
  const problem = await verify(client, fresh, plan).catch((e) => `debug_token failed: ${e instanceof GraphError ? e.message : "unexpected failure"}`);
  if (problem) {
    throw new ConfigError(
      `step 2 (debug_token) failed: the new token ${problem}. Nothing was revoked; the old tokens still work. The unverified new token was not stored: revoke it in Business Settings > System users > ${plan.user.name} if you do not use it.`
    );
  }
  say("2. verified it with debug_token: valid, SYSTEM_USER, this app and user, the declared scopes");
  if (outPath) {
    writeSecretFile(outPath, fresh.reveal(), output);
    say(`3. stored it in ${output} (mode 0600)`);
  }
  await client.write("DELETE", `${plan.userId}/access_tokens`).catch(
    (e) => fail(
      `step 4 (DELETE /${plan.userId}/access_tokens)`,
      e instanceof GraphError ? new GraphError(e.kind, e.endpoint, `${e.reason}; the new token is stored and valid, the old ones still work: revoke them in Business Settings`) : e
    )
  );
  say(`4. revoked every token of ${plan.user.name} (DELETE /${plan.userId}/access_tokens)`);
  let final = fresh;
  const after = await verify(client, fresh, plan).catch(() => "could not be checked again");
  if (after) {
    final = await generate(client, plan).catch((e) => fail(`step 5 (POST /${plan.userId}/access_tokens after the revocation)`, e));
    const again = await verify(client, final, plan).catch((e) => `debug_token failed: ${e instanceof GraphError ? e.message : "unexpected failure"}`);
    if (again) throw new ConfigError(`step 5 failed: the revocation also revoked the new token, and the token generated after it ${again}. ${plan.user.name} has no working token: generate one in Business Settings.`);
    if (outPath) writeSecretFile(outPath, final.reveal(), output);
    say(`5. the revocation revoked the new token too; generated and verified another one${outPath ? ` and stored it in ${output}` : ""}`);
  }
  if (!outPath) io.rawStdout(final.reveal());
  writeFileSafe(abs, withLastRotated(loaded.text, plan.index, today), { display: loaded.file });
  say(`6. set lastRotated: ${today} for ${plan.user.name} in ${loaded.file}`);
  return 0;
}
function planFor(manifest, name, env) {
  const index = manifest.systemUsers.findIndex((u) => u.name === name);
  if (index === -1) throw new ConfigError(`no system user named ${JSON.stringify(name).slice(0, 80)} in the manifest`);
  const user = manifest.systemUsers[index];
  if (!user.token) throw new ConfigError(`system user ${user.name} declares no token (token.secret): nothing to rotate`);
  if (!user.id) throw new ConfigError(`system user ${user.name} declares no id: the token calls need it (id: "<digits>")`);
  const appId = manifest.app?.id;
  if (!appId) throw new ConfigError("the manifest declares no app.id: tokens are generated through that app (business_app)");
  const scopes = (user.permissions ?? []).filter((p) => !isImplicitPermission(p));
  if (scopes.length === 0) throw new ConfigError(`system user ${user.name} declares no permissions: the new token's scope would be empty`);
  const admin = manifest.systemUsers.find((u) => u.role === "admin" && u.token && u.name !== user.name);
  const actingVar = env.GRAPHGUARD_ADMIN_TOKEN !== void 0 || !admin ? "GRAPHGUARD_ADMIN_TOKEN" : admin.token.secret;
  if (actingVar === user.token.secret) throw new ConfigError(`${user.name}'s own token cannot rotate it: the revocation would revoke it; set GRAPHGUARD_ADMIN_TOKEN to an admin's token`);
  return { user, index, userId: user.id, appId, scopes, sixtyDays: user.token.expires === "60d", secretName: user.token.secret, actingVar };
}
function describePlan(p, output, dryRun) {
  const store = output === "-" ? `write it to stdout, a pipe:  graphguard rotate ${p.user.name} --yes --output - | gh secret set ${p.secretName}` : output ? `write it to ${output} (mode 0600, never through a symlink), then:  gh secret set ${p.secretName} < ${output} && rm ${output}` : `--output FILE (mode 0600) then:  gh secret set ${p.secretName} < FILE && rm FILE   — or a pipe:  --output - | gh secret set ${p.secretName}`;
  const lines = [
    `Rotation of the token of system user ${p.user.name} (${p.userId}), secret ${p.secretName}${dryRun ? " — dry run: nothing is called; pass --yes to perform it" : ""}:`,
    `  1. POST /${p.userId}/access_tokens  business_app=${p.appId}  scope=${p.scopes.join(",")}${p.sixtyDays ? "  set_token_expires_in_60_days=true" : ""}  appsecret_proof  (acting token: ${p.actingVar})`,
    `  2. GET /debug_token?input_token=<new token> with the app token: valid, SYSTEM_USER, app ${p.appId}, user ${p.userId}, scopes ⊇ ${p.scopes.join(",")}; if not, stop: nothing is revoked`,
    `  3. store it under ${p.secretName}: ${store}`,
    `  4. DELETE /${p.userId}/access_tokens — WARNING: this revokes EVERY token of ${p.user.name}, not only the old one: any other copy, integration or environment using a token of this user stops working`,
    `  5. debug_token the new token again; if the revocation took it too, generate, verify and store one more`,
    `  6. set lastRotated in the manifest (comments kept)`,
    ""
  ];
  return lines.join("\n");
}
async function generate(client, p) {
  const form = { business_app: p.appId, scope: p.scopes.join(",") };
  if (p.sixtyDays) form.set_token_expires_in_60_days = "true";
  const body = await client.write("POST", `${p.userId}/access_tokens`, form);
  const token = body.access_token;
  if (typeof token !== "string" || token.length < 20) throw new ConfigError("the answer holds no access_token");
  return new Secret(token);
}
async function verify(client, token, p) {
  const info = parseDebugToken(await client.getAs(client.appToken(), "debug_token", { input_token: token }));
  if (!info.isValid) return "is not valid";
  if (info.type !== "SYSTEM_USER") return `is a ${info.type ?? "unknown-type"} token, not SYSTEM_USER`;
  if (info.appId !== p.appId) return `was issued for app ${info.appId ?? "unknown"}, not ${p.appId}`;
  if (info.userId !== p.userId) return `belongs to user ${info.userId ?? "unknown"}, not ${p.userId}`;
  const missing = p.scopes.filter((s) => !info.scopes.includes(s));
  if (missing.length) return `lacks the scopes ${missing.join(", ")}`;
  return void 0;
}
function checkWritable(abs, shown) {
  try {
    if (lstatSync(abs).isDirectory()) throw new ConfigError(`cannot write ${shown}: is a directory`);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
  }
}
function writeSecretFile(abs, value, shown) {
  writeFileSafe(abs, value, { display: shown, mode: 384 });
}
function withLastRotated(text, index, today) {
  const doc = parseDocument(text);
  const users = doc.get("systemUsers");
  const user = isSeq(users) ? users.get(index) : void 0;
  const token = isMap(user) ? user.get("token") : void 0;
  if (!isMap(token) || !token.range) throw new ConfigError(`cannot set lastRotated: systemUsers[${index}].token is not a map`);
  let out;
  const current = token.get("lastRotated", true);
  if (isScalar(current) && current.range) {
    out = text.slice(0, current.range[0]) + today + text.slice(current.range[1]);
  } else if (token.flow) {
    const close = text.lastIndexOf("}", token.range[1]);
    if (close > token.range[0]) out = `${text.slice(0, close).replace(/\s*$/, "")}, lastRotated: ${today} ${text.slice(close)}`;
  } else {
    const last = token.items.at(-1);
    const key = token.items[0]?.key;
    if (last && isNode(last.value) && last.value.range && isNode(key) && key.range) {
      const lineStart = text.lastIndexOf("\n", key.range[0]) + 1;
      const indent = text.slice(lineStart, key.range[0]);
      let eol = text.indexOf("\n", last.value.range[1]);
      if (eol === -1) eol = text.length;
      out = `${text.slice(0, eol)}
${indent}lastRotated: ${today}${text.slice(eol)}`;
    }
  }
  const check = out === void 0 ? void 0 : parseDocument(out).getIn(["systemUsers", index, "token", "lastRotated"]);
  if (out !== void 0 && check === today) return out;
  token.set("lastRotated", today);
  return doc.toString({ lineWidth: 0 });
}
export {
  runRotate,
  withLastRotated
};
