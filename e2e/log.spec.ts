/**
 * The partition log view and the record inspector end to end, in real Chromium against the built
 * site: replicas with segments, markers and uncommitted records; records paged on request; the
 * inspector's annotated hex with the CRC checked; the offset lookup; retention deleting segments
 * with its reason; lost records as ghosts and consumer cursors. Records are sent through the test
 * API (the producer panel has its own spec); everything checked is found by role and name.
 */
import { expect, type Page, test } from '@playwright/test';
import type { SessionCommand } from '../engine/session/commands';
import { AppPage } from './pages/app-page';
import { LogPage } from './pages/log-page';

const command = (page: Page, c: SessionCommand) =>
  page.evaluate((cmd) => window.__kafkascope?.engine.command(cmd).then(() => 'done'), c);

async function send(page: Page, count: number, acks: '1' | 'all' = 'all', from = 0): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await command(page, {
      type: 'send',
      topic: 'orders',
      key: `key-${i % 3}`,
      value: `order-${i}`,
      headers: i === from ? [{ key: 'trace', value: 't-1' }] : [],
      partition: 0,
      acks,
      partitioner: 'default',
    });
  }
}

/** Waits until the partition's HW (as the store mirrors it) reaches `hw`. */
const waitForHighWatermark = (page: Page, hw: number) =>
  page.waitForFunction(
    (h) =>
      (window.__kafkascope?.getState().kinds.partition?.get('partition:orders-0')?.highWatermark ?? -1) >= h,
    hw,
  );

const leaderOf = (page: Page) =>
  page.evaluate(
    () => window.__kafkascope?.getState().kinds.partition?.get('partition:orders-0')?.leader ?? -1,
  );

