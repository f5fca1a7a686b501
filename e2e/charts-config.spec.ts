/**
 * The charts and config tabs end to end in real Chromium: topics created, grown, configured and deleted
 * through the editor (with Kafka's refusals shown in Kafka's words), broker configs, and charts that
 * fill from history collected in simulated time, linked to the app's selection.
 */
import { expect, test } from '@playwright/test';
import { ChartsConfigPage } from './pages/charts-config-page';

test.describe('config editor', () => {
  let app: ChartsConfigPage;

  test.beforeEach(async ({ page }) => {
    app = new ChartsConfigPage(page);
    await app.open('classroom');
    await app.openTab('config');
  });

  test('creates a topic, checking the name by Kafka’s rules as it is typed', async ({ page }) => {
    await app.topicName().fill('bad name!');
    await expect(page.getByText(/^쓸 수 없는 문자가 있습니다:/)).toBeVisible();
    await expect(app.topicName()).toHaveAttribute('aria-invalid', 'true');
    // Sent anyway, the broker refuses in Kafka's words.
    await app.createButton().click();
    await expect(app.refusal()).toContainText(
      "INVALID_TOPIC_EXCEPTION: Topic name is invalid: 'bad name!' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    );

    await app.topicName().fill('payments');
    await app.replicationInput().fill('4');
    await expect(page.getByText('복제 계수가 등록된 브로커 수(3)보다 클 수 없습니다.')).toBeVisible();

    await app.createTopic('payments', 2, 2);
    await expect.poll(async () => (await app.topicRecord('payments'))?.partitionCount).toBe(2);
    await expect(app.editedTopic()).toHaveValue('payments');
    await expect(page.getByText('payments: 파티션 2개, 복제 계수 2')).toBeVisible();
    expect(await page.evaluate(() => window.__kafkascope?.getState().selection)).toEqual({
      kind: 'topic',
      topic: 'payments',
    });
  });

  test('edits retention.ms with its default and units, and goes back to the default', async ({ page }) => {
    await app.editedTopic().selectOption('orders');
    const row = app.configRow('topic', 'retention.ms');
    await expect(row).toContainText('604800000');
    await expect(row).toContainText('(7일)');
    await app.valueInput(row, 'retention.ms').fill('60000');
    await expect(row).toContainText('= 1분');
    await app.applyButton(row, 'retention.ms').click();
    await expect.poll(async () => (await app.topicRecord('orders'))?.configs['retention.ms']).toBe('60000');
    await expect(row).toContainText('이 토픽에서 정한 값');
    await expect(row.getByRole('status')).toHaveText('60000(으)로 바뀌었습니다');

    await app.resetButton(row, 'retention.ms').click();
    await expect.poll(async () => (await app.topicRecord('orders'))?.configs['retention.ms']).toBeUndefined();
    await expect(row).toContainText('카프카 기본값');
    await expect(page.getByRole('table', { name: '토픽 orders의 설정' })).toBeVisible();
  });

  test('a value Kafka refuses is flagged as typed and refused with Kafka’s text', async () => {
    const row = app.configRow('topic', 'segment.bytes');
    const input = app.valueInput(row, 'segment.bytes');
    await input.fill('10');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(row).toContainText('14 이상이어야 합니다.');
    await app.applyButton(row, 'segment.bytes').click();
    await expect(app.refusal(row)).toContainText(
      'INVALID_CONFIG: Invalid value 10 for configuration segment.bytes: Value must be at least 14',
    );
    // Booleans and enums are chosen, not typed.
    const unclean = app.configRow('topic', 'unclean.leader.election.enable');
    await app.valueSelect(unclean, 'unclean.leader.election.enable').selectOption('true');
    await app.applyButton(unclean, 'unclean.leader.election.enable').click();
    await expect.poll(async () => (await app.topicRecord('orders'))?.uncleanLeaderElectionEnable).toBe(true);
  });

  test('adds partitions (never removes them) and deletes a topic after confirming', async ({ page }) => {
    await app.editedTopic().selectOption('orders');
    const total = page.getByRole('spinbutton', { name: '새 파티션 수(전체)' });
    await total.fill('2');
    await expect(page.getByText('지금 파티션이 3개입니다. 파티션은 줄일 수 없습니다.')).toBeVisible();
    await total.fill('5');
    await page.getByRole('button', { name: '파티션 늘리기' }).click();
    await expect.poll(async () => (await app.topicRecord('orders'))?.partitionCount).toBe(5);

    await page.getByRole('button', { name: '토픽 orders 삭제' }).click();
    await page.getByRole('button', { name: 'orders 삭제', exact: true }).click();
    await expect.poll(() => app.topicRecord('orders')).toBeUndefined();
    await expect(page.getByText('토픽이 없습니다. 위에서 하나 만들어 보세요.')).toBeVisible();
  });

  test('changes a broker config for the whole cluster and teaches the right names', async ({ page }) => {
    const row = app.configRow('broker', 'log.retention.check.interval.ms');
    await expect(row).toContainText('300000');
    await expect(row).toContainText('(5분)');
    await expect(row).toContainText('실제 카프카에서는 읽기 전용');
    await app.setConfig('broker', 'log.retention.check.interval.ms', '10000');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(window.__kafkascope?.getState().kinds.broker?.values() ?? [])].map(
            (b) => b.retentionCheckIntervalMs,
          ),
        ),
      )
      .toEqual([10000, 10000, 10000]);
    await expect(row).toContainText('(10초)');
    await expect(app.configRow('broker', 'replica.lag.time.max.ms')).toContainText(
      'replica.lag.max.ms라는 설정은 없습니다. 정확한 이름은 replica.lag.time.max.ms입니다.',
    );
    await app.setConfig('broker', 'replica.lag.time.max.ms', 'ten');
    await expect(app.refusal(app.configRow('broker', 'replica.lag.time.max.ms'))).toContainText(
      'Invalid value ten for configuration replica.lag.time.max.ms',
    );
  });
});

