import { describe, expect, it } from 'vitest';
import { endpoints, getEndpoint, operationKey } from '../src/data-endpoints.js';

/** The nodes whose operations were checked against Meta's pages in this share (Pages, Instagram, Business, WhatsApp, leads). */
const NODES = new Set([
  'page',
  'page_post',
  'comment',
  'ig_user',
  'ig_media',
  'ig_comment',
  'ig_container',
  'business',
  'system_user',
  'user',
  'object',
  'whats_app_business_account',
  'whatsapp_business_phone_number',
  'whatsapp_media',
  'whatsapp_message_template',
  'leadgen_form',
  'lead',
]);

type Checked = { on: string; states: string[] };
/** Operations added to the share after its check, with the day each was decided. */
const LATER: Record<string, string> = { 'GET /{user-id}': '2026-12-05', 'POST /{phone-number-id}': '2026-12-06', 'GET /{user-id}/adaccounts': '2026-12-06' };
const checkedOf = (e: object): Checked | undefined => (e as { checked?: Checked }).checked;

describe('Pages, Instagram, Business, WhatsApp and leads operations checked against Meta', () => {
  const mine = endpoints.filter((e) => NODES.has(e.node));

  it('covers the whole share', () => {
    // 152 checked on 2026-12-03, GET /{user-id} (GET /me) added on 2026-12-05, POST /{phone-number-id} (the
    // two-step verification PIN, the WhatsApp Node SDK's setPin) and GET /{user-id}/adaccounts (a decision: no Meta
    // page names its permission) on 2026-12-06.
    expect(mine.length).toBe(155);
  });

  it('records on each what the cited pages state, and a note where they state nothing', () => {
    const bad: string[] = [];
    for (const e of mine) {
      const c = checkedOf(e);
      const k = operationKey(e);
      if (!c || Object.keys(c).sort().join() !== 'on,states') {
        bad.push(`${k}: checked`);
        continue;
      }
      const later = LATER[k];
      if (c.on !== (later ?? '2026-12-03')) bad.push(`${k}: on`);
      if (!Array.isArray(c.states) || c.states.some((s) => s !== 'permissions' && s !== 'task') || new Set(c.states).size !== c.states.length)
        bad.push(`${k}: states`);
      if (c.states.length === 0 && !e.note?.includes(later ? `Decided ${later}` : 'Checked 2026-12-03')) bad.push(`${k}: note must say what the values were decided from`);
      if (c.states.includes('task') && e.task === null) bad.push(`${k}: a stated task but none recorded`);
    }
    expect(bad).toEqual([]);
  });

  it('applies the corrections the pages state', () => {
    expect(getEndpoint('GET', '/{page-id}/photos')).toMatchObject({
      permissions: { allOf: ['pages_read_engagement', 'pages_show_list', 'business_management'] },
      task: { assetType: 'page', anyOf: ['MODERATE'] },
    });
    expect(getEndpoint('POST', '/{page-id}/videos')?.permissions.allOf).toContain('pages_show_list');
    expect(getEndpoint('GET', '/{page-id}/ads_posts')?.permissions.allOf).toEqual(['pages_manage_ads', 'pages_show_list', 'ads_management', 'business_management']);
    expect(getEndpoint('GET', '/{object-id}/reactions')?.permissions.allOf).toEqual(['pages_show_list', 'business_management']);
    expect(getEndpoint('POST', '/{object-id}/comments')?.permissions.allOf).toContain('pages_read_engagement');
    expect(getEndpoint('GET', '/{page-id}/conversations')?.task).toEqual({ assetType: 'page', anyOf: ['MESSAGING', 'MODERATE'] });
    expect(getEndpoint('GET', '/{ig-user-id}/stories')?.permissions.allOf).not.toContain('instagram_manage_insights');
    for (const path of ['/{phone-number-id}/request_code', '/{phone-number-id}/verify_code'])
      expect(getEndpoint('POST', path)?.permissions.allOf).toEqual(['whatsapp_business_management', 'whatsapp_business_messaging']);
    expect(getEndpoint('POST', '/{page-id}/video_reels')?.permissions.allOf).toContain('pages_show_list');
    for (const method of ['GET', 'POST']) expect(getEndpoint(method, '/{ig-user-id}/product_appeal')?.permissions.anyOf).toEqual(['ads_read', 'ads_management']);
    for (const path of ['/{business-id}/owned_instagram_accounts', '/{business-id}/instagram_business_accounts'])
      expect(getEndpoint('GET', path)?.permissions).toEqual({ allOf: ['business_management'], anyOf: [] });
  });

  it('cites first the page that states what the entry says', () => {
    expect(getEndpoint('POST', '/{page-id}/messages')?.sources[0]).toBe('https://developers.facebook.com/docs/messenger-platform/send-api-reference');
    expect(getEndpoint('GET', '/{page-id}/photos')?.sources[0]).toBe('https://developers.facebook.com/docs/graph-api/reference/page/photos/');
    expect(getEndpoint('GET', '/{system-user-id}/assigned_pages')?.sources[0]).toBe(
      'https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions',
    );
  });
});
