/** Message templates: placeholders filled from the report's data, the same text however often a template is used. */
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../src/rule.js';

describe('fillTemplate', () => {
  it('fills every placeholder, spaces inside the braces allowed, and leaves other braces alone', () => {
    const t = '{{user}} lacks {{ permission }} for {{user}}; see {docs} and {{count}}';
    expect(fillTemplate(t, { user: 'shop-prod', permission: 'pages_manage_posts', count: 2 })).toBe('shop-prod lacks pages_manage_posts for shop-prod; see {docs} and 2');
    // The template split once and reused: other data, the same shape.
    expect(fillTemplate(t, { user: 'u1', permission: 'ads_read', count: 0 })).toBe('u1 lacks ads_read for u1; see {docs} and 0');
    expect(fillTemplate('no placeholders')).toBe('no placeholders');
    expect(fillTemplate('{{a}}{{b}}', { a: '', b: 'x' })).toBe('x');
  });

  it('a placeholder without a value is a bug in the rule, named', () => {
    expect(() => fillTemplate('{{user}} and {{missing}}', { user: 'u' }, 'some-rule')).toThrow('rule some-rule: no value for placeholder {{missing}}');
  });

  it('a value that looks like a placeholder is not filled again', () => {
    expect(fillTemplate('{{a}} {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} x');
  });
});
