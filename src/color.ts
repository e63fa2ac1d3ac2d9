/** Whether stylish output is coloured: --no-color and NO_COLOR win, then --color, then FORCE_COLOR, then a TTY. */
export function useColor(o: { flag: boolean | undefined; env: Record<string, string | undefined>; isTTY: boolean }): boolean {
  // NO_COLOR counts when it is set and not empty (no-color.org), as Node's own util reads it.
  if (o.flag === false || (o.env.NO_COLOR !== undefined && o.env.NO_COLOR !== '')) return false;
  if (o.flag === true) return true;
  // FORCE_COLOR (as Node, chalk and supports-color read it): set and not "0"/"false" forces colour.
  const force = o.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return o.isTTY;
}