test.describe('charts', () => {
  test('fill from history collected while the tab was closed, and follow the selection', async ({ page }) => {
    test.setTimeout(60_000);
    const app = new ChartsConfigPage(page);
    await app.open('hot-key');
    const before = (await app.clock()).nowMs;
    await app.playButton().click();
    // Sampled while another tab is open: two samples a real second at 1x.
    await page.waitForTimeout(3000);
    await app.openTab('charts');
    await expect(app.chartTopic()).toHaveValue('clicks');

    const produce = app.chart(/^파티션별 생산 속도 — clicks/);
    await expect(produce.getByRole('img')).toBeVisible();
    await expect(produce).toContainText('최근 값:');
    // The history starts where the run did, not when the tab was opened.
    const from = /(\d\d:\d\d:\d\d)부터/.exec((await produce.textContent()) ?? '')?.[1];
    expect(from).toBeDefined();
    expect((from as string) <= new Date(before + 1000).toISOString().slice(11, 19)).toBe(true);
    for (let p = 0; p < 6; p++) await expect(app.legendEntry(produce, `clicks-${p}`)).toBeVisible();

    // The table is there for screen readers (and anyone): one row per line.
    await app.tableToggle(produce).click();
    const table = produce.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(7);

    // Disk per broker: three brokers.
    const disk = app.chart('브로커별 디스크 사용량');
    for (const id of [1, 2, 3]) await expect(app.legendEntry(disk, `브로커 ${id}`)).toBeVisible();

    // A legend entry selects its partition everywhere; the chart marks it pressed.
    await app.legendEntry(produce, 'clicks-2').click();
    expect(await page.evaluate(() => window.__kafkascope?.getState().selection)).toEqual({
      kind: 'partition',
      topic: 'clicks',
      partition: 2,
    });
    await expect(app.legendEntry(produce, 'clicks-2')).toHaveAttribute('aria-pressed', 'true');
  });

  test('say so when there is nothing to draw yet', async ({ page }) => {
    const app = new ChartsConfigPage(page);
    await app.open('classroom');
    await app.openTab('charts');
    await expect(app.chart(/^컨슈머 랙 — orders/)).toContainText(
      /데이터를 모으는 중입니다|커밋된 오프셋이 아직 없어 랙을 계산할 수 없습니다/,
    );
  });
});
