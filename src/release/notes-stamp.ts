import type { WaveResult } from './model.js';
import type { Verification } from './verify.js';

/**
 * The first line of a release's notes: what they say of each wave (where its tag is, and whether the
 * notes hold its verification), as an HTML comment GitHub does not show. A later run that finds the
 * release done reads it to tell notes an interrupted run left behind (a wave shown held that has
 * moved since, a verification missing) from notes that describe the tags as they are, without
 * reading the markdown. Tag names are percent-encoded: a ref name may hold `-->`, never `%3E`.
 */

const PREFIX = '<!-- gitops-promotion:release-waves';
const SUFFIX = '-->';

/** One wave as the notes show it. */
export interface StampedWave {
  tag: string;
  /** The commit the notes show its tag at; null: not there (did not exist). */
  sha: string | null;
  /** The state of the verification the notes hold for it; null: none. */
  verification: Verification['state'] | null;
}

export function notesStamp(waves: readonly WaveResult[]): string {
  const entries = waves.map((w) => {
    const state = w.verification?.state ?? w.earlierVerification;
    const verified = state ? `/${state}` : '';
    return `${encodeURIComponent(wellFormed(w.tag))}=${w.sha ?? 'none'}${verified}`;
  });
  return [PREFIX, ...entries, SUFFIX].join(' ');
}

/**
 * Lone surrogates as U+FFFD, which encodeURIComponent would throw on (config refuses a wave tag
 * holding one: refs.ts; this keeps the stamp from failing a run on one all the same).
 */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

const ENTRY = /^([^=\s]+)=([0-9a-f]{40,64}|none)(?:\/(verified|failed|unknown))?$/;

/** The waves the first line of `body` records, or null when it records none (or not in this form). */
export function readNotesStamp(body: string): StampedWave[] | null {
  const first = body.split('\n', 1)[0]!.trimEnd();
  if (!first.startsWith(`${PREFIX} `) || !first.endsWith(` ${SUFFIX}`)) return null;
  const entries = first.slice(PREFIX.length, -SUFFIX.length).trim().split(' ').filter(Boolean);
  const waves: StampedWave[] = [];
  for (const entry of entries) {
    const m = ENTRY.exec(entry);
    const tag = m ? decoded(m[1]!) : null;
    if (!m || tag === null) return null;
    const verification = (m[3] ?? null) as StampedWave['verification'];
    waves.push({ tag, sha: m[2] === 'none' ? null : m[2]!, verification });
  }
  return waves;
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * How the notes are behind the waves at `release`, for the message: each wave they show elsewhere
 * (held: the run that moved the tag stopped before it brought the notes up to date), and each wave
 * this run verified whose successful verification they do not hold. Empty: they describe the tags
 * as they are.
 */
export function staleWaves(
  stamp: readonly StampedWave[],
  waves: readonly WaveResult[],
  release: string,
): string[] {
  const stale: string[] = [];
  for (const w of waves.filter((x) => x.sha === release)) {
    const shown = stamp.find((s) => s.tag === w.tag);
    if (!shown || shown.sha !== release) stale.push(`${w.tag} shown short of the release`);
    else if (w.verification?.state === 'verified' && shown.verification !== 'verified')
      stale.push(`${w.tag} without its verification`);
  }
  return stale;
}