test.describe('partition log and record inspector', () => {
  let app: AppPage;
  let log: LogPage;

  test.beforeEach(async ({ page }) => {
    app = new AppPage(page);
    log = new LogPage(app);
  });

  /** A fresh cluster from `preset`, playing at 1× so replication runs while the test looks. */
  async function start(preset: 'classroom' | 'retention'): Promise<void> {
    await app.open(preset);
    await app.playButton().click();
    await expect(app.pauseButton()).toBeVisible();
  }

  test('draws a row per replica, leader first, with segments, offsets and HW/LEO markers', async ({
    page,
  }) => {
    await start('classroom');
    await expect(log.region()).toBeVisible();
    await send(page, 8);
    await waitForHighWatermark(page, 8);
    const leader = await leaderOf(page);
    await expect(log.replica('orders-0', leader, 'leader')).toBeVisible();
    const followers = [1, 2, 3].filter((b) => b !== leader);
    for (const b of followers) await expect(log.replica('orders-0', b, 'follower')).toBeVisible();
    // Leader first.
    await expect(
      log
        .region()
        .getByRole('button', { name: /^orders-0 복제본, / })
        .first(),
    ).toHaveAccessibleName(`orders-0 복제본, 브로커 ${leader}, 리더, ISR`);
    await expect(log.segments('orders-0', leader).last()).toHaveAccessibleName(/활성 세그먼트$/);
    await expect.poll(() => log.markerOffset(leader, 'hw')).toBe(8);
    await expect.poll(() => log.markerOffset(leader, 'leo')).toBe(8);
    await expect.poll(() => log.markerOffset(leader, 'start')).toBe(0);

    await app.useEnglish();
    await expect(log.replica('orders-0', leader, 'leader')).toBeVisible();
    await expect(log.segments('orders-0', leader).last()).toHaveAccessibleName(/active segment$/);
  });

  test('records above the HW are shown as not yet committed while a follower is slow', async ({ page }) => {
    await start('classroom');
    await send(page, 2);
    await waitForHighWatermark(page, 2);
    const leader = await leaderOf(page);
    const follower = [1, 2, 3].find((b) => b !== leader) ?? 1;
    // A slow follower holds the HW back (acks=1 does not wait for it).
    await command(page, { type: 'slow', id: follower, delayMs: 5000 });
    await send(page, 3, '1', 2);
    await expect(log.uncommittedRuns(leader).first()).toBeVisible();
    await expect.poll(() => log.markerOffset(leader, 'leo')).toBe(5);
    expect(await log.markerOffset(leader, 'hw')).toBeLessThan(5);
    // Its records, read up to the LEO, are marked above the HW in the list too.
    await log.uncommittedRuns(leader).first().click();
    const records = log.records('orders-0', leader);
    await expect(records.getByRole('cell', { name: 'order-4', exact: true })).toBeVisible();
    await expect(records.getByRole('row').filter({ hasText: 'order-4' })).toContainText('HW 위');
  });

  test('a segment opens its records on request; a record opens in the inspector with annotated hex and CRC OK', async ({
    page,
  }) => {
    await start('classroom');
    await send(page, 3);
    await waitForHighWatermark(page, 3);
    const leader = await leaderOf(page);
    await log.openSegment(log.segment('00000000000000000000.log', leader));
    const records = log.records('orders-0', leader);
    await expect(records.getByRole('cell', { name: 'order-0', exact: true })).toBeVisible();
    await log.inspect(0);

    const inspector = log.inspector();
    await expect(inspector).toBeVisible();
    await expect(inspector.getByText('order-0', { exact: true })).toBeVisible();
    await expect(inspector.getByText('trace', { exact: true })).toBeVisible();
    await expect(inspector.getByText('CRC OK')).toBeVisible();
    // Every batch header field is labelled; focusing one highlights its bytes.
    for (const field of ['baseOffset', 'batchLength', 'partitionLeaderEpoch', 'magic', 'crc', 'attributes']) {
      await expect(inspector.getByRole('button', { name: new RegExp(`^${field}, `) })).toBeVisible();
    }
    await expect(inspector.getByRole('button', { name: /^records\[0\]\.value, / })).toBeVisible();
    await inspector.getByRole('button', { name: /^crc, 바이트 17–20, 값 0x[0-9a-f]{8}$/ }).focus();
    await expect(inspector.getByText(/^crc: 바이트 17–20 = \d+$/)).toBeVisible();
    // The highlighted bytes are the crc's four.
    const lit = inspector.locator('.hex-grid .bytes [data-f]').filter({ hasText: /^[0-9a-f]{2}$/ });
    const litCount = await lit.evaluateAll(
      (cells) => cells.filter((c) => getComputedStyle(c).backgroundColor === 'rgb(255, 209, 102)').length,
    );
    expect(litCount).toBe(4);
  });

  test('the offset lookup walks segment → index → position, then inspects the record', async ({ page }) => {
    await start('classroom');
    await send(page, 12);
    await waitForHighWatermark(page, 12);
    const leader = await leaderOf(page);
    const steps = await log.lookup(10, leader);
    await expect(steps.getByRole('listitem')).toHaveCount(4, { timeout: 10_000 });
    await expect(steps.getByRole('listitem').nth(0)).toContainText('.log');
    await expect(steps.getByRole('listitem').nth(1)).toContainText('.index');
    await expect(steps.getByRole('listitem').nth(2)).toContainText('위치');
    await expect(log.lookupHit()).toHaveCount(1);
    await log.inspectFromLookup().click();
    await expect(log.inspector().getByText('order-10', { exact: true })).toBeVisible();
    await expect(log.inspector().getByText('CRC OK')).toBeVisible();
  });

  test('the keyboard reaches a segment: Enter opens its records and focus follows', async ({ page }) => {
    await start('classroom');
    await send(page, 2);
    await waitForHighWatermark(page, 2);
    const leader = await leaderOf(page);
    const segment = log.segment('00000000000000000000.log', leader);
    await segment.focus();
    await page.keyboard.press('Enter');
    await expect(log.records('orders-0', leader).getByRole('heading')).toBeFocused();
  });

  test('retention deletes segments with its reason, and the log start offset moves', async ({ page }) => {
    await start('retention');
    // retention.ms=60 s, segment.ms=15 s: minutes of producing leave deletable segments.
    for (let i = 0; i < 12 && (await log.deletedSegments('logs-0').count()) === 0; i++) await app.jump('1m');
    await expect(log.deletedSegments('logs-0').first()).toHaveAccessibleName(
      /보존 시간 초과: .*retention\.ms/,
    );
    await app.jump('1h');
    const leader = await page.evaluate(
      () => window.__kafkascope?.getState().kinds.partition?.get('partition:logs-0')?.leader ?? -1,
    );
    await expect.poll(() => log.markerOffset(leader, 'start', 'logs-0')).toBeGreaterThan(0);
  });

  test('acknowledged records an unclean election lost are drawn as ghosts; consumers as cursors', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await start('classroom');
    await command(page, {
      type: 'alter-topic-config',
      name: 'orders',
      set: { 'unclean.leader.election.enable': 'true', 'min.insync.replicas': '1' },
      remove: [],
    });
    await command(page, { type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' });
    await send(page, 4);
    await waitForHighWatermark(page, 4);
    const leader = await leaderOf(page);
    const [f1, f2] = [1, 2, 3].filter((b) => b !== leader);
    await command(page, { type: 'kill-broker', id: f1 ?? 0 });
    await command(page, { type: 'kill-broker', id: f2 ?? 0 });
    await app.jump('1m'); // the followers' sessions expire: the ISR shrinks to the leader
    await send(page, 3, '1', 4);
    await waitForHighWatermark(page, 7);
    await command(page, { type: 'kill-broker', id: leader });
    await app.jump('1m');
    await command(page, { type: 'start-broker', id: f1 ?? 0 }); // out of the ISR: an unclean election
    await app.jump('1m');
    await command(page, { type: 'start-broker', id: leader });
    await app.jump('1m');
    await expect(log.ghosts()).toHaveCount(1);
    await expect(log.ghosts()).toHaveAccessibleName(/오프셋 4–6, 3개$/);
    await expect(log.positionCursor('g-app-1')).toBeVisible();
    await expect(log.committedCursor('g')).toBeVisible();
  });
});
