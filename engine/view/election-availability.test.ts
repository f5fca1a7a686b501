import { describe, expect, it } from 'vitest';
import { electionAvailability } from './election-availability';

describe('electionAvailability', () => {
  const healthy = { replicas: [1, 2, 3], leader: 1, isr: [1, 2, 3] };

  it('PREFERRED: not needed when the first replica leads; unavailable unless it is alive and in the ISR', () => {
    expect(electionAvailability(healthy, [1, 2, 3], 'PREFERRED')).toEqual({
      available: false,
      reason: 'ELECTION_NOT_NEEDED',
    });
    expect(electionAvailability({ ...healthy, leader: 2 }, [1, 2, 3], 'PREFERRED')).toEqual({
      available: true,
    });
    expect(electionAvailability({ ...healthy, leader: 2, isr: [2, 3] }, [1, 2, 3], 'PREFERRED')).toEqual({
      available: false,
      reason: 'PREFERRED_LEADER_NOT_AVAILABLE',
    });
    expect(electionAvailability({ ...healthy, leader: 2 }, new Set([2, 3]), 'PREFERRED')).toEqual({
      available: false,
      reason: 'PREFERRED_LEADER_NOT_AVAILABLE',
    });
    // Offline, the preferred replica alive and still in the ISR: a preferred election brings it back.
    expect(electionAvailability({ ...healthy, leader: -1, isr: [1] }, [1], 'PREFERRED')).toEqual({
      available: true,
    });
  });

  it('UNCLEAN: only without a live leader, and only with some live replica, in the ISR or not', () => {
    expect(electionAvailability({ ...healthy, leader: 2 }, [1, 2, 3], 'UNCLEAN')).toEqual({
      available: false,
      reason: 'ELECTION_NOT_NEEDED',
    });
    // The leader's broker is gone but the partition still names it.
    expect(electionAvailability({ ...healthy, leader: 2, isr: [2] }, [3], 'UNCLEAN')).toEqual({
      available: true,
    });
    expect(electionAvailability({ ...healthy, leader: -1, isr: [2] }, [1, 3], 'UNCLEAN')).toEqual({
      available: true,
    });
    expect(electionAvailability({ ...healthy, leader: -1, isr: [2] }, [4, 5], 'UNCLEAN')).toEqual({
      available: false,
      reason: 'ELIGIBLE_LEADERS_NOT_AVAILABLE',
    });
  });
});
