/**
 * The hand-written part of the manifest JSON Schema (SPEC §1). `npm run gen` adds the `rules:`
 * part from rule metadata and writes schema/manifest.schema.json, which ships with the package.
 */

/** Patterns the schema holds names to (the manifest-schema rule's own checks pass over names that fail them). */
export const NAME_PATTERN = '^[a-z][a-z0-9_]*$';
export const TASK_PATTERN = '^[A-Z][A-Z0-9_]*$';
export const ASSET_ID_PATTERN = '^(act_)?[0-9]+$';

const digits = (description: string) => ({ type: 'string', pattern: '^[0-9]+$', description });
const nameList = (description: string) => ({
  type: 'array',
  items: { type: 'string', pattern: NAME_PATTERN },
  uniqueItems: true,
  description,
});
export const ASSET_TYPES = [
  'page',
  'catalog',
  'ad_account',
  'instagram_account',
  'commerce_account',
  'pixel',
  'whatsapp_business_account',
] as const;
const environment = { type: 'string', enum: ['production', 'test'] };
const taskList = {
  type: 'array',
  minItems: 1,
  uniqueItems: true,
  items: { type: 'string', pattern: TASK_PATTERN },
};

export const schemaBase = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/graphguard/graphguard/schema/manifest.schema.json',
  title: 'graphguard manifest (v1)',
  description:
    'System users of a Meta business, their token permissions and their asset tasks, checked by graphguard.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'business', 'systemUsers'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Manifest format version.' },
    business: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: digits('Business (portfolio) id.'),
        name: { type: 'string' },
      },
    },
    app: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: digits('App id.'),
        accessLevel: {
          type: 'string',
          enum: ['development', 'basic', 'standard', 'limited', 'full'],
          description:
            "The app's access level, which sets the system-user quota: development, basic (legacy) or standard; limited and full (Meta's Marketing API Access Tier names) count as development and standard.",
        },
        quota: {
          type: 'object',
          additionalProperties: false,
          properties: {
            systemUsers: { type: 'integer', minimum: 0 },
            adminSystemUsers: { type: 'integer', minimum: 0 },
          },
        },
        graphApiVersion: { type: 'string', pattern: '^v[0-9]+\\.[0-9]+$', description: 'e.g. v26.0' },
        reviewedPermissions: nameList('Permissions approved for the app in App Review.'),
      },
    },
    assets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type'],
        properties: {
          id: { type: 'string', pattern: ASSET_ID_PATTERN, description: 'Asset id; ad accounts may be written act_<digits>.' },
          type: { type: 'string', enum: [...ASSET_TYPES] },
          name: { type: 'string', minLength: 1 },
          environment,
          owner: {
            type: 'string',
            enum: ['business', 'client'],
            description:
              'Who owns the asset: this business (default), or another business that shares it as a client asset (agency). Checked live by live-asset-ownership.',
          },
        },
      },
    },
    useCases: {
      type: 'object',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          description: { type: 'string' },
          permissions: {
            type: 'object',
            additionalProperties: false,
            properties: { required: nameList('Permissions the use case needs.'), optional: nameList('Permissions it may use.') },
          },
          maxTasks: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(ASSET_TYPES.map((t) => [t, taskList])),
          },
        },
      },
    },
    systemUsers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9_-]+$' },
          id: digits('System user id; live verification matches on it.'),
          role: { type: 'string', enum: ['system_user', 'admin'] },
          environment,
          useCases: nameList('What the token is for; drives least privilege.'),
          permissions: nameList('Permissions (scopes) of the token.'),
          token: {
            type: 'object',
            additionalProperties: false,
            required: ['secret'],
            properties: {
              secret: {
                type: 'string',
                pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
                description: 'NAME of the env var / CI secret that holds the token; never the value.',
              },
              expires: { type: 'string', enum: ['never', '60d'] },
              rotateEveryDays: { type: 'integer', minimum: 1, maximum: 3650 },
              lastRotated: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' },
            },
          },
          code: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              "Globs of the code that runs with this user's token (e.g. `src/catalog/**`): its Graph API calls are attributed to this user (docs/evidence.md).",
          },
          assets: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['asset', 'tasks'],
              properties: {
                asset: { type: 'string', minLength: 1, description: 'A declared asset, by id or name.' },
                tasks: taskList,
              },
            },
          },
        },
        if: { properties: { role: { const: 'system_user' } }, required: ['role'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
        then: { required: ['environment'], properties: { environment } },
      },
    },
    rules: { type: 'object' },
    scan: {
      type: 'object',
      additionalProperties: false,
      properties: {
        include: { type: 'array', items: { type: 'string' } },
        exclude: { type: 'array', items: { type: 'string' } },
        adminPaths: { type: 'array', items: { type: 'string' } },
      },
    },
  },
} as const;
