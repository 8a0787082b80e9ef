/** The gates, in the order they are evaluated and reported. */
export const GATE_ORDER = ['validation', 'checks', 'soak', 'argocd', 'labels', 'freeze'] as const;

export type GateId = (typeof GATE_ORDER)[number];

export type GateStatus = 'pass' | 'fail' | 'skipped';

export interface GateResult {
  id: GateId;
  status: GateStatus;
  /** One line: why it passed, failed or was skipped. */
  why: string;
}
