/** `graphguard <command> --help`: one screen per subcommand (the main help is in cli.ts). */
export const COMMAND_HELP: Record<string, string> = {
  diff: `Usage: graphguard diff BASE HEAD [options]

The access change between two manifests. BASE and HEAD are files or git REF:path
(e.g. origin/main:graphguard.yml).

Options:
  --format NAME          text | json | markdown (default: text)
  --output FILE          write to FILE instead of stdout
  --fail-on-new-access   exit 1 when HEAD grants access BASE did not
  -h, --help             this help
`,
  init: `Usage: graphguard init [--from-live | --from-code] [options]

Write a starter manifest (graphguard.yml), one read from the live business with --from-live, or one
made from the Graph API calls in the code with --from-code (a system user per token env var it reads).
Refuses when a manifest (graphguard.yml, graphguard.yaml, .graphguard.yml) is already there.

Options:
  --output FILE          where to write (default: graphguard.yml; - for stdout)
  --force                overwrite the existing manifest
  --from-code            from the Graph API calls in the code (see graphguard infer)
  --from-live            read the business through the Graph API (GRAPHGUARD_GRAPH_TOKEN)
  --business ID          the business id for --from-live (default: GRAPHGUARD_BUSINESS_ID)
  --app ID               the app id for --from-live (default: GRAPHGUARD_APP_ID); with
                         GRAPHGUARD_APP_SECRET it also identifies the token's own system user
  --graph-api-version V  app.graphApiVersion to write (default: v26.0 for the starter, the latest
                         known with --from-live and --from-code)
  --graph-url URL        Graph API base URL (default: GRAPHGUARD_GRAPH_URL or https://graph.facebook.com)
  --live-timeout SEC     time budget for live calls (default: 60)
  --today YYYY-MM-DD     the date written as lastRotated
  -h, --help             this help
`,
  rules: `Usage: graphguard rules [--format text|json]

List every rule: id, default severity, kind and description.

Options:
  --format NAME          text | json (default: text)
  -h, --help             this help
`,
  explain: `Usage: graphguard explain RULE

Print a rule's documentation: what it checks, why, its options and examples.
\`graphguard rules\` lists the rule ids.

Options:
  -h, --help             this help
`,
  rotate: `Usage: graphguard rotate USER [options]

Rotate the token of the declared system user USER (docs/live.md, "Rotation"). Without --yes it
prints the plan and calls nothing. With --yes: create a token, verify it with debug_token, store it,
then revoke EVERY other token of USER and set lastRotated in the manifest.

Options:
  --yes                  perform the rotation (needs --output, GRAPHGUARD_APP_SECRET and the acting
                         token: GRAPHGUARD_ADMIN_TOKEN, else the admin system user's declared token)
  --output FILE          write the new token to FILE (mode 0600); - for stdout when it is a pipe
  --manifest FILE        the manifest (default: found here or in a folder above, as check does)
  --graph-url URL        Graph API base URL (default: GRAPHGUARD_GRAPH_URL or https://graph.facebook.com)
  --live-timeout SEC     time budget for the calls (default: 60)
  --today YYYY-MM-DD     the date written as lastRotated (default: today, UTC)
  -h, --help             this help
`,
  schema: `Usage: graphguard schema

Print the manifest's JSON Schema (also in the package: schema/manifest.schema.json).

Options:
  -h, --help             this help
`,
};

/** True when the arguments ask for help (before any other parsing, so `init --help` never writes). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
