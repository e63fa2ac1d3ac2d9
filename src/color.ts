/** Whether stylish output is coloured: --no-color and NO_COLOR win, then --color, then FORCE_COLOR, then a TTY. */
export function useColor(o: { flag: boolean | undefined; env: Record<string, string | undefined>; isTTY: boolean }): boolean {
  if (o.flag === false || 'NO_COLOR' in o.env) return false;
  if (o.flag === true) return true;
  // FORCE_COLOR (as Node, chalk and supports-color read it): set and not "0"/"false" forces colour.
  const force = o.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return o.isTTY;
}
