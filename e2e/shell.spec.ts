/**
 * The shell end to end in real Chromium (real Worker, real IndexedDB): time controls, jumps with
 * retention, reload, rewind and fork, shortcuts, two tabs, and bad input. Each test gets a fresh
 * browser context, so a fresh (empty) IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const send = ({ key, value }: { key: string; value: string }) =>
  window.__kafkascope?.engine.command({
    type: 'send',
    topic: 'orders',
    key,
    value,
    headers: [],
    partition: 0,
    acks: 'all',
    partitioner: 'default',
  });

/** LEO of orders-0 as the store mirrors it. */
const leo = () =>
  window.__kafkascope?.getState().kinds.partition?.get('partition:orders-0')?.logEndOffset ?? -1;

test.describe('shell', () => {
  let app: AppPage;

  test.beforeEach(async ({ page }) => {
    app = new AppPage(page);
    await app.open('classroom');
  });

  test('starts in Korean with the seed and the simulated clock always visible', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(app.seed).toHaveText('42');
    await expect(app.clockTime).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await app.useEnglish();
    await expect(app.playButton()).toBeVisible();
  });

  test('play moves simulated time, pause stops it, step runs to the next event', async ({ page }) => {
    const t0 = (await app.clock()).nowMs;
    await app.playButton().click();
    await expect(app.pauseButton()).toBeVisible();
    await expect.poll(async () => (await app.clock()).nowMs, { timeout: 5000 }).toBeGreaterThan(t0 + 300);
    await app.pauseButton().click();
    // The engine confirms the pause with its clock: from that picture on, time stands still.
    await expect.poll(async () => (await app.clock()).playing).toBe(false);
    const paused = (await app.clock()).nowMs;
    await page.waitForTimeout(400);
    expect((await app.clock()).nowMs).toBe(paused);

    // Step by step, a send becomes an append on the leader, a fetch by each follower, a HW step.
    await page.evaluate(send, { key: 'k', value: 'v' });
    for (let i = 0; i < 20 && (await page.evaluate(leo)) < 1; i++) await app.stepButton().click();
    await expect.poll(() => page.evaluate(leo)).toBe(1);
    expect((await app.clock()).playing).toBe(false);
  });

  test('the speed slider reads in plain words', async ({ page }) => {
    const slider = page.getByRole('slider', { name: '재생 속도', exact: true });
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '시뮬레이션 1초 = 실제 10초');
  });

  test('advancing 7 days deletes old segments by retention and moves the log start offset', async ({
    page,
  }) => {
    // 16 KiB segments: ~40 KB of records in batches of 40 fill a few.
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 40; i++)
        await page.evaluate(send, { key: `k${i}`, value: `value-${i}-${'x'.repeat(100)}` });
      await page.evaluate(() => window.__kafkascope?.engine.jump(1000));
    }
    await expect.poll(() => page.evaluate(leo)).toBe(320);
    const lsoBefore = await page.evaluate(
      () => window.__kafkascope?.getState().kinds.partition?.get('partition:orders-0')?.logStartOffset,
    );
    expect(lsoBefore).toBe(0);
    await app.jump('7d');
    await app.jump('1h');
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__kafkascope?.getState().kinds.partition?.get('partition:orders-0')?.logStartOffset,
        ),
      )
      .toBeGreaterThan(0);
    const deletions = await page.evaluate(() =>
      [...(window.__kafkascope?.getState().kinds.event?.values() ?? [])].filter(
        (e) => e.body.type === 'segment-deleted',
      ),
    );
    expect(deletions.length).toBeGreaterThan(0);
  });

  test('a reload keeps the cluster: seed, clock, records and history', async ({ page }) => {
    for (let i = 0; i < 5; i++) await page.evaluate(send, { key: `k${i}`, value: `v${i}` });
    await page.evaluate(() => window.__kafkascope?.engine.jump(2000));
    await expect.poll(() => page.evaluate(leo)).toBe(5);
    const before = await app.clock();
    // Saving follows the command; give the disk worker a moment to commit.
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__kafkascope?.getState().kinds.persistence?.get('persistence')?.flushes ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.reload();
    await app.waitReady();
    const after = await app.clock();
    expect(after.seed).toBe(42);
    expect(after.nowMs).toBe(before.nowMs);
    expect(after.commandCount).toBe(before.commandCount);
    expect(await page.evaluate(leo)).toBe(5);
    await expect(page.getByTestId('save-status')).toContainText('복원');
  });

  test('rewind shows the earlier state; playing on re-applies the recorded future; acting forks', async ({
    page,
  }) => {
    await page.evaluate(send, { key: 'a', value: '1' });
    await page.evaluate(() => window.__kafkascope?.engine.jump(1000));
    await expect.poll(() => page.evaluate(leo)).toBe(1);
    // A moment strictly before the next sends (commands issued at a moment belong to it).
    const early = (await app.clock()).nowMs - 1;
    await page.evaluate(send, { key: 'b', value: '2' });
    await page.evaluate(send, { key: 'c', value: '3' });
    await page.evaluate(() => window.__kafkascope?.engine.jump(60_000));
    await expect.poll(() => page.evaluate(leo)).toBe(3);

    await page.evaluate((t) => window.__kafkascope?.engine.seek(t), early);
    await app.waitReady();
    expect((await app.clock()).nowMs).toBe(early);
    expect(await page.evaluate(leo)).toBe(1);
    await expect(page.getByText('되감은 상태입니다', { exact: false })).toBeVisible();

    // Forward again within the recorded history: the two later sends happen again.
    await page.evaluate(() => window.__kafkascope?.engine.jump(30_000));
    await expect.poll(() => page.evaluate(leo)).toBe(3);

    // Back, then act: a new future (the old sends are gone for good).
    await page.evaluate((t) => window.__kafkascope?.engine.seek(t), early);
    await app.waitReady();
    await page.evaluate(send, { key: 'z', value: 'forked' });
    await page.evaluate(() => window.__kafkascope?.engine.jump(60_000));
    await expect.poll(() => page.evaluate(leo)).toBe(2);
    const clock = await app.clock();
    expect(clock.historyEndMs).toBe(clock.nowMs);
  });

  test('dragging the timeline pauses and rewinds', async ({ page }) => {
    await page.evaluate(() => window.__kafkascope?.engine.jump(600_000));
    await app.settle();
    await app.playButton().click();
    const slider = app.timeline();
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await app.clock()).nowMs).toBe((await app.clock()).startMs);
    expect((await app.clock()).playing).toBe(false);
  });

  test('keyboard: ? opens the shortcuts, Escape closes, space and . play and pause', async ({ page }) => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: app.n.helpTitle })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: app.n.helpTitle })).toBeHidden();
    await page.keyboard.press('.');
    await expect(app.pauseButton()).toBeVisible();
    await page.keyboard.press('.');
    await expect(app.playButton()).toBeVisible();
  });

  test('keyboard: K kills the selected partition’s leader, L switches the layout', async ({ page }) => {
    const leader = await page.evaluate(() => {
      const api = window.__kafkascope;
      api?.getState().select({ kind: 'partition', topic: 'orders', partition: 1 });
      return api?.getState().kinds.partition?.get('partition:orders-1')?.leader ?? -1;
    });
    expect(leader).toBeGreaterThan(0);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('k');
    await expect
      .poll(() =>
        page.evaluate(
          (id) => window.__kafkascope?.getState().kinds.broker?.get(`broker:${id}`)?.status,
          leader,
        ),
      )
      .toBe('stopped');
    await expect(page.getByTestId('live-region')).toContainText(`브로커 ${leader}`);
    const layout = () => page.evaluate(() => window.__kafkascope?.getState().layout);
    expect(await layout()).toBe('topic');
    await page.keyboard.press('l');
    expect(await layout()).toBe('broker');
  });

  test('a second tab runs in memory and says so; the first keeps the saved cluster', async ({
    page,
    context,
  }) => {
    const second = await context.newPage();
    const other = new AppPage(second);
    await other.open();
    await expect(second.getByTestId('save-status')).toContainText('다른 탭');
    await expect(page.getByTestId('save-status')).not.toContainText('다른 탭');
  });

  test('bad input gets Kafka’s error text and changes nothing', async ({ page }) => {
    const before = await app.clock();
    const error = await page.evaluate(() =>
      window.__kafkascope?.engine.command({ type: 'create-topic', name: 'bad topic!', options: {} }).then(
        () => null,
        (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
      ),
    );
    expect(error?.code).toBe('INVALID_TOPIC_EXCEPTION');
    expect(error?.message).toContain(
      "'bad topic!' contains one or more characters other than ASCII alphanumerics",
    );
    const after = await app.clock();
    expect(after.commandCount).toBe(before.commandCount);
  });
});
