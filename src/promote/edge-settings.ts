import type { PromotionConfig, PromotionEdge } from '../gitops/config.js';
import { GATE_ORDER } from './gate-ids.js';
import type { GateSettings } from './gates.js';

/** The configured edge `from → to`, or null. */
export function findEdge(promotion: PromotionConfig, from: string, to: string): PromotionEdge | null {
  return promotion.edges.find((e) => e.from === from && e.to === to) ?? null;
}

/** `dev → staging, staging → stable`: the configured edges, for a message. */
export function describeEdges(promotion: PromotionConfig): string {
  return promotion.edges.map((e) => `${e.from} → ${e.to}`).join(', ');
}

/**
 * The gates of an edge and their settings: what the edge itself says, else the top-level
 * `promotion` settings; every gate unless the edge lists its own.
 */
export function edgeSettings(promotion: PromotionConfig, edge: PromotionEdge): GateSettings {
  return {
    gates: edge.gates ?? GATE_ORDER,
    soak: edge.soak ?? promotion.soak,
    requiredChecks: edge.requiredChecks ?? promotion.requiredChecks,
    blockingLabels: edge.blockingLabels ?? promotion.blockingLabels,
    freeze: edge.freeze ?? promotion.freeze,
  };
}
