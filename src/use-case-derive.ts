/**
 * Derives the use-case catalogue (data/use-cases.json) from the operations each use case relies on
 * (data/use-case-operations.json) and the endpoint table (data/endpoints.json), so the two cannot disagree.
 * Run by `npm run gen`; test/data.test.ts holds the committed file to the derivation.
 */
import type { AssetType } from './manifest/types.js';
import type { Endpoint, EndpointTask, UseCase } from './data.js';

/** An operation a use case relies on: `METHOD /path`, or that with a narrowing. */
export type OperationRef =
  | string
  | {
      op: string;
      /** The permissions of the operation's `anyOf` this use case accepts (a non-empty subset). */
      anyOf?: string[];
      /** Tasks picked per asset type instead of the first of the operation's `task.anyOf` (or `task.or`): each must suffice (be one of them or imply one). */
      task?: Partial<Record<AssetType, string[]>>;
    };

/** One use case of data/use-case-operations.json. */
export interface UseCaseSource {
  description: string;
  operations: { required: OperationRef[]; optional: OperationRef[] };
  adminOnly?: true;
  sources: string[];
  note?: string;
}

/** The whole of data/use-case-operations.json. */
export interface UseCaseSourceFile {
  $comment?: string;
  useCases: Record<string, UseCaseSource>;
}

/** What derivation needs from the task table. */
export interface TaskTable {
  /** Task names of an asset type in data order. */
  names(type: AssetType): string[];
  /** The task plus everything it implies. */
  expand(type: AssetType, tasks: string[]): Set<string>;
}

const refKey = (r: OperationRef): string => (typeof r === 'string' ? r : r.op);

/** Every asset-type requirement of an operation: its task and its alternatives. */
function taskOptions(e: Endpoint): EndpointTask[] {
  if (!e.task) return [];
  return [{ assetType: e.task.assetType, anyOf: e.task.anyOf }, ...(e.task.or ?? [])];
}

/**
 * The catalogue derived from the use cases' operations. Throws with a clear message on an unknown
 * operation, a narrowing that is not a subset of what the operation lists, or an empty result.
 */
export function deriveUseCases(
  source: UseCaseSourceFile,
  endpoints: readonly Endpoint[],
  tasks: TaskTable,
): Record<string, UseCase> {
  const byKey = new Map(endpoints.map((e) => [`${e.method} ${e.path}`, e]));
  const out: Record<string, UseCase> = {};
  for (const [id, uc] of Object.entries(source.useCases)) {
    const required: string[] = [];
    const all: string[] = [];
    const add = (list: string[], p: string) => {
      if (!list.includes(p)) list.push(p);
    };
    const ceiling = new Map<AssetType, Set<string>>();
    const seen = new Set<string>();
    for (const [part, refs] of [
      ['required', uc.operations.required],
      ['optional', uc.operations.optional],
    ] as const) {
      for (const ref of refs) {
        const key = refKey(ref);
        const where = `use case ${id}, ${key}`;
        if (seen.has(key)) throw new Error(`${where}: listed twice`);
        seen.add(key);
        const e = byKey.get(key);
        if (!e) throw new Error(`${where}: no such operation in data/endpoints.json`);
        const narrowed = typeof ref === 'string' ? undefined : ref.anyOf;
        if (narrowed !== undefined) {
          if (narrowed.length === 0 || narrowed.some((p) => !e.permissions.anyOf.includes(p)))
            throw new Error(`${where}: anyOf ${JSON.stringify(narrowed)} is not a non-empty subset of ${JSON.stringify(e.permissions.anyOf)}`);
        }
        const anyOf = narrowed ?? e.permissions.anyOf;
        for (const p of e.permissions.allOf) {
          add(all, p);
          if (part === 'required') add(required, p);
        }
        for (const p of anyOf) add(all, p);
        if (part === 'required' && anyOf.length === 1) add(required, anyOf[0] as string);
        const picks = typeof ref === 'string' ? undefined : ref.task;
        const options = taskOptions(e);
        for (const type of Object.keys(picks ?? {}) as AssetType[]) {
          if (!options.some((o) => o.assetType === type)) throw new Error(`${where}: the operation has no task on ${type}`);
        }
        for (const o of options) {
          const picked = picks?.[o.assetType] ?? [o.anyOf[0] as string];
          // A pick must suffice for the operation: one of its anyOf, or a task implying one (ADVERTISE for ANALYZE).
          const suffices = (t: string) => o.anyOf.some((a) => tasks.expand(o.assetType, [t]).has(a));
          if (picked.length === 0 || !picked.every(suffices))
            throw new Error(`${where}: tasks ${JSON.stringify(picked)} on ${o.assetType} do not all suffice for ${JSON.stringify(o.anyOf)}`);
          const set = ceiling.get(o.assetType) ?? new Set<string>();
          for (const t of picked) set.add(t);
          ceiling.set(o.assetType, set);
        }
      }
    }
    const maxTasks: Partial<Record<AssetType, string[]>> = {};
    if (!uc.adminOnly) {
      for (const [type, set] of ceiling) {
        // Keep the broadest: drop a task another picked task implies; data order.
        const picked = [...set];
        const kept = picked.filter((t) => !picked.some((u) => u !== t && tasks.expand(type, [u]).has(t)));
        maxTasks[type] = tasks.names(type).filter((t) => kept.includes(t));
      }
    }
    const entry: UseCase = {
      description: uc.description,
      permissions: { required, optional: all.filter((p) => !required.includes(p)) },
      maxTasks,
      ...(uc.adminOnly ? { adminOnly: true as const } : {}),
      operations: { required: uc.operations.required.map(refKey), optional: uc.operations.optional.map(refKey) },
      sources: uc.sources,
      ...(uc.note !== undefined ? { note: uc.note } : {}),
    };
    if (required.length === 0 && all.length === 0) throw new Error(`use case ${id}: its operations need no permission`);
    out[id] = entry;
  }
  return out;
}

/** data/use-cases.json as `npm run gen` writes it: two-space JSON with short string arrays on one line. */
export function formatUseCases(useCases: Record<string, UseCase>): string {
  const doc = {
    $comment:
      'Generated by `npm run gen` from data/use-case-operations.json and data/endpoints.json. Do not edit. The built-in use-case catalogue: permissions.required + permissions.optional is everything a system user with this use case may hold (least-privilege-permissions). maxTasks: the broadest tasks allowed per asset type, before expansion; a grant is compared after expanding both sides (least-privilege-tasks). An asset type absent from maxTasks allows no grant on that type. adminOnly: only for role admin. operations: what the use case relies on. A manifest\'s useCases: block adds to or overrides these.',
    useCases,
  };
  const text = JSON.stringify(doc, null, 2);
  // Collapse arrays of strings onto one line, as the hand-written data files do.
  return `${text.replace(/\[\n\s+("(?:[^"\\]|\\.)*"(?:,\n\s+"(?:[^"\\]|\\.)*")*)\n\s+\]/g, (m, body: string) => {
    const line = `[${body.split(/,\n\s+/).join(', ')}]`;
    return line.length <= 160 ? line : m;
  })}\n`;
}
