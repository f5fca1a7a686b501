/**
 * Page object for the cluster view: brokers, ZooKeeper, replicas, partitions, in-flight messages and the
 * actions under the drawing, found by role and accessible name as a screen-reader user finds them.
 * Names carry state (`브로커 2 — 중지됨`), so a test reads state by asking for a name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { PartitionRecord } from '../../engine/view/types';
import { AppPage } from './app-page';

const NAMES = {
  ko: {
    broker: (id: number) => `브로커 ${id} — `,
    replica: (tp: string, id: number) => `${tp} 복제본, 브로커 ${id},`,
    partition: (tp: string) => `파티션 ${tp} — `,
    zookeeper: 'ZooKeeper — ',
    expand: (topic: string) => `${topic} 토픽 펼치기`,
    collapse: (topic: string) => `${topic} 토픽 접기`,
    layoutTopic: '토픽 중심',
    layoutBroker: '브로커 중심',
    actions: '선택한 항목에 대한 작업',
    kill: '강제 종료 (kill -9)',
    powerOff: '전원 끄기',
    restart: '다시 시작',
    isolate: '네트워크에서 격리',
    heal: '네트워크 복구 (모든 격리 해제)',
    slow: '느리게 (+200 ms)',
    preferred: '선호 리더 선출',
    unclean: '언클린 리더 선출',
    drop: '이 메시지 버리기',
    filter: '보여 줄 메시지',
    clear: '선택 해제',
  },
  en: {
    broker: (id: number) => `Broker ${id} — `,
    replica: (tp: string, id: number) => `${tp} replica, broker ${id},`,
    partition: (tp: string) => `Partition ${tp} — `,
    zookeeper: 'ZooKeeper — ',
    expand: (topic: string) => `Expand topic ${topic}`,
    collapse: (topic: string) => `Collapse topic ${topic}`,
    layoutTopic: 'By topic',
    layoutBroker: 'By broker',
    actions: 'Actions for the selection',
    kill: 'Kill (kill -9)',
    powerOff: 'Power off',
    restart: 'Restart',
    isolate: 'Isolate from the network',
    heal: 'Heal the network (end every isolation)',
    slow: 'Slow down (+200 ms)',
    preferred: 'Elect the preferred leader',
    unclean: 'Unclean leader election',
    drop: 'Drop this message',
    filter: 'Messages shown',
    clear: 'Clear selection',
  },
} as const;

export type ClusterAction =
  | 'kill'
  | 'powerOff'
  | 'restart'
  | 'isolate'
  | 'heal'
  | 'slow'
  | 'preferred'
  | 'unclean'
  | 'drop';

export class ClusterPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  get c() {
    return NAMES[this.lang];
  }

  get view(): Locator {
    return this.page.locator('section.cluster');
  }

  broker(id: number): Locator {
    return this.view.getByRole('button', { name: this.c.broker(id) });
  }

  zookeeper(): Locator {
    return this.view.getByRole('button', { name: this.c.zookeeper });
  }

  /** A replica's cell or chip: `orders-0` on broker 3. */
  replica(topicPartition: string, brokerId: number): Locator {
    return this.view.getByRole('button', { name: this.c.replica(topicPartition, brokerId) });
  }

  /** The replica's drawn box (its fill and stroke show the highlight). */
  replicaBox(topicPartition: string, brokerId: number): Locator {
    return this.replica(topicPartition, brokerId).locator('.replica-box');
  }

  allReplicas(): Locator {
    return this.view.getByRole('button', {
      name: this.lang === 'ko' ? /복제본, 브로커 \d+,/ : /replica, broker \d+,/,
    });
  }

  partition(topicPartition: string): Locator {
    return this.view.getByRole('button', { name: this.c.partition(topicPartition) });
  }

  expandTopic(topic: string): Locator {
    return this.view.getByRole('button', { name: this.c.expand(topic) }).first();
  }

  collapseTopic(topic: string): Locator {
    return this.view.getByRole('button', { name: this.c.collapse(topic) }).first();
  }

  layoutButton(layout: 'topic' | 'broker'): Locator {
    return this.view.getByRole('button', {
      name: layout === 'topic' ? this.c.layoutTopic : this.c.layoutBroker,
    });
  }

  /** In-flight message dots, by name (e.g. /Produce 요청, client-\d+ → broker-\d+/). */
  messages(name?: RegExp): Locator {
    return this.view.locator('g.inflight').getByRole('button', name ? { name } : {});
  }

  get actions(): Locator {
    return this.view.getByRole('region', { name: this.c.actions });
  }

  action(name: ClusterAction): Locator {
    return this.actions.getByRole('button', { name: this.c[name], exact: true });
  }

  clearSelection(): Locator {
    return this.actions.getByRole('button', { name: this.c.clear });
  }

  filterToggle(): Locator {
    return this.view.getByText(this.c.filter, { exact: true }).first();
  }

  /** Clicks an action and waits for the engine to answer it. */
  async act(name: ClusterAction): Promise<void> {
    await expect(this.action(name)).toHaveAttribute('aria-disabled', 'false');
    await this.action(name).click();
    await this.settle();
  }

  async partitionRecord(topicPartition: string): Promise<PartitionRecord> {
    const p = await this.page.evaluate(
      (id) => window.__kafkascope?.getState().kinds.partition?.get(id),
      `partition:${topicPartition}`,
    );
    if (!p) throw new Error(`no partition ${topicPartition}`);
    return p;
  }

  async pause(): Promise<void> {
    await this.page.evaluate(() => window.__kafkascope?.engine.playback(false, 1));
    await this.page.waitForFunction(
      () => window.__kafkascope?.getState().kinds.clock?.get('clock')?.playing === false,
    );
  }

  /**
   * Plays at `speed` (simulated ms per real ms) until `predicate(arg)` holds in the page, then pauses.
   * The predicate runs in the page: it reads `window.__kafkascope` itself.
   */
  async playUntil<A>(predicate: (arg: A) => boolean, arg: A, speed = 1, timeoutMs = 20_000): Promise<void> {
    await this.page.evaluate((s) => window.__kafkascope?.engine.playback(true, s), speed);
    // Playwright types the argument as it arrives in the page (Unboxed<A>); our arguments are plain values.
    await this.page.waitForFunction(predicate as (arg: unknown) => boolean, arg as unknown, {
      timeout: timeoutMs,
    });
    await this.pause();
  }
}
