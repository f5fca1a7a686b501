/**
 * The first live slice, end to end: real Chromium, real Worker, real IndexedDB, real clicks. Each test
 * gets a fresh browser context, so a fresh (empty) IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { SlicePage } from './pages/slice-page';

const FIRST_LOG = '00000000000000000000.log';

test.describe('first live slice', () => {
  let slice: SlicePage;

  test.beforeEach(async ({ page }) => {
    slice = new SlicePage(page);
    await slice.open();
  });

  test('starts empty, in Korean, with a seed and a simulated clock', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(slice.offset('leo')).toHaveText('0');
    await expect(slice.offset('hw')).toHaveText('0');
    await expect(slice.offset('lso')).toHaveText('0');
    await expect(slice.seed).toHaveText(/^\d+$/);
    await expect(slice.clock).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await expect(slice.segmentBlocks()).toHaveCount(1);
    expect(await slice.segmentNames()).toEqual([`세그먼트 ${FIRST_LOG}, 0개 레코드, 0 B, 활성`]);
    expect(Object.keys(await slice.files())).toContain(FIRST_LOG);
  });

  test('a produced record appears at offset 0 with LEO 1, then more follow in order', async () => {
    await slice.produce('user-1', 'hello');
    await expect(slice.status).toContainText('오프셋 0에 저장되었습니다');
    await expect(slice.offset('leo')).toHaveText('1');
    await expect(slice.offset('hw')).toHaveText('1');
    await expect.poll(() => slice.recordRows()).toEqual([{ offset: 0, key: 'user-1', value: 'hello' }]);
    const logSize = (await slice.files())[FIRST_LOG];
    expect(logSize).toBeGreaterThan(61); // at least one batch header

    await slice.produce('', 'no key');
    await slice.produce('user-2', '');
    await expect
      .poll(() => slice.recordRows())
      .toEqual([
        { offset: 0, key: 'user-1', value: 'hello' },
        { offset: 1, key: 'null', value: 'no key' },
        { offset: 2, key: 'user-2', value: '' },
      ]);
    expect((await slice.segmentNames())[0]).toMatch(
      /^세그먼트 00000000000000000000\.log, 3개 레코드, \d+ B, 활성$/,
    );
  });

  test('everything survives a reload: offsets, records, files and sizes, seed and clock', async () => {
    await slice.produce('k1', 'v1');
    await slice.produce('k2', 'v2');
    await slice.produce('k3', 'v3');
    await expect.poll(() => slice.recordRows().then((r) => r.length)).toBe(3);
    const before = {
      rows: await slice.recordRows(),
      files: await slice.files(),
      seed: await slice.seed.textContent(),
      clock: await slice.clock.getAttribute('datetime'),
      segments: await slice.segmentNames(),
    };
    // The flush runs behind the simulation; wait until nothing is pending before reloading.
    await expect(slice.page.getByTestId('disk-pending')).toHaveText('0 B');
    await slice.reload();

    await expect(slice.offset('leo')).toHaveText('3');
    await expect.poll(() => slice.recordRows()).toEqual(before.rows);
    expect(await slice.files()).toEqual(before.files);
    await expect(slice.seed).toHaveText(before.seed ?? '');
    await expect(slice.clock).toHaveAttribute('datetime', before.clock ?? '');
    expect(await slice.segmentNames()).toEqual(before.segments);
    await expect(slice.page.getByText('저장된 상태를 복원했습니다')).toBeVisible();

    // And it goes on from there: the next record gets offset 3.
    await slice.produce('k4', 'v4');
    await expect
      .poll(() => slice.recordRows().then((r) => r.at(-1)))
      .toEqual({ offset: 3, key: 'k4', value: 'v4' });
  });

  test('switches the language to English and back', async ({ page }) => {
    await slice.useEnglish();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(slice.produceButton).toBeVisible();
    await slice.produce('k', 'v');
    await expect(slice.status).toContainText('Stored at offset 0');
    expect((await slice.segmentNames())[0]).toMatch(
      /^Segment 00000000000000000000\.log, 1 record, \d+ B, active$/,
    );
    // The choice is remembered across a reload.
    await slice.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await slice.useKorean();
    await expect(page.getByRole('heading', { name: '레코드 보내기' })).toBeVisible();
  });

  test('every control and every item of the drawing has an accessible name', async ({ page }) => {
    await slice.produce('k', 'v');
    for (const role of ['button', 'textbox', 'img'] as const) {
      const all = await page.getByRole(role).all();
      expect(all.length).toBeGreaterThan(0);
      for (const element of all) await expect(element).toHaveAccessibleName(/\S/);
    }
    await expect(page.getByRole('img', { name: 'LEO 1', exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: 'HW 1', exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: '로그 시작 오프셋 0', exact: true })).toBeVisible();
  });

  test('a record larger than max.message.bytes is refused with MESSAGE_TOO_LARGE', async () => {
    const alert = await slice.produceRejected('huge', 'y'.repeat(1_100_000));
    await expect(alert).toContainText('MESSAGE_TOO_LARGE');
    await expect(alert).toContainText('exceeds the maximum configured value of 1048588');
    await expect(slice.offset('leo')).toHaveText('0');
  });

  test('a batch larger than segment.bytes is refused with Kafka’s error and changes nothing', async () => {
    await slice.produce('k', 'v');
    const filesBefore = await slice.files();
    const alert = await slice.produceRejected('big', 'x'.repeat(5000));
    await expect(alert).toContainText('RECORD_LIST_TOO_LARGE');
    await expect(alert).toContainText('exceeds the maximum configured segment size');
    await expect(alert).toContainText('배치가 segment.bytes보다 커서');
    await expect(slice.offset('leo')).toHaveText('1');
    expect(await slice.files()).toEqual(filesBefore);
    await expect.poll(() => slice.recordRows()).toEqual([{ offset: 0, key: 'k', value: 'v' }]);
    // The engine is still alive and the next good record gets the next offset.
    await slice.produce('k', 'after');
    await expect.poll(() => slice.recordRows().then((r) => r.at(-1)?.offset)).toBe(1);
  });

  test('segments roll at segment.bytes; after 7 days retention deletes them and moves the log start offset', async () => {
    // segment.bytes is small in this demo topic, so a handful of records rolls a new segment.
    for (let i = 0; i < 12; i++) await slice.produce(`key-${i}`, `value number ${i} with some padding`);
    await expect.poll(async () => (await slice.segmentBlocks().count()) > 1).toBe(true);
    const segments = await slice.segmentNames();
    expect(segments.at(-1)).toMatch(/활성$/);
    const leo = Number(await slice.offset('leo').textContent());
    expect(leo).toBe(12);

    await slice.advance('plus7d');
    // Retention runs on the log manager's schedule (every 5 minutes), not the instant data expires:
    // right at +7 days the last check came a few minutes too early, and the UI says when the next is.
    await expect(slice.offset('lso')).toHaveText('0');
    await expect(slice.page.getByTestId('next-retention-check')).toContainText('다음 보존 검사');
    await slice.advance('plus1m');
    // Everything older than retention.ms (7 days) goes; the log keeps one empty active segment at the LEO.
    await expect(slice.offset('lso')).toHaveText('12');
    await expect(slice.offset('leo')).toHaveText('12');
    const files = await slice.files();
    expect(Object.keys(files).some((name) => name.endsWith('.log.deleted'))).toBe(true);
    expect(files['00000000000000000012.log']).toBe(0);
    expect((await slice.segmentNames()).filter((n) => n.endsWith('삭제 대기')).length).toBeGreaterThan(0);
    await expect(slice.page.getByTestId('next-file-deletion')).toBeVisible();
    await expect(
      slice.page.getByText('오프셋 12 앞의 레코드는 보존 정책(retention)에 따라 삭제되었습니다.'),
    ).toBeVisible();

    // file.delete.delay.ms (1 minute) later the .deleted files are gone for good.
    await slice.advance('plus1m');
    await expect
      .poll(async () => Object.keys(await slice.files()).filter((n) => n.endsWith('.deleted')))
      .toEqual([]);
    await expect(slice.segmentBlocks()).toHaveCount(1);
    await expect.poll(() => slice.recordRows()).toEqual([]);
  });

  test('reset starts a new run with no records and no files but the first segment', async () => {
    await slice.produce('a', 'b');
    await slice.reset();
    await expect.poll(() => slice.recordRows()).toEqual([]);
    expect(Object.keys(await slice.files()).filter((n) => n.endsWith('.log'))).toEqual([FIRST_LOG]);
    const seed = await slice.seed.textContent();
    // The new run is saved before any command: a reload keeps it, seed included.
    await slice.reload();
    await expect(slice.offset('leo')).toHaveText('0');
    await expect(slice.seed).toHaveText(seed ?? '');
  });

  test('a second tab is told another tab owns the cluster, and cannot overwrite its saved run', async ({
    context,
  }) => {
    await slice.produce('owner', 'first tab');
    const second = new SlicePage(await context.newPage());
    await second.open();
    await expect(second.page.getByTestId('disk-not-saved')).toHaveText(/다른 탭이 이 클러스터를 이미 열어/);
    // The second tab still works, in memory, and what it does never reaches the saved run.
    await second.produce('intruder', 'second tab');
    await expect
      .poll(() => second.recordRows())
      .toEqual([{ offset: 0, key: 'intruder', value: 'second tab' }]);
    await second.page.close();
    await slice.reload();
    await expect.poll(() => slice.recordRows()).toEqual([{ offset: 0, key: 'owner', value: 'first tab' }]);
    await expect(slice.page.getByTestId('disk-not-saved')).toHaveCount(0);
  });

  test('a fresh run survives a reload before its first command', async () => {
    const seed = await slice.seed.textContent();
    await expect(slice.page.getByTestId('disk-flushes')).toHaveText('1');
    await slice.reload();
    await expect(slice.seed).toHaveText(seed ?? '');
    await expect(slice.page.getByText('저장된 상태를 복원했습니다')).toBeVisible();
  });
});
