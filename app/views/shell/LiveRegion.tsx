/** The polite live region: important changes (ISR shrink, leader elected, segment deleted) read aloud. */
import { useAppStore } from '../../bridge/context';

export function LiveRegion() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </div>
  );
}
