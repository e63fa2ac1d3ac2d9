/** Where the project lives, for rule help links. */
export const REPO_URL = 'https://github.com/graphguard/graphguard';
export const DOCS_URL = `${REPO_URL}/blob/main/docs/rules`;
/** The docs page of a rule. */
export function ruleDocUrl(id: string): string {
  return `${DOCS_URL}/${id}.md`;
}
