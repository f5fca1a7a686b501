/**
 * The producer and consumers panels end to end in real Chromium (real Worker, real IndexedDB): the
 * murmur2 walk-through against the Java client's values (KAFKA-REFERENCE §7.2), sends and their
 * outcomes in Kafka's words, auto-create, the automatic producer with a hot key, a consumer group's
 * rebalance after a crash (session.timeout.ms) and the offset reset Kafka refuses while the group is
 * active. Each test gets a fresh browser context and a classroom cluster with seed 42: brokers 1–3,
 * `orders` with 3 partitions, RF 3, min.insync.replicas=2.
 */
import { expect, type Page, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';

/** Sends `n` records keyed `user-1` (murmur2 → orders-2) through the test API, acks=all. */
const sendUser1 = (page: Page, n: number) =>
  page.evaluate(async (count) => {
    for (let i = 0; i < count; i++)
      await window.__kafkascope?.engine.command({
        type: 'send',
        topic: 'orders',
        key: 'user-1',
        value: `v${i}`,
        headers: [],
        partition: null,
        acks: 'all',
        partitioner: 'default',
      });
  }, n);

test.describe('producer panel', () => {
  let app: ClientsPage;

  test.beforeEach(async ({ page }) => {
    app = new ClientsPage(page);
    await app.open('classroom');
    await app.openProducer();
  });

  test("works out the key's partition step by step as the user types (the Java client's values)", async () => {
    await app.keyField.fill('key2');
    await expect(app.steps).toContainText('1674751211');
    await expect(app.steps).toContainText('1674751211 % 3 = 2');
    await expect(app.steps).toContainText('→ 파티션 orders-2');

    // A negative hash: toPositive clears the sign bit (not Math.abs).
    await app.keyField.fill('21');
    await expect(app.steps).toContainText('-973932308');
    await expect(app.steps).toContainText('0xc5f2f8ec');
    await expect(app.steps).toContainText('1173551340 % 3 = 0');

    // UTF-8, not UTF-16: one Hangul syllable is three bytes.
    await app.keyField.fill('키');
    await expect(app.steps).toContainText('ed 82 a4');

    // No key: nothing to hash, the sticky partitioner decides.
    await app.nullKey.check();
    await expect(app.keyField).toBeDisabled();
    await expect(app.steps).toContainText('스티키 파티셔너');
    await expect(app.steps).not.toContainText('%');

    // Keys ignored: the hash is shown only for comparison.
    await app.nullKey.uncheck();
    await app.keyField.fill('key2');
    await app.ignoreKeys.check();
    await expect(app.steps).toContainText('partitioner.ignore.keys=true');
    await expect(app.steps).toContainText('비교용');

    // An explicit partition wins; one the topic lacks is called out.
    await app.explicitPartition.check();
    await app.partitionNumber.fill('7');
    await expect(app.steps).toContainText('orders에는 파티션 7이(가) 없습니다');
  });

  test('sends a record with headers, says where it landed and lists it', async ({ page }) => {
    await app.playButton().click();
    await app.addHeader.click();
    await app.headerKey(1).fill('trace-id');
    await app.headerValue(1).fill('abc');
    await app.addHeader.click();
    await app.removeHeader(2).click();
    await expect(app.headerKey(2)).toHaveCount(0);

    await app.sendButton.click();
    await expect(app.lastSend).toHaveText(/orders-2의 오프셋 0에 저장됨/, { timeout: 10_000 });
    await app.sendButton.click();
    await expect(app.lastSend).toHaveText(/orders-2의 오프셋 1에 저장됨/, { timeout: 10_000 });
    await expect(app.sendRows).toHaveCount(2);
    await expect(app.sendRows.first()).toContainText('user-1');
    await expect(app.sendRows.first()).toContainText('오프셋 1');

    // The header went with the record (read back from the leader's log).
    const headers = await page.evaluate(async () => {
      const api = window.__kafkascope;
      const leader = api?.getState().kinds.partition?.get('partition:orders-2')?.leader ?? -1;
      const reply = await api?.engine.readRecords({ topic: 'orders', partition: 2, brokerId: leader }, 0, 1);
      return reply?.page.records[0]?.headers;
    });
    expect(headers).toEqual([{ key: 'trace-id', value: 'abc' }]);

    // The partition name selects it everywhere.
    await app.sendRows.first().getByRole('button', { name: '파티션 orders-2 선택' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__kafkascope?.getState().selection))
      .toEqual({ kind: 'partition', topic: 'orders', partition: 2 });
  });

  test("warns that a new topic is auto-created, and greys out Send with Kafka's text for an illegal name", async () => {
    const topic = app.topicField();
    await topic.fill('a b');
    await expect(app.sendButton).toBeDisabled();
    await expect(app.sendForm).toContainText(
      "Topic name is invalid: 'a b' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    );

    await topic.fill('payments');
    await expect(app.sendButton).toBeEnabled();
    await expect(app.sendForm).toContainText('auto.create.topics.enable=true');
    await expect(app.sendForm).toContainText('{payments=LEADER_NOT_AVAILABLE}');
    await expect(app.steps).toContainText('토픽이 만들어진 뒤에 정해집니다');

    await app.playButton().click();
    await app.sendButton.click();
    await expect(app.lastSend).toHaveText(/payments-0의 오프셋 0에 저장됨/, { timeout: 15_000 });
    // Now it exists, with the broker's num.partitions (1).
    await expect(app.sendForm).toContainText('파티션 1개');
    await expect(app.sendForm).not.toContainText('auto.create.topics.enable=true');
  });

  test('acks=all with the ISR below min.insync.replicas: retried as NOT_ENOUGH_REPLICAS, then failed, with why', async ({
    page,
  }) => {
    // Kill both followers of orders-2; once their ZooKeeper sessions expire the ISR is the leader alone.
    await page.evaluate(async () => {
      const api = window.__kafkascope;
      const p = api?.getState().kinds.partition?.get('partition:orders-2');
      for (const id of p?.replicas ?? [])
        if (id !== p?.leader) await api?.engine.command({ type: 'kill-broker', id });
    });
    await app.jump('1m');
    await expect
      .poll(() =>
        page.evaluate(() => window.__kafkascope?.getState().kinds.partition?.get('partition:orders-2')?.isr),
      )
      .toHaveLength(1);

    await app.playButton().click();
    await app.sendButton.click();
    await expect(app.lastSend).toContainText('NOT_ENOUGH_REPLICAS', { timeout: 15_000 });
    await expect(app.lastSend).toContainText('재시도 중');
    await app.pauseButton().click();

    // delivery.timeout.ms (2 min) ends the retries.
    await app.jump('1m');
    await app.jump('1m');
    await expect(app.lastSend).toContainText('실패');
    await expect(app.lastSend).toContainText('NOT_ENOUGH_REPLICAS');
    await expect(app.lastSend).toContainText('min.insync.replicas(2)');
    await expect(app.lastSend).toContainText('ISR은 [');
  });

  test('auto-produces with one hot key, counting sends and showing where the keys land', async () => {
    await app.distribution('hotKey').check();
    await app.rate.fill('200');
    await app.startAuto.click();
    await expect(app.stopAuto).toBeEnabled();
    await expect(app.autoForm).toContainText('orders에 초당 200개씩 보내는 중');
    await app.playButton().click();
    await expect
      .poll(async () => (await app.autoProduce())?.acknowledged ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(50);
    await expect(app.autoForm).toContainText('확인됨');
    // The hot key's partition is named, marked and gets most of the records (expected share ≥ 70 %).
    await expect(app.autoForm).toContainText("murmur2에 따라 'hot-key'는 늘 orders-");
    await expect(app.autoForm.getByText('← 핫 키')).toBeVisible({ timeout: 10_000 });

    await app.stopAuto.click();
    await expect(app.autoForm).toContainText('멈춰 있습니다.');
    await expect(app.stopAuto).toBeDisabled();
    expect((await app.autoProduce())?.ratePerSec).toBe(0);
  });

  test('reads in English too', async () => {
    await app.useEnglish();
    await app.openProducer();
    await app.keyField.fill('foobar');
    await expect(app.steps).toContainText('-790332482');
    await expect(app.steps).toContainText('1357151166 % 3 = 0');
    await expect(app.steps).toContainText('→ partition orders-0');
  });
});

test.describe('consumers panel', () => {
  let app: ClientsPage;

  test.beforeEach(async ({ page }) => {
    app = new ClientsPage(page);
    await app.open('classroom');
    await sendUser1(page, 5);
    await app.openConsumers();
    await app.playButton().click();
  });

  test('a crashed member keeps its partitions until session.timeout.ms, then the group rebalances', async ({
    page,
  }) => {
    await app.groupIdField.fill('billing');
    await expect(app.subscribe('orders')).toBeChecked();
    await app.assignor('range').check();
    await app.startConsumer.click();
    await expect(app.groupNamed('billing', '안정')).toBeVisible({ timeout: 20_000 });
    await app.startConsumer.click();
    await expect(app.member('billing-app-2', '실행 중')).toBeVisible();
    // Range over 3 partitions and 2 members: 2 + 1.
    const chips = app.group('billing').locator('.partition-chip');
    await expect(chips).toHaveCount(3, { timeout: 20_000 });
    await expect(app.groupNamed('billing', '안정')).toBeVisible({ timeout: 20_000 });

    await app.crashButton('billing-app-2').click();
    await expect(app.member('billing-app-2', '비정상 종료')).toBeVisible();
    await expect(app.crashButton('billing-app-2')).toBeDisabled();
    const wait = app.group('billing').getByRole('note');
    await expect(wait).toContainText('session.timeout.ms(45초)');
    await expect(wait).toContainText(/약 \d+초 남음/);
    await expect(wait.getByRole('progressbar')).toBeVisible();

    await app.pauseButton().click();
    await app.jump('1m');
    await expect(wait).toContainText('세션이 만료되어 코디네이터가 내보냈습니다');
    await app.playButton().click();
    await expect(app.groupNamed('billing', '안정')).toBeVisible({ timeout: 20_000 });
    // billing-app-1 now owns all three partitions.
    await expect(chips).toHaveCount(3, { timeout: 20_000 });
    await expect(
      app
        .group('billing')
        .getByRole('listitem')
        .filter({ hasText: 'billing-app-1' })
        .locator('.partition-chip'),
    ).toHaveCount(3);
    expect(
      await page.evaluate(
        () => window.__kafkascope?.getState().kinds.group?.get('group:billing')?.memberCount,
      ),
    ).toBe(1);
  });

  test("offset reset is greyed out with Kafka's refusal while the group is active, and works once it is empty", async () => {
    await app.groupIdField.fill('billing');
    await app.startConsumer.click();
    await expect(app.groupNamed('billing', '안정')).toBeVisible({ timeout: 20_000 });
    // The five user-1 records are on orders-2: read, then committed (auto-commit every 5 s).
    await expect(app.cursor('billing', 'orders-2')).toHaveAccessibleName(/커밋된 오프셋 5, 랙 0/, {
      timeout: 20_000,
    });

    const form = await app.openReset('billing');
    await expect(app.resetButton(form)).toBeDisabled();
    await expect(form).toContainText(
      "Assignments can only be reset if the group 'billing' is inactive, but the current state is Stable.",
    );

    await app.closeButton('billing-app-1').click();
    await expect(app.member('billing-app-1', '종료됨')).toBeVisible({ timeout: 10_000 });
    await expect(app.groupNamed('billing', '비어 있음')).toBeVisible({ timeout: 10_000 });
    await expect(app.resetButton(form)).toBeEnabled();
    await form.getByRole('radio', { name: '--to-earliest' }).check();
    await app.resetButton(form).click();
    await expect(form.getByRole('status')).toContainText('orders-2 → 0');
    await expect(app.cursor('billing', 'orders-2')).toHaveAccessibleName(/커밋된 오프셋 0, 랙 5/);
  });
});
