/** Every JSON path of a parsed value, plus missing keys and indexes under each collection (position tests). */
export type Path = (string | number)[];

export function paths(v: unknown, p: Path = [], out: Path[] = []): Path[] {
  out.push(p);
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      paths(x, [...p, i], out);
    });
    out.push([...p, v.length], [...p, -1], [...p, 0.5]);
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...p, k], out);
    out.push([...p, 'no-such-key'], [...p, 'no-such-key', 0]);
  }
  return out;
}
