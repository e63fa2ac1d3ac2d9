/**
 * Builds data/sdk-methods.json from facebook-nodejs-business-sdk's generated object classes
 * (node_modules/facebook-nodejs-business-sdk/src/objects/*.js): for each class, the HTTP methods of its
 * node (`read`/`get`, `update`, `delete`) and, for each edge method, the HTTP method and edge path the
 * SDK itself calls (`getEdge(…, '/products')` → GET, `createEdge('/products', …)` → POST,
 * `deleteEdge('/products', …)` → DELETE). A class whose Node file is hand-written rather than generated
 * (HAND_WRITTEN) takes its methods from the other business SDKs, generated from the same API spec. Run by
 * `npm run gen` (scripts/gen.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const METHOD = /^ {2}([a-zA-Z][A-Za-z0-9]*) \(/gm;
const CALL = /return (?:this|super)\.(getEdge|createEdge|deleteEdge|read|update|delete)\(([^;]*?)\);/;
const HTTP = { getEdge: 'GET', createEdge: 'POST', deleteEdge: 'DELETE', read: 'GET', update: 'POST', delete: 'DELETE' } as const;

/**
 * Classes whose file in the Node SDK is hand-written: facebook-business-sdk-codegen copies
 * templates/nodejs/src/objects/ad-video.js over the generated one, which keeps only `getThumbnails`
 * (`getEdge(VideoThumbnail, fields, params, true, 'thumbnails')`, no leading slash) and no `get`/`update`/`delete`
 * of its own. The Java, PHP and Python SDKs generate the class from api_specs/specs/AdVideo.json: its methods as
 * they name them, checked in facebook-java-business-sdk v24.0.1 (src/main/java/com/facebook/ads/sdk/AdVideo.java)
 * and facebook-php-business-sdk 24.0.1 (src/FacebookAds/Object/AdVideo.php), the release the Node SDK pinned here
 * matches; the spec of that release is codegen commit e741ad1 (19 edge operations, and the node's DELETE, GET
 * and POST). The SDKs' name for POST /captions, `createCapTIOn`, is kept as they spell it; facebook-python-business-sdk
 * 24.0.1 (facebook_business/adobjects/advideo.py) spells it `create_cap_t_i_on`, which the snake_case of the
 * camelCase name does not give, so that spelling is listed too. Each hand-written file's own edge calls must be
 * among these (checked below).
 */
const HAND_WRITTEN: Record<string, { source: string; node: string[]; edges: Record<string, string> }> = {
  AdVideo: {
    source:
      'facebook-java-business-sdk@24.0.1 src/main/java/com/facebook/ads/sdk/AdVideo.java, facebook-php-business-sdk@24.0.1 src/FacebookAds/Object/AdVideo.php and facebook-python-business-sdk@24.0.1 facebook_business/adobjects/advideo.py, generated from facebook-business-sdk-codegen api_specs/specs/AdVideo.json (the Node SDK\'s src/objects/ad-video.js is hand-written)',
    node: ['GET', 'POST', 'DELETE'],
    edges: {
      getBoostAdsList: 'GET /boost_ads_list',
      getCaptions: 'GET /captions',
      createCapTIOn: 'POST /captions',
      create_cap_t_i_on: 'POST /captions',
      getCollaborators: 'GET /collaborators',
      createCollaborator: 'POST /collaborators',
      getComments: 'GET /comments',
      createComment: 'POST /comments',
      getCrosspostSharedPages: 'GET /crosspost_shared_pages',
      createGamingClipCreate: 'POST /gaming_clip_create',
      getLikes: 'GET /likes',
      createLike: 'POST /likes',
      getPollSettings: 'GET /poll_settings',
      getPolls: 'GET /polls',
      createPoll: 'POST /polls',
      getSponsorTags: 'GET /sponsor_tags',
      getTags: 'GET /tags',
      getThumbnails: 'GET /thumbnails',
      createThumbnail: 'POST /thumbnails',
      getVideoInsights: 'GET /video_insights',
    },
  },
};

