/**
 * The insight views end to end in real Chromium: the live znode tree (keyboard, ephemeral nodes going
 * away, partition state rewritten), the event timeline (filters, selecting a subject, rewinding), "what
 * just happened" (NOT_ENOUGH_REPLICAS and why, deletions and their rule), the Was / Now / Δ metrics with
 * the invariant badges, and the polite live region. Setup goes through the test API (kill a broker, send
 * a record); what is checked is read from the page by role and name.
 */
import { expect, test } from '@playwright/test';
import { InsightPage } from './pages/insight-page';

test.describe('insight views', () => {
  let insight: InsightPage;

  test.beforeEach(async ({ page }) => {
    insight = new InsightPage(page);
    await insight.app.open('classroom');
  });

  test('the znode tree is a keyboard tree that follows the controller’s writes', async ({ page }) => {
    await insight.openTab('metadata');
    const tree = insight.tree();
    await expect(tree).toBeVisible();
    await expect(insight.znode('/brokers/ids/2')).toHaveAccessibleName(/임시 노드, 세션 0x/);
    await expect(insight.znode('/controller')).toBeVisible();

    // Picking a znode shows its data pretty-printed, its Stat and what Kafka keeps there.
    await insight.znode('/controller').click();
    const controller = insight.znodeDetail('/controller');
    await expect(controller).toContainText('"brokerid":');
    await expect(controller).toContainText('먼저 만든 브로커가 컨트롤러가 되고');
    await expect(controller).toContainText('ephemeralOwner');

    // Arrow keys move through the rows; → opens a node, ← closes it.
    await insight.znode('/').click();
    await expect(insight.znode('/')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(insight.znode('/admin')).toBeFocused();
    await expect(insight.znode('/admin')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(insight.znode('/admin')).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(insight.znode('/admin/delete_topics')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(insight.znode('/admin')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(insight.znode('/admin')).toHaveAttribute('aria-expanded', 'false');

    // A broker's znode stands for the broker: Enter selects it everywhere.
    await insight.znode('/brokers/ids/2').focus();
    await page.keyboard.press('Enter');
    expect(await insight.selection()).toEqual({ kind: 'broker', brokerId: 2 });
    await expect(insight.znode('/brokers/ids/2')).toHaveAttribute('aria-selected', 'true');

    // Broker 2 dies: its session expires, its ephemeral registration goes, and orders-0 (which it led)
    // gets broker 1 as leader in its state znode.
    await insight.command({ type: 'kill-broker', id: 2 });
    await insight.app.jump('1m');
    await expect(insight.znode('/brokers/ids/2')).toHaveCount(0);
    await expect(insight.znode('/brokers/ids/1')).toBeVisible();
    await insight
      .whatHappened()
      .getByRole('button', { name: /^orders-0 새 리더: 브로커 1/ })
      .click();
    const state = insight.znode('/brokers/topics/orders/partitions/0/state');
    await expect(state).toHaveAttribute('aria-selected', 'true');
    // Written after the tree opened: it flashes and says so for a moment.
    await expect(state).toContainText('방금 바뀜');
    await expect(insight.znode('/brokers/ids/1')).not.toContainText('방금 바뀜');
    await state.click();
    const detail = insight.znodeDetail('/brokers/topics/orders/partitions/0/state');
    await expect(detail).toContainText('"leader": 1,');
    await expect(detail).toContainText('"isr": [1, 3]');
    await expect(detail).toContainText('컨트롤러가 선출과 ISR 변경 때마다 새로 씁니다');
  });

  test('the timeline filters, selects an event’s subject and rewinds to it', async ({ page }) => {
    await insight.command({ type: 'kill-broker', id: 2 });
    await insight.app.jump('1m');
    await insight.openTab('timeline');
    const election = insight.event(/orders-0 리더 선출: 브로커 1 \(leader epoch 1, ISR \[1, 3\]\)/);
    await expect(election).toContainText(
      '리더(브로커 2)를 잃어, 할당 순서대로 ISR에서 살아 있는 첫 브로커를 골랐습니다',
    );
    await expect(insight.event('브로커 2 프로세스가 강제 종료(kill)되었습니다')).toBeVisible();
    await expect(insight.event(/브로커 2의 ZooKeeper 세션 0x[0-9a-f]+ 만료/)).toBeVisible();

    // Clicking the event selects its partition; the event is marked as belonging to the selection.
    await election.getByRole('button', { name: /orders-0 리더 선출/ }).click();
    expect(await insight.selection()).toEqual({ kind: 'partition', topic: 'orders', partition: 0 });
    await expect(election).toContainText('선택한 대상과 관련');

    // Hiding "elections & ISR" hides it; showing the category again brings it back.
    const toggle = insight.categoryToggle('elections');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(insight.timelineEvents().filter({ hasText: '리더 선출' })).toHaveCount(0);
    await toggle.click();
    await expect(election).toBeVisible();

    // "Rewind to here" replays the run up to the event's simulated time.
    const atMs = Date.parse((await election.locator('time').getAttribute('datetime')) ?? '');
    await insight.rewindButton(election).click();
    await expect.poll(async () => (await insight.app.clock()).nowMs, { timeout: 30_000 }).toBe(atMs);
    await expect(insight.event(/orders-0 리더 선출: 브로커 1/)).toBeVisible();
    await page.waitForFunction(
      () => window.__kafkascope?.getState().kinds.clock?.get('clock')?.busyKind === 'none',
    );
  });

  test('what just happened explains NOT_ENOUGH_REPLICAS with min.insync.replicas and the ISR', async () => {
    await insight.command({ type: 'kill-broker', id: 2 });
    await insight.command({ type: 'kill-broker', id: 3 });
    await insight.app.jump('1m');
    await insight.sendToOrders0('too few replicas');
    await insight.app.jump('1m');
    const first = insight.whatItems().first();
    await expect(first).toContainText(/재시도 중: NOT_ENOUGH_REPLICAS \(지금까지 실패 \d+번\)/);
    await expect(first).toContainText(
      'acks=all 요청은 ISR의 복제본 수가 min.insync.replicas(2) 이상일 때만 받아들여집니다. 지금 orders-0의 ISR = [1] (1개).',
    );
    await insight.app.useEnglish();
    await expect(insight.whatItems().first()).toContainText(
      'acks=all needs at least min.insync.replicas (2) replicas in the ISR; the ISR of orders-0 is now [1] (1).',
    );
  });

  test('what just happened names the retention rule behind each deletion', async () => {
    // An hour of the retention preset (5 records/s, a segment every few seconds) takes a while to run.
    test.setTimeout(90_000);
    await insight.app.reset('retention');
    await insight.app.jump('1h');
    const deletion = insight.whatItems().filter({ hasText: '삭제' }).first();
    await expect(deletion).toContainText(/브로커 1, 2, 3: logs-0 세그먼트 \d{20}\.log 삭제/);
    await expect(deletion).toContainText('보존 시간 초과: 세그먼트의 가장 큰 타임스탬프');
    await expect(deletion).toContainText('retention.ms(1분)를 넘었습니다');
    await insight.openTab('timeline');
    await expect(insight.categoryToggle('log')).not.toHaveAccessibleName(/ 0$/);
    await expect(insight.event(/세그먼트 \d{20}\.log\(.+\) 삭제\. 보존 시간 초과/)).toBeVisible();
  });

  test('the metrics table shows Was, Now and Δ by Kafka’s names, with the invariant badges', async ({
    page,
  }) => {
    await insight.openTab('metrics');
    const safety = insight.safetyChecks();
    await expect(safety.getByText('확인 응답된 레코드 유실 없음')).toBeVisible();
    await expect(safety.getByText('키별 순서 유지')).toBeVisible();
    await expect(insight.metricRow('ActiveControllerCount')).toContainText(
      'kafka.controller:type=KafkaController',
    );
    await expect(insight.metricRow('ActiveControllerCount').getByRole('cell').nth(1)).toHaveText('1');

    await insight.markButton().click();
    await expect(page.getByText(/^기준 시각: /)).toBeVisible();
    for (const value of ['a', 'b', 'c']) await insight.sendToOrders0(value);
    await insight.app.jump('1m');
    await expect(insight.metricRow('MessagesInPerSec').getByRole('cell').nth(2)).toHaveText(/\+3$/);
    const orders0 = insight.offsetsTable().getByRole('row').filter({ hasText: 'orders-0' });
    await expect(orders0.getByRole('cell').nth(5)).toHaveText(/\+3$/);

    // A selected broker becomes the scope.
    await page.getByRole('combobox', { name: '범위' }).selectOption({ label: '브로커 1' });
    await expect(insight.metricsTable()).toHaveAccessibleName('브로커 1의 지표: 이전, 지금, 변화량');
  });

  test('unsafe settings that lose acknowledged records turn the badge red, with the lost offsets', async ({
    page,
  }) => {
    // acks=1 to a leader left alone in its ISR, then an unclean election elsewhere: the records are gone.
    await insight.command({
      type: 'alter-topic-config',
      name: 'orders',
      set: { 'unclean.leader.election.enable': 'true' },
      remove: [],
    });
    await insight.command({ type: 'kill-broker', id: 1 });
    await insight.command({ type: 'kill-broker', id: 3 });
    await insight.app.jump('1m');
    for (let i = 0; i < 5; i++) {
      await insight.command({
        type: 'send',
        topic: 'orders',
        key: null,
        value: `v${i}`,
        headers: [],
        partition: 0,
        acks: '1',
        partitioner: 'default',
      });
    }
    await insight.app.jump('1m');
    await insight.command({ type: 'kill-broker', id: 2 });
    await insight.app.jump('1m');
    await insight.command({ type: 'start-broker', id: 1 });
    await insight.app.jump('1m');
    await insight.command({ type: 'start-broker', id: 2 });
    await insight.app.jump('1m');

    await insight.openTab('metrics');
    const lost = page.getByTestId('invariant-lost');
    await expect(lost).toContainText('확인 응답된 레코드 5개 유실');
    await expect(lost).toContainText('깨짐');
    await lost.getByRole('button', { name: 'orders-0 오프셋 0–4' }).click();
    expect(await insight.selection()).toEqual({ kind: 'partition', topic: 'orders', partition: 0 });
    await expect(insight.whatItems().filter({ hasText: '확인 응답된 레코드 5개 유실' })).toContainText(
      'orders-0 오프셋 0–4: 프로듀서는 저장되었다고 들었지만',
    );
    await expect(insight.whatItems().filter({ hasText: '언클린 선출' }).first()).toBeVisible();
  });

  test('important changes are read aloud, bursts merged', async () => {
    await insight.command({ type: 'kill-broker', id: 2 });
    await expect(insight.liveRegion()).toHaveText('브로커 2 중지됨.');
    await insight.app.jump('1m');
    await expect(insight.liveRegion()).toContainText('orders-0 새 리더: 브로커 1.');
    await expect(insight.liveRegion()).toContainText('ISR 축소 2건.');
  });

  test('speaks English when switched', async () => {
    await insight.command({ type: 'kill-broker', id: 2 });
    await insight.app.jump('1m');
    await insight.app.useEnglish();
    await insight.openTab('timeline');
    await expect(insight.event('Broker 2 was killed')).toBeVisible();
    await expect(insight.event(/orders-0: broker 1 elected leader/)).toContainText(
      'The leader (broker 2) was lost: the first live ISR member in assignment order.',
    );
    await insight.openTab('metadata');
    await expect(insight.znode('/brokers/ids/1')).toHaveAccessibleName(/ephemeral, session 0x/);
  });
});
