/** A small valid manifest to build rule cases on: head + users appended by each test. */
export const HEAD = `version: 1
business:
  id: "100000000000001"
app:
  id: "200000000000002"
  accessLevel: standard
  graphApiVersion: v25.0
assets:
  - id: "300000000000003"
    type: page
    name: Shop
    environment: production
  - id: "300000000000004"
    type: page
    name: Shop (test)
    environment: test
  - id: act_320000000000001
    type: ad_account
    name: Ads
    environment: production
  - id: "310000000000001"
    type: catalog
    name: Products
    environment: production
systemUsers:
`;
/** Line number (1-based) of the first line after HEAD. */
export const FIRST = HEAD.split('\n').length;
