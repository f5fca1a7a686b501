/**
 * When the user crashed each consumer application, in simulated ms, so the consumers panel can count
 * `session.timeout.ms` down. The view model does not carry it (yet), so the panel notes it itself when
 * the crash command is accepted; after a reload or a rewind past the crash the time is unknown and the
 * panel explains without a countdown. Kept outside React so switching side tabs does not lose it.
 */
const crashedAtMs = new Map<string, number>();

export function noteCrash(name: string, atMs: number): void {
  crashedAtMs.set(name, atMs);
}

/** The crash time, unless it is unknown or lies in the future of `nowMs` (the user rewound). */
export function crashTimeOf(name: string, nowMs: number): number | undefined {
  const at = crashedAtMs.get(name);
  return at !== undefined && at <= nowMs ? at : undefined;
}
