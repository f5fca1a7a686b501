/**
 * Page object for the insight views: "what just happened", the event timeline, the znode tree, the
 * metrics table and the polite live region. Built on the shell's AppPage (open, presets, jumps, the
 * test API); every locator is by role and accessible name, in the current language.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { SessionCommand } from '../../engine/worker/protocol';
import { AppPage } from './app-page';

const NAMES = {
  ko: {
    tabs: { metadata: '메타데이터', timeline: '이벤트', metrics: '지표' },
    what: '방금 일어난 일',
    tree: 'znode 트리',
    timeline: '이벤트 목록, 최신순',
    category: {
      brokers: /^브로커·컨트롤러 \d+$/,
      elections: /^선출·ISR \d+$/,
      log: /^로그·세그먼트 \d+$/,
      producers: /^프로듀서 \d+$/,
      groups: /^컨슈머 그룹 \d+$/,
      network: /^네트워크 \d+$/,
    },
    rewind: /^.+ 시점으로 되감기$/,
    mark: '기준 표시',
    metricsTable: /의 지표: 이전, 지금, 변화량$/,
    offsetsTable: /의 파티션별 LogStartOffset과 LogEndOffset$/,
    safety: '안전성 점검',
  },
  en: {
    tabs: { metadata: 'Metadata', timeline: 'Events', metrics: 'Metrics' },
    what: 'What just happened',
    tree: 'znode tree',
    timeline: 'Events, newest first',
    category: {
      brokers: /^Brokers & controller \d+$/,
      elections: /^Elections & ISR \d+$/,
      log: /^Log & segments \d+$/,
      producers: /^Producers \d+$/,
      groups: /^Consumer groups \d+$/,
      network: /^Network \d+$/,
    },
    rewind: /^Rewind to .+$/,
    mark: 'Mark',
    metricsTable: /^Metrics of .+: was, now, change$/,
    offsetsTable: /^LogStartOffset and LogEndOffset per partition of topic .+$/,
    safety: 'Safety checks',
  },
} as const;

export type InsightTab = keyof (typeof NAMES)['ko']['tabs'];
export type Category = keyof (typeof NAMES)['ko']['category'];

export class InsightPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  private get n() {
    return NAMES[this.app.lang];
  }

  async openTab(tab: InsightTab): Promise<void> {
    const name = this.n.tabs[tab];
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  /** A recorded command through the test API (setup only; the views are driven by clicks). */
  async command(command: SessionCommand): Promise<void> {
    await this.page.evaluate((c) => window.__kafkascope?.engine.command(c), command);
    await this.app.settle();
  }

  /** Sends one record to `orders-0` without waiting for its answer (acks=all may wait for minutes). */
  async sendToOrders0(value: string): Promise<void> {
    await this.page.evaluate(
      (v) =>
        void window.__kafkascope?.engine.command({
          type: 'send',
          topic: 'orders',
          key: null,
          value: v,
          headers: [],
          partition: 0,
          acks: 'all',
          partitioner: 'default',
        }),
      value,
    );
  }

  // ------------------------------------------------------------------ what just happened
  whatHappened(): Locator {
    return this.page.getByRole('region', { name: this.n.what });
  }

  whatItems(): Locator {
    return this.whatHappened().getByRole('listitem');
  }

  // ------------------------------------------------------------------ znode tree
  tree(): Locator {
    return this.page.getByRole('tree', { name: this.n.tree });
  }

  /** A znode by its path (the accessible name starts with the path, then its states). */
  znode(path: string): Locator {
    const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.tree().getByRole('treeitem', { name: new RegExp(`^${escaped}(,|$)`) });
  }

  znodeDetail(path: string): Locator {
    return this.page.getByRole('region', { name: this.app.lang === 'ko' ? `${path} 노드` : `znode ${path}` });
  }

  // ------------------------------------------------------------------ timeline
  timelineList(): Locator {
    return this.page.getByRole('list', { name: this.n.timeline });
  }

  timelineEvents(): Locator {
    return this.timelineList().getByRole('listitem');
  }

  categoryToggle(category: Category): Locator {
    return this.page.getByRole('button', { name: this.n.category[category] });
  }

  /** The event row whose sentence matches `text`, newest first. */
  event(text: string | RegExp): Locator {
    return this.timelineEvents().filter({ hasText: text }).first();
  }

  rewindButton(row: Locator): Locator {
    return row.getByRole('button', { name: this.n.rewind });
  }

  // ------------------------------------------------------------------ metrics
  metricsTable(): Locator {
    return this.page.getByRole('table', { name: this.n.metricsTable });
  }

  offsetsTable(): Locator {
    return this.page.getByRole('table', { name: this.n.offsetsTable });
  }

  /** The cells of a metric's row: [Was, Now, Δ, rate]. */
  metricRow(metric: string): Locator {
    return this.metricsTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${metric}\\b`) }) });
  }

  markButton(): Locator {
    return this.page.getByRole('button', { name: this.n.mark, exact: true });
  }

  safetyChecks(): Locator {
    return this.page.getByRole('region', { name: this.n.safety });
  }

  // ------------------------------------------------------------------ live region
  liveRegion(): Locator {
    return this.page.getByTestId('live-region');
  }

  async selection(): Promise<unknown> {
    return this.page.evaluate(() => window.__kafkascope?.getState().selection ?? null);
  }
}
