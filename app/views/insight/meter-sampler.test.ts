import { describe, expect, it } from 'vitest';
import type { BrokerRecord, ClockRecord, ViewRecord } from '../../../engine/view/types';
import { createAppStore } from '../../store/store';
import { meterHistoryOf } from './meter-sampler';

const clock = (nowMs: number): ClockRecord => ({ kind: 'clock', id: 'clock', nowMs }) as ClockRecord;
const broker = (count: number): BrokerRecord =>
  ({
    kind: 'broker',
    id: 'broker:1',
    brokerId: 1,
    metrics: { IsrShrinksPerSec: count },
  }) as unknown as BrokerRecord;

describe('meterHistoryOf', () => {
  it('samples meters as broker records change, one history per store', () => {
    const store = createAppStore('en');
    const records: ViewRecord[] = [clock(0), broker(0)];
    store.getState().applySnapshot(0, { records });
    const history = meterHistoryOf(store);
    expect(meterHistoryOf(store)).toBe(history);
    store.getState().applyPatch(1, { added: [], updated: [clock(10_000), broker(5)], removed: [] });
    expect(history.ratePerSec('broker:1/IsrShrinksPerSec', 10_000, 5)).toBeCloseTo(0.5);
    expect(history.ratePerSec('cluster/IsrShrinksPerSec', 10_000, 5)).toBeCloseTo(0.5);
    // A patch that leaves the brokers alone adds no sample.
    store.getState().applyPatch(2, { added: [], updated: [clock(20_000)], removed: [] });
    expect(history.ratePerSec('broker:1/IsrShrinksPerSec', 20_000, 5)).toBeCloseTo(0.25);
  });
});
