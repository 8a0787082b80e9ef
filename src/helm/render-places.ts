import type { TemplateRequest } from '../ports/helm.js';

/**
 * The paths of one render that helm may name in its messages and that another run's identical render
 * has elsewhere: the chart directory (real and as given), the values and `--set-file` files, each
 * symlink's target in the chart. Equal keys have as many places, in the same order.
 */
export function renderPlaces(req: TemplateRequest, realChart: string, links: readonly string[]): string[] {
  return [
    realChart,
    req.chartDir,
    ...req.valueFiles,
    ...(req.fileParameters ?? []).map((p) => p.path),
    ...links,
  ];
}

/** Whether the text names a place (an output that does cannot be served for another run). */
export function namesPlace(text: string, places: readonly string[]): boolean {
  return places.some((p) => text.includes(p));
}

/** The text with every place taken out, as its index: the longest place first where several match. */
export function withoutPlaces(text: string, places: readonly string[]): (string | number)[] {
  const order = places.map((p, i) => [p, i] as const).sort((a, b) => b[0].length - a[0].length);
  const out: (string | number)[] = [];
  let at = 0;
  let plain = '';
  while (at < text.length) {
    const hit = order.find(([p]) => p.length > 0 && text.startsWith(p, at));
    if (hit) {
      if (plain) out.push(plain);
      plain = '';
      out.push(hit[1]);
      at += hit[0].length;
    } else plain += text[at++];
  }
  if (plain) out.push(plain);
  return out;
}

/** The text with each index replaced by this render's place; null when an index names no place. */
export function withPlaces(parts: readonly (string | number)[], places: readonly string[]): string | null {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p < places.length) out += places[p]!;
    else return null;
  }
  return out;
}
