import { defineRule } from '../src/rule.js';
import { missingFor } from '../src/calls/analyze.js';
import { attributionEvidence, declaredEvidence, operationOf } from '../src/calls/evidence.js';

export default defineRule({
  id: 'missing-permission',
  kind: 'code',
  defaultSeverity: 'error',
  description: "Require every Graph API call in the code to have the permissions it needs among its system user's declared permissions.",
  rationale:
    "graphguard reads the Graph API calls in the code (URL strings and templates, Graph clients, the business SDKs' generated methods), attributes each to the system user whose token the file reads (the one declared `token.secret` it names) or whose `code:` globs match the file, and looks the operation up in its endpoint table (data/endpoints.json, each entry sourced to Meta's reference page). A call needs all of the entry's `allOf` permissions and one of its `anyOf`. When the user's manifest entry does not declare one, either the manifest is wrong, or the call fails in production with error 200 or 10 (permission not granted) — the token cannot do what the code asks. A call to graph.instagram.com is the Instagram API with Instagram Login, which Meta serves to Instagram User tokens only (its reference names one host per login type); a system user's token is a Facebook Login token, so such a call attributed to a system user is reported as such, whatever it declares. The finding is at the call site and names the operation, the permission and the user; its `related` locations show why the call is that user's and what the user declares.",
  sources: [
    'https://developers.facebook.com/docs/permissions',
    'https://developers.facebook.com/docs/graph-api/reference',
    'https://developers.facebook.com/docs/business-management-apis/system-users/overview',
    'https://developers.facebook.com/documentation/instagram-platform/reference',
  ],
  messages: {
    missing: {
      message: '`{{operation}}` needs `{{permission}}`, which system user {{user}} does not declare.',
      suggestion: "Add `{{permission}}` to {{user}}'s permissions (and its token), or make this call with a user that has it.",
    },
    instagramLogin: {
      message:
        '`{{operation}}` goes to graph.instagram.com, which takes Instagram User tokens (Instagram Login) only; system user {{user}} has a Facebook Login token, and the call fails with it.',
      suggestion:
        "Call graph.facebook.com (the Instagram API with Facebook Login) with {{user}}'s token, or make this call with an Instagram User token, not a system user's.",
    },
    missingOneOf: {
      message: '`{{operation}}` needs one of {{permissions}}; system user {{user}} declares none of them.',
      suggestion: "Add `{{first}}` (the narrowest) to {{user}}'s permissions (and its token), or make this call with a user that has it.",
    },
  },
  // The work is on the whole scan's calls (checkCalls); no file is given to checkFile.
  needles: () => [],
  checkFile() {},
  checkCalls(ctx) {
    for (const u of ctx.calls.users) {
      const declared = new Set(u.permissions.declared);
      const at = (c: (typeof u.calls)[number]) => ({
        file: c.file,
        line: c.line,
        column: c.column,
        endLine: c.endLine,
        endColumn: c.endColumn,
        related: [attributionEvidence(ctx, c.file, c.attribution), declaredEvidence(ctx, u)],
        ...(c.source !== undefined ? { source: c.source } : {}),
      });
      // A call to graph.instagram.com cannot be made with a system user's token at all: that is the finding,
      // whatever the user declares. Unknown calls there count only through a client made for that host (a
      // URL string alone may be a log line or an error message naming it).
      for (const c of [...u.calls, ...u.unknown.filter((x) => x.via === 'client')]) {
        if (c.host === undefined) continue;
        const operation = operationOf(c);
        ctx.report({ messageId: 'instagramLogin', data: { operation, user: u.name }, anchor: `${u.name}\0${operation}\0${c.host}`, ...at(c) });
      }
      for (const c of u.calls) {
        if (c.host !== undefined) continue;
        const { allOf, anyOf } = missingFor(c.endpoint!, declared);
        if (allOf.length === 0 && !anyOf) continue;
        const operation = operationOf(c);
        const where = at(c);
        for (const permission of allOf)
          ctx.report({ messageId: 'missing', data: { operation, permission, user: u.name }, anchor: `${u.name}\0${operation}\0${permission}`, ...where });
        if (anyOf)
          ctx.report({
            messageId: 'missingOneOf',
            data: { operation, permissions: anyOf.map((p) => `\`${p}\``).join(', '), first: anyOf[0]!, user: u.name },
            anchor: `${u.name}\0${operation}\0${anyOf.join('|')}`,
            ...where,
          });
      }
    }
  },
});
