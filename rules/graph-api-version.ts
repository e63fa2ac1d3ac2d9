import { defineRule } from '../src/rule.js';
import { daysBetween } from '../src/dates.js';
import { plural } from '../src/text.js';
import { o } from '../src/options.js';
import { apiVersions, findVersion, getPermission, latestVersion } from '../src/data.js';
import { usersWithIndex } from '../src/manifest/model.js';
import { suggest } from '../src/suggest.js';

/** [major, minor] of `v26.0`. */
function parts(v: string): [number, number] {
  const [maj, min] = v.replace(/^v/, '').split('.').map(Number);
  return [maj ?? 0, min ?? 0];
}

export default defineRule({
  id: 'graph-api-version',
  kind: 'manifest',
  defaultSeverity: 'error',
  description: "Require app.graphApiVersion to be a known Graph API version that is not expired or about to expire.",
  rationale:
    'Meta guarantees each Graph API version for at least two years; after its end date "calls … are defaulted to the next oldest usable version", so the app silently runs against behaviour it was not written for. The Marketing API is versioned on a shorter clock: the previous version is supported for at least 90 days after a new one, and then calls "may fail or be upgraded to the next available version" (error #2635). Where the manifest uses a Marketing API permission (ads_management, ads_read), the earlier Marketing API date applies. The dates are data (data/api-versions.json) with their sources.',
  sources: [
    'https://developers.facebook.com/docs/apps/versions',
    'https://developers.facebook.com/docs/graph-api/changelog/versions/',
    'https://developers.facebook.com/docs/marketing-api/overview/versioning',
    'https://developers.facebook.com/blog/post/2024/04/16/upcoming-change-in-marketing-api-version-deprecation',
  ],
  options: o.object({
    warnDays: o.integer({ minimum: 0, default: 90, description: 'Warn this many days (or fewer) before the end date.' }),
    maxMajorsBehind: o.integer({
      minimum: 0,
      default: 2,
      description: 'A notice when the version is more than this many major versions behind the newest.',
    }),
  }),
  messages: {
    expired: {
      message: 'Graph API version {{version}} was available until {{until}}; Meta now answers its calls with the next oldest usable version.',
      suggestion: 'Upgrade app.graphApiVersion to {{latest}} and test the app against the changelogs in between.',
    },
    expiring: {
      message: 'Graph API version {{version}} is available only until {{until}}, {{days}} from today.',
      suggestion: 'Upgrade app.graphApiVersion to {{latest}} before {{until}}.',
    },
    marketingExpired: {
      message: 'Marketing API version {{version}} expired on {{until}}, and system user {{user}} uses the Marketing API permission {{permission}}.',
      suggestion: 'Upgrade app.graphApiVersion to {{latest}}: Marketing API calls on an expired version fail (error #2635) or are upgraded without notice.',
    },
    marketingExpiring: {
      message: 'Marketing API version {{version}} expires on {{until}}, {{days}} from today, and system user {{user}} uses the Marketing API permission {{permission}}.',
      suggestion: 'Upgrade app.graphApiVersion to {{latest}} before {{until}}.',
    },
    unknown: {
      message: 'Graph API version {{version}} is not a known version; did you mean {{fix}}?',
      suggestion: 'Set app.graphApiVersion to {{fix}} (the newest is {{latest}}).',
    },
    newer: {
      message: 'Graph API version {{version}} is newer than any version graphguard knows (the newest it knows is {{latest}}).',
      suggestion: 'If Meta has released {{version}}, update graphguard; otherwise use {{latest}}.',
    },
    behind: {
      message: 'Graph API version {{version}} is {{behind}} major versions behind the newest, {{latest}}.',
      suggestion: 'Plan the upgrade to {{latest}} while {{version}} is still supported.',
    },
  },
  check(ctx, options) {
    const version = ctx.manifest.app?.graphApiVersion;
    if (version === undefined) return;
    const path = ['app', 'graphApiVersion'];
    const latest = latestVersion().version;
    const entry = findVersion(version);
    if (!entry) {
      const [maj, min] = parts(version);
      const [lmaj, lmin] = parts(latest);
      if (maj > lmaj || (maj === lmaj && min > lmin)) {
        ctx.report({ messageId: 'newer', severity: 'warn', path, data: { version, latest } });
        return;
      }
      // A typo of a real version (v25.1 for v25.0) gets that version; anything else the newest.
      const near = suggest(version, apiVersions.map((v) => v.version));
      const fix = near !== undefined && parts(near)[0] === maj ? near : latest;
      ctx.report({ messageId: 'unknown', path, data: { version, fix, latest } });
      return;
    }

    // The first Marketing API permission in the manifest, if any: then the Marketing API date applies too.
    let marketing: { user: string; permission: string } | undefined;
    for (const [user] of usersWithIndex(ctx.manifest)) {
      const p = (user.permissions ?? []).find((name) => getPermission(name)?.marketing);
      if (p) {
        marketing = { user: user.name, permission: p };
        break;
      }
    }

    const base = { version, latest };
    // graphUntil is the last day the version is available; marketingUntil is its expiry date.
    const g = entry.graphUntil !== null ? daysBetween(ctx.today, entry.graphUntil) : undefined;
    const mk = marketing && entry.marketingUntil !== null ? daysBetween(ctx.today, entry.marketingUntil) : undefined;
    if (g !== undefined && g < 0) {
      ctx.report({ messageId: 'expired', path, data: { ...base, until: entry.graphUntil! } });
      return;
    }
    if (mk !== undefined && mk <= 0) {
      ctx.report({ messageId: 'marketingExpired', path, data: { ...base, until: entry.marketingUntil!, ...marketing! } });
      return;
    }
    if (mk !== undefined && mk <= options.warnDays) {
      ctx.report({ messageId: 'marketingExpiring', severity: 'warn', path, data: { ...base, until: entry.marketingUntil!, days: plural(mk, 'day'), ...marketing! } });
      return;
    }
    if (g !== undefined && g <= options.warnDays) {
      ctx.report({ messageId: 'expiring', severity: 'warn', path, data: { ...base, until: entry.graphUntil!, days: plural(g, 'day') } });
      return;
    }
    const behind = parts(latest)[0] - parts(version)[0];
    if (behind > options.maxMajorsBehind)
      ctx.report({ messageId: 'behind', severity: 'notice', path, data: { ...base, behind } });
  },
});
