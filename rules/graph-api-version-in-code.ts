import { defineRule } from '../src/rule.js';
import { daysBetween } from '../src/dates.js';
import { plural } from '../src/text.js';
import { o } from '../src/options.js';
import { findVersion, latestVersion } from '../src/data.js';
import { isProseFile, lineAnchor } from '../src/scan/code-model.js';
import { findVersionRefs, isDependencyFile, versionRefNeedles } from '../src/scan/graph-versions.js';


/** URLs in prose are not calls; a dependency file (requirements.txt) pins an SDK's version. */
const skipsPath = (path: string) => isProseFile(path) && !isDependencyFile(path);

export default defineRule({
  id: 'graph-api-version-in-code',
  kind: 'code',
  defaultSeverity: 'warn',
  description:
    'Warn about Graph API versions pinned in code (versioned URLs, SDK version pins, business SDK versions, versioned paths on a Graph base) that are expired, near their end date, unknown, or not app.graphApiVersion.',
  rationale:
    'Meta guarantees each Graph API version for at least two years; after its end date "calls … are defaulted to the next oldest usable version", so code pinned to `graph.facebook.com/v19.0/` silently runs against behaviour it was not written for. The manifest\'s `app.graphApiVersion` says which version the app is built and tested against (`graph-api-version` checks it); a URL in the code that names another version is a call nobody tested against that version. The dates are data (data/api-versions.json) with their sources. URLs in prose files (Markdown, text) and in recorded API responses (JSON fixtures, HAR files, VCR cassettes, `paging.next` links) are not calls and are not checked.',
  sources: [
    'https://developers.facebook.com/docs/apps/versions',
    'https://developers.facebook.com/docs/graph-api/changelog/versions/',
  ],
  options: o.object({
    warnDays: o.integer({ minimum: 0, default: 90, description: 'Report a version this many days (or fewer) before its end date.' }),
  }),
  messages: {
    expired: {
      message: 'Graph API {{version}} in {{where}} was available until {{until}}; Meta now answers its calls with the next oldest usable version.',
      suggestion: 'Call {{target}} (and test against the changelogs in between).',
    },
    expiring: {
      message: 'Graph API {{version}} in {{where}} is available only until {{until}}, {{days}} from today.',
      suggestion: 'Move this call to {{target}} before {{until}}.',
    },
    differs: {
      message: 'Graph API {{version}} in {{where}} is not app.graphApiVersion ({{manifestVersion}}), the version the manifest says the app uses.',
      suggestion: 'Call {{manifestVersion}} here, or update app.graphApiVersion if the app has moved to {{version}}.',
    },
    unknown: {
      message: 'Graph API {{version}} in {{where}} is not a version graphguard knows (the newest it knows is {{latest}}).',
      suggestion: 'Use a released version such as {{target}}; if Meta has released {{version}}, update graphguard.',
    },
  },
  needles: () => versionRefNeedles(),
  skipsPath,
  checkFile(ctx, options) {
    const path = ctx.file.path;
    if (skipsPath(path)) return;
    const text = ctx.file.text;
    const urls = findVersionRefs(text, path);
    if (urls.length === 0) return;
    const manifestVersion = ctx.manifest?.app?.graphApiVersion;
    const latest = latestVersion().version;
    const manifestEntry = manifestVersion ? findVersion(manifestVersion) : undefined;
    // Where to move: the manifest's version when it is known and not expired, else the newest.
    const target =
      manifestEntry && (manifestEntry.graphUntil === null || daysBetween(ctx.today, manifestEntry.graphUntil) >= 0)
        ? manifestEntry.version
        : latest;
    for (const u of urls) {
      const version = u.version;
      const base = { version, where: u.where, target, latest };
      const at = { start: u.start, end: u.end, anchor: lineAnchor(text, u.start, u.end, version, ctx.declaredSecrets) };
      const entry = findVersion(version);
      if (!entry) {
        ctx.report({ messageId: 'unknown', data: base, ...at });
        continue;
      }
      const g = entry.graphUntil !== null ? daysBetween(ctx.today, entry.graphUntil) : undefined;
      if (g !== undefined && g < 0) ctx.report({ messageId: 'expired', data: { ...base, until: entry.graphUntil! }, ...at });
      else if (g !== undefined && g <= options.warnDays) {
        const to = target === entry.version ? latest : target;
        ctx.report({ messageId: 'expiring', data: { ...base, target: to, until: entry.graphUntil!, days: plural(g, 'day') }, ...at });
      }
      else if (manifestVersion && manifestEntry && manifestEntry.version !== entry.version)
        ctx.report({ messageId: 'differs', data: { ...base, manifestVersion: manifestEntry.version }, ...at });
    }
  },
});
