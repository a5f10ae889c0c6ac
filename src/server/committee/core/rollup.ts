/**
 * Progress of a deliverable with sub-deliverables rolls up from theirs:
 * weighted when every child has a weight (and they sum above zero), else the
 * plain average. A leaf's progress is its latest update.
 */
export interface ProgressNode {
  progress: number;
  weight: number | null;
  children: readonly ProgressNode[];
}

export function rolledUpProgress(node: ProgressNode): number {
  if (node.children.length === 0) return clamp(node.progress);
  const values = node.children.map((c) => ({ p: rolledUpProgress(c), w: c.weight }));
  const weighted = values.every((v) => v.w !== null && v.w >= 0) && values.reduce((s, v) => s + (v.w ?? 0), 0) > 0;
  if (weighted) {
    const total = values.reduce((s, v) => s + (v.w ?? 0), 0);
    return clamp(values.reduce((s, v) => s + v.p * (v.w ?? 0), 0) / total);
  }
  return clamp(values.reduce((s, v) => s + v.p, 0) / values.length);
}

function clamp(p: number): number {
  return Math.min(100, Math.max(0, p));
}

export interface FlatDeliverable {
  id: number;
  parentId: number | null;
  progress: number;
  weight: number | null;
}

/** Rolled-up progress for every deliverable of a flat list, by id. */
export function rollUpAll(items: readonly FlatDeliverable[]): Map<number, number> {
  const children = new Map<number, FlatDeliverable[]>();
  for (const d of items) {
    if (d.parentId !== null) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d]);
  }
  const toNode = (d: FlatDeliverable, seen: Set<number>): ProgressNode => {
    if (seen.has(d.id)) return { progress: d.progress, weight: d.weight, children: [] };
    const next = new Set(seen).add(d.id);
    return { progress: d.progress, weight: d.weight, children: (children.get(d.id) ?? []).map((c) => toNode(c, next)) };
  };
  return new Map(items.map((d) => [d.id, rolledUpProgress(toNode(d, new Set()))]));
}
