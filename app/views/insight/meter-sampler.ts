/**
 * Feeds the meters' counts into a {@link MeterHistory} as the broker records change, through a
 * transient store subscription started the first time the metrics panel asks (so the rates keep
 * learning while the panel's tab is closed). One sampler per store.
 */
import { CLOCK_ID } from '../../../engine/view/types';
import { recordOf, selectBrokers } from '../../store/selectors';
import type { AppState, AppStore } from '../../store/store';
import { MeterHistory } from './meter-rate';
import { meterSamples } from './metrics-rows';

const samplers = new WeakMap<AppStore, MeterHistory>();

export function meterHistoryOf(store: AppStore): MeterHistory {
  let history = samplers.get(store);
  if (history) return history;
  const created = new MeterHistory();
  history = created;
  samplers.set(store, created);
  let brokers: AppState['kinds']['broker'];
  const sample = (state: AppState) => {
    if (state.kinds.broker === brokers) return;
    brokers = state.kinds.broker;
    const clock = recordOf(state, 'clock', CLOCK_ID);
    if (!clock) return;
    for (const [key, count] of meterSamples(selectBrokers(state))) created.record(key, clock.nowMs, count);
  };
  sample(store.getState());
  store.subscribe(sample);
  return created;
}
