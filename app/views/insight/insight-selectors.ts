/**
 * Store selectors of the insight views (selectors.ts holds the shared ones). Each returns a record of
 * the store or a primitive, so a view re-renders only when that record is replaced.
 */
import { type SendRecord, topicViewId } from '../../../engine/view/types';
import { recordOf, selectKind } from '../../store/selectors';
import type { AppState } from '../../store/store';

/**
 * The send whose outcome "what just happened" explains: the newest one from the producer panel, else
 * the automatic producer's newest (at thousands a second those change every frame; a hand-made send is
 * what a student is looking at).
 */
export function selectNewestSend(s: AppState): SendRecord | undefined {
  let manual: SendRecord | undefined;
  let auto: SendRecord | undefined;
  for (const send of selectKind('send')(s).values()) {
    if (send.auto) {
      if (!auto || send.seq > auto.seq) auto = send;
    } else if (!manual || send.seq > manual.seq) {
      manual = send;
    }
  }
  return manual ?? auto;
}

export const selectTopicRecord = (name: string) => (s: AppState) => recordOf(s, 'topic', topicViewId(name));
