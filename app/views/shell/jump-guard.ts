/**
 * Whether a time jump is sensible now: with the automatic producer running, a jump sends rate × time
 * records (7 days at 5,000/s is 3 billion), which no browser can hold. Above the limit the jump button
 * is greyed out with the reason instead of hanging the tab.
 */
export const MAX_JUMP_RECORDS = 2_000_000;

export function recordsDuringJump(ratePerSec: number, jumpMs: number): number {
  return Math.round((ratePerSec * jumpMs) / 1000);
}

export function jumpAllowed(ratePerSec: number, jumpMs: number): boolean {
  return recordsDuringJump(ratePerSec, jumpMs) <= MAX_JUMP_RECORDS;
}
