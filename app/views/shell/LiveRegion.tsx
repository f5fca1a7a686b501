/**
 * The polite live region: important changes (ISR shrink, leader elected, segment deleted, the result of
 * an action) read aloud. It is a log of the last few, not a single line, so an action's own message and
 * the announcer's sentence about its effect a moment later are both read rather than one replacing
 * the other.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../bridge/context';
import type { Announcement } from '../../store/ui-slice';

const KEPT = 5;

export function LiveRegion() {
  const announcement = useAppStore((s) => s.announcement);
  const [recent, setRecent] = useState<readonly Announcement[]>([]);
  useEffect(() => {
    if (announcement) setRecent((list) => [...list, announcement].slice(-KEPT));
  }, [announcement]);
  return (
    <div className="visually-hidden" role="log" aria-live="polite" data-testid="live-region">
      {recent.map((a) => (
        <p key={a.id}>{a.text}</p>
      ))}
    </div>
  );
}