/** A hand-written file's own edge calls, `getEdge(Class, fields, params, true, 'thumbnails')`: method name → `GET /thumbnails`. */
function handWrittenEdges(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const heads = [...text.matchAll(/^ {2}([a-zA-Z][A-Za-z0-9]*)\(/gm)];
  heads.forEach((h, i) => {
    const body = text.slice(h.index, heads[i + 1]?.index ?? text.length);
    const c = /\.(getEdge|createEdge|deleteEdge)\(([^;]*?)\);/.exec(body);
    const edge = c && /'\/?([^'/]+)'/.exec(c[2]!)?.[1];
    if (c && edge) out[h[1]!] = `${HTTP[c[1] as keyof typeof HTTP]} /${edge}`;
  });
  return out;
}

/** The JSON text of data/sdk-methods.json, from the SDK installed under `root`. */
export function sdkMethodsJson(root: string): string {
  const pkgDir = path.join(root, 'node_modules', 'facebook-nodejs-business-sdk');
  const version = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = path.join(pkgDir, 'src', 'objects');
  const classes: Record<string, { node: string[]; edges: Record<string, string> }> = {};
  const handWritten: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const cls = /export default class (\w+) extends AbstractCrudObject/.exec(text)?.[1];
    if (!cls) continue;
    const hand = Object.hasOwn(HAND_WRITTEN, cls) ? HAND_WRITTEN[cls]! : undefined;
    if (hand) {
      for (const [name, op] of Object.entries(handWrittenEdges(text)))
        if (hand.edges[name] !== op) throw new Error(`${f}: ${name} calls ${op}, which HAND_WRITTEN.${cls} does not hold`);
      const sorted = Object.fromEntries(Object.entries(hand.edges).sort(([a], [b]) => (a < b ? -1 : 1)));
      classes[cls] = { node: ['GET', 'POST', 'DELETE'].filter((x) => hand.node.includes(x)), edges: sorted };
      handWritten[cls] = hand.source;
      continue;
    }
    const node = new Set<string>();
    const edges: Record<string, string> = {};
    const heads = [...text.matchAll(METHOD)];
    heads.forEach((h, i) => {
      const name = h[1]!;
      const body = text.slice(h.index, heads[i + 1]?.index ?? text.length);
      const c = CALL.exec(body);
      if (!c) return;
      const http = HTTP[c[1] as keyof typeof HTTP];
      if (c[1]!.endsWith('Edge')) {
        const edge = /'(\/[^']*)'/.exec(c[2]!)?.[1];
        if (edge) edges[name] = `${http} ${edge}`;
      } else if (name === 'get' || name === 'update' || name === 'delete') node.add(http);
    });
    // Every edge call of a generated file is read; one that is not means a hand-written file (HAND_WRITTEN).
    const calls = (text.match(/\.(?:getEdge|createEdge|deleteEdge)\(/g) ?? []).length;
    if (calls !== Object.keys(edges).length) throw new Error(`${f}: ${calls} edge calls, ${Object.keys(edges).length} read: a hand-written file? (HAND_WRITTEN)`);
    if (node.size === 0 && Object.keys(edges).length === 0) continue;
    const sorted = Object.fromEntries(Object.entries(edges).sort(([a], [b]) => (a < b ? -1 : 1)));
    classes[cls] = { node: ['GET', 'POST', 'DELETE'].filter((x) => node.has(x)), edges: sorted };
  }
  for (const cls of Object.keys(HAND_WRITTEN)) if (!handWritten[cls]) throw new Error(`HAND_WRITTEN.${cls}: no such class in the Node SDK`);
  const out = {
    $comment:
      'Generated by `npm run gen` (scripts/gen-sdk-methods.ts) from the official Node.js business SDK. For each generated class: the HTTP methods its node supports (get/update/delete) and, per edge method, the HTTP method and edge path the SDK calls. The Python, PHP and Java business SDKs are generated from the same API specs (facebook/facebook-business-sdk-codegen) with the same class and method names (Python in snake_case). A class whose Node file is hand-written is listed in handWritten, with the generated SDK files its methods were read from. Do not edit.',
    source: `facebook-nodejs-business-sdk@${version} src/objects/*.js (https://github.com/facebook/facebook-nodejs-business-sdk)`,
    handWritten,
    classes,
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}
