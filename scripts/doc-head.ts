/**
 * Prepended to docs examples that do not start with `version:` so pages can show only what matters.
 * docs/rules/README.md says so to readers; scripts/gen.ts writes it there, the docs test prepends it.
 */
export const DOC_HEAD = `version: 1
business:
  id: "100000000000001"
app:
  id: "200000000000002"
  accessLevel: standard
  graphApiVersion: v26.0
assets:
  - { id: "300000000000003", type: page, name: Acme Shop, environment: production }
  - { id: "300000000000004", type: page, name: Acme Shop (test), environment: test }
  - { id: "310000000000001", type: catalog, name: Acme Products, environment: production }
  - { id: "310000000000002", type: catalog, name: Acme Products (test), environment: test }
  - { id: act_320000000000001, type: ad_account, name: Acme Ads, environment: production }
`;
