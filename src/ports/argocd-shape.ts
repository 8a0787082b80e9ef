import type { ArgoApplication } from './argocd.js';

/**
 * Whether an item of Argo CD's answers has the shape this project reads: a name, a spec, and strings
 * where it reads strings. Anything else (a proxy's answer, a broken server) is a bad payload, which
 * proves nothing either way. The client (src/argocd/client.ts) checks every answer with it, and the use
 * cases check again what a port hands them.
 */

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalString = (x: unknown) => x === undefined || typeof x === 'string';
const optionalStrings = (x: unknown) =>
  x === undefined || (Array.isArray(x) && x.every((s) => typeof s === 'string'));
const optionalObject = (x: unknown) => x === undefined || isObject(x);

/** `{revision, revisions}` of `status.sync`, a sync result or a sync operation. */
const revisionsOk = (x: unknown) =>
  x === undefined || (isObject(x) && optionalString(x.revision) && optionalStrings(x.revisions));

function sourcesOk(spec: Record<string, unknown>): boolean {
  const sources = spec.sources === undefined ? [spec.source ?? {}] : spec.sources;
  if (!Array.isArray(sources)) return false;
  return sources.every(
    (s) => isObject(s) && optionalString(s.repoURL) && optionalString(s.chart) && optionalString(s.path),
  );
}

/** `status.history`: the successful syncs, each with its revision(s) and `deployedAt`. */
const historyOk = (x: unknown) =>
  x === undefined ||
  x === null ||
  (Array.isArray(x) &&
    x.every((h) => revisionsOk(h) && optionalString((h as { deployedAt?: unknown }).deployedAt)));

function operationOk(op: unknown): boolean {
  if (op === undefined) return true;
  if (!isObject(op) || !optionalString(op.phase) || !optionalString(op.message)) return false;
  if (!optionalString(op.finishedAt) || !optionalString(op.startedAt)) return false;
  if (!optionalObject(op.operation) || !revisionsOk(op.syncResult)) return false;
  return !isObject(op.operation) || revisionsOk(op.operation.sync);
}

function statusOk(status: unknown): boolean {
  if (status === undefined) return true;
  if (!isObject(status)) return false;
  const { sync, health } = status;
  if (!revisionsOk(sync) || (isObject(sync) && !optionalString(sync.status))) return false;
  if (!optionalObject(health) || (isObject(health) && !optionalString(health.status))) return false;
  if (!optionalString(status.reconciledAt) || !historyOk(status.history)) return false;
  return operationOk(status.operationState);
}

function metadataError(metadata: Record<string, unknown>): string | null {
  const name = metadata.name;
  if (typeof name !== 'string' || name === '') return 'an Application without metadata.name';
  if (!optionalObject(metadata.labels)) return `Application ${name} with malformed labels`;
  return optionalString(metadata.namespace) ? null : `Application ${name} with a malformed namespace`;
}

/** Null when `item` is an Application as far as this project reads it, else what is wrong. */
export function applicationShapeError(item: unknown): string | null {
  if (!isObject(item) || !isObject(item.metadata)) return 'an item that is not an Application';
  const error = metadataError(item.metadata);
  if (error) return error;
  const name = item.metadata.name as string;
  if (!isObject(item.spec) || !sourcesOk(item.spec)) return `Application ${name} with a malformed spec`;
  return statusOk(item.status) ? null : `Application ${name} with a malformed status`;
}

/** The list as Applications, or throws saying what is wrong with it (the answer counts as unanswered). */
export function asApplications(list: unknown): ArgoApplication[] {
  if (!Array.isArray(list)) throw new Error('Argo CD answered an Application list that is not a list');
  for (const item of list) {
    const error = applicationShapeError(item);
    if (error) throw new Error(`Argo CD answered ${error}`);
  }
  return list as ArgoApplication[];
}
