/**
 * The cluster view end to end in real Chromium: brokers, ZooKeeper and replicas named with their state;
 * killing a leader and watching the new leader and the ISR shrink; elections greyed out with Kafka's
 * reason until they apply; both layouts; in-flight messages that can be clicked and dropped; faults;
 * the keyboard; the English names; and the 9-broker preset.
 */
import { expect, test } from '@playwright/test';
import { ClusterPage } from './pages/cluster-page';

/** Runs in the page: the partition's leader in the store (−2 when unknown). */
const leaderOf = (tp: string) =>
  window.__kafkascope?.getState().kinds.partition?.get(`partition:${tp}`)?.leader ?? -2;

test.describe('cluster view', () => {
  let app: ClusterPage;

  test.beforeEach(async ({ page }) => {
    app = new ClusterPage(page);
    await app.open('classroom');
    await app.pause();
  });

  test('names every broker, ZooKeeper, partition and replica with its state', async () => {
    for (const id of [1, 2, 3]) await expect(app.broker(id)).toHaveAccessibleName(/^브로커 \d — 실행 중/);
    await expect(app.view.getByRole('button', { name: /— 실행 중, 컨트롤러/ })).toHaveCount(1);
    await expect(app.zookeeper()).toHaveAccessibleName('ZooKeeper — 실행 중, 브로커 세션 3개');
    await expect(app.allReplicas()).toHaveCount(9);
    await expect(app.view.getByRole('button', { name: /복제본, 브로커 \d, 리더, ISR/ })).toHaveCount(3);
    await expect(app.view.getByRole('button', { name: /복제본, 브로커 \d, 팔로워, ISR/ })).toHaveCount(6);
    const leader = await app.page.evaluate(leaderOf, 'orders-0');
    await expect(app.replica('orders-0', leader)).toHaveAccessibleName(
      new RegExp(`^orders-0 복제본, 브로커 ${leader}, 리더, ISR`),
    );
    await expect(app.partition('orders-0')).toHaveAccessibleName(
      new RegExp(`^파티션 orders-0 — 리더 브로커 ${leader}, ISR`),
    );

    // A topic collapses to one row of counts per broker, and opens again.
    await app.collapseTopic('orders').click();
    await expect(app.allReplicas()).toHaveCount(0);
    await expect(app.expandTopic('orders')).toHaveAttribute('aria-expanded', 'false');
    await app.expandTopic('orders').click();
    await expect(app.allReplicas()).toHaveCount(9);
  });

  test('killing the leader: the broker stops, a new leader is elected and the ISR shrinks', async ({
    page,
  }) => {
    const old = await page.evaluate(leaderOf, 'orders-0');
    await app.broker(old).click();
    await expect(app.broker(old)).toHaveAttribute('aria-pressed', 'true');
    await expect(
      app.actions.getByRole('heading', { name: new RegExp(`브로커 ${old} — 실행 중`) }),
    ).toBeVisible();
    // Restart cannot apply to a running broker: greyed out with the reason, not hidden.
    await expect(app.action('restart')).toHaveAttribute('aria-disabled', 'true');
    await expect(app.actions.getByText('지금은 할 수 없음: 브로커가 이미 실행 중입니다')).toBeVisible();
    // Selecting a broker highlights its replicas and dims the others.
    const other = old === 1 ? 2 : 1;
    await expect(app.replicaBox('orders-0', old)).toHaveCSS('fill-opacity', '1');
    await expect(app.replicaBox('orders-0', other)).toHaveCSS('fill-opacity', '0.3');

    await app.act('kill');
    await expect(app.broker(old)).toHaveAccessibleName(new RegExp(`^브로커 ${old} — 중지됨, kill -9로 종료`));
    await expect(app.replica('orders-0', old)).toHaveAccessibleName(/오프라인/);
    await expect(app.action('restart')).toHaveAttribute('aria-disabled', 'false');

    // The controller learns of the death when the broker's ZooKeeper session expires.
    await app.playUntil(
      (tp) => {
        const p = window.__kafkascope?.getState().kinds.partition?.get(`partition:${tp}`);
        return p !== undefined && p.leader >= 0 && p.isr.length === 2;
      },
      'orders-0',
      20,
      30_000,
    );
    const next = await page.evaluate(leaderOf, 'orders-0');
    expect(next).not.toBe(old);
    await expect(app.partition('orders-0')).toHaveAccessibleName(
      new RegExp(`^파티션 orders-0 — 리더 브로커 ${next}, ISR \\d, \\d, ISR 밖 ${old}, 복제 부족`),
    );
    await expect(app.replica('orders-0', next)).toHaveAccessibleName(/리더, ISR/);
    await expect(app.view.getByText('⚠ 복제 부족').first()).toBeVisible();
  });

  test('elections are greyed out with Kafka’s reason until they can run', async ({ page }) => {
    const preferred = (await app.partitionRecord('orders-1')).replicas[0] ?? -1;
    await app.partition('orders-1').click();
    await expect(app.partition('orders-1')).toHaveAttribute('aria-pressed', 'true');
    // The selected partition is the watched one: the engine sends its segments.
    await page.waitForFunction(() =>
      [...(window.__kafkascope?.getState().kinds.segment?.values() ?? [])].some(
        (s) => s.kind === 'segment' && s.topic === 'orders' && s.partition === 1,
      ),
    );
    await expect(app.action('preferred')).toHaveAttribute('aria-disabled', 'true');
    await expect(
      app.actions.getByText(`ELECTION_NOT_NEEDED: 선호 리더(브로커 ${preferred})가 이미 리더입니다.`),
    ).toBeVisible();
    await expect(app.action('unclean')).toHaveAttribute('aria-disabled', 'true');

    // Move leadership away: kill the preferred leader, wait for the election, bring it back in sync.
    await app.broker(preferred).click();
    await app.act('kill');
    await app.playUntil(
      (id) => {
        const p = window.__kafkascope?.getState().kinds.partition?.get('partition:orders-1');
        return p !== undefined && p.leader >= 0 && p.leader !== id;
      },
      preferred,
      20,
      30_000,
    );
    await app.act('restart');
    await app.partition('orders-1').click();
    await expect(app.action('preferred')).toHaveAttribute('aria-disabled', 'true');
    await expect(app.actions.getByText(/PREFERRED_LEADER_NOT_AVAILABLE/)).toBeVisible();
    await app.playUntil(
      (id) => {
        const p = window.__kafkascope?.getState().kinds.partition?.get('partition:orders-1');
        return p?.isr.includes(id) === true && p.preferredElectionBlocked === null;
      },
      preferred,
      20,
      30_000,
    );

    await app.act('preferred');
    await app.playUntil(
      (id) => {
        const p = window.__kafkascope?.getState().kinds.partition?.get('partition:orders-1');
        return p?.leader === id;
      },
      preferred,
      5,
      20_000,
    );
    await expect(app.partition('orders-1')).toHaveAccessibleName(
      new RegExp(`^파티션 orders-1 — 리더 브로커 ${preferred},`),
    );
  });

  test('the broker-centric layout holds each broker’s replicas in its box', async () => {
    await app.layoutButton('broker').click();
    await expect(app.layoutButton('broker')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.view.locator('.broker-column')).toHaveCount(3);
    await expect(app.allReplicas()).toHaveCount(9);
    await expect(
      app.view
        .locator('.broker-column')
        .nth(1)
        .getByRole('button', { name: /복제본, 브로커 2,/ }),
    ).toHaveCount(3);

    await app.replica('orders-2', 3).click();
    await expect(app.replica('orders-2', 3)).toHaveAttribute('aria-pressed', 'true');
    // Its siblings on the other brokers stay lit; other partitions dim.
    await expect(app.replicaBox('orders-2', 1)).toHaveCSS('fill-opacity', '1');
    await expect(app.replicaBox('orders-0', 1)).toHaveCSS('fill-opacity', '0.3');
    await app.layoutButton('topic').click();
    await expect(app.replica('orders-2', 3)).toHaveAttribute('aria-pressed', 'true');
  });

  test('a message in flight can be clicked, read and dropped', async ({ page }) => {
    // Watched slowed down (1 simulated ms = 1 real second), a Produce crosses its 1 ms link visibly.
    await page.evaluate(() => window.__kafkascope?.engine.playback(true, 0.001));
    await page.evaluate(() =>
      window.__kafkascope?.engine.command({
        type: 'send',
        topic: 'orders',
        key: 'k',
        value: 'v',
        headers: [],
        partition: 0,
        acks: 'all',
        partitioner: 'default',
      }),
    );
    const produce = /^Produce (요청|응답), (client-\d+|broker-\d+) → (client-\d+|broker-\d+)$/;
    // Pause while one is on the wire (it may land in the moment between seeing it and pausing: then
    // play on to the next, the response).
    for (let tries = 0; tries < 5; tries++) {
      await expect(app.messages(produce).first()).toBeVisible({ timeout: 15_000 });
      await page.evaluate(() => window.__kafkascope?.engine.playback(false, 0.001));
      await page.waitForTimeout(100);
      if ((await app.messages(produce).count()) > 0) break;
      await page.evaluate(() => window.__kafkascope?.engine.playback(true, 0.001));
    }
    const dot = app.messages(produce).first();
    await expect(dot).toBeVisible();
    // The filter hides a kind of message and shows it again.
    await app.filterToggle().click();
    const produceBox = app.view.getByRole('checkbox', { name: '프로듀스' });
    await produceBox.uncheck();
    await expect(app.messages(produce)).toHaveCount(0);
    await produceBox.check();
    await expect(dot).toBeVisible();
    await app.filterToggle().click();
    await dot.click();
    await expect(dot).toHaveAttribute('aria-pressed', 'true');
    await expect(
      app.actions.getByRole('heading', { name: /메시지 #\d+ — Produce (요청|응답)/ }),
    ).toBeVisible();
    await expect(app.actions.getByText('보낸 곳')).toBeVisible();
    const id = await page.evaluate(() => {
      const s = window.__kafkascope?.getState().selection;
      return s?.kind === 'message' ? s.messageId : -1;
    });

    await app.act('drop');
    await page.waitForFunction((m) => {
      const r = window.__kafkascope?.getState().kinds.message?.get(`message:${m}`);
      return r === undefined || (r.kind === 'message' && r.lost === 'dropped');
    }, id);
    const gone = app.actions.getByText(`메시지 #${id}는 이미 도착했거나 사라졌습니다.`);
    const dropped = app.messages(/유실됨 \(버림\)/);
    await expect(gone.or(dropped.first())).toBeVisible();
  });

  test('faults: isolate and heal a broker, slow it down, isolate ZooKeeper', async () => {
    await app.broker(2).click();
    await app.act('isolate');
    await expect(app.broker(2)).toHaveAccessibleName(/^브로커 2 — 격리됨/);
    await expect(app.action('isolate')).toHaveAttribute('aria-disabled', 'true');
    await app.act('heal');
    await expect(app.broker(2)).toHaveAccessibleName(/^브로커 2 — 실행 중/);

    await app.act('slow');
    await expect(app.broker(2)).toHaveAccessibleName(/느림 \+200 ms/);

    await app.zookeeper().click();
    await app.actions.getByRole('button', { name: 'ZooKeeper 격리', exact: true }).click();
    await app.settle();
    await expect(app.zookeeper()).toHaveAccessibleName(/^ZooKeeper — 격리됨/);
    await expect(app.view.locator('.zk-session--cut').first()).toBeAttached();
  });

  test('works from the keyboard and speaks English', async ({ page }) => {
    await app.broker(1).focus();
    await page.keyboard.press('Enter');
    await expect(app.broker(1)).toHaveAttribute('aria-pressed', 'true');
    await app.replica('orders-0', 1).focus();
    await page.keyboard.press(' ');
    await expect(app.replica('orders-0', 1)).toHaveAttribute('aria-pressed', 'true');

    await app.useEnglish();
    await expect(app.broker(2)).toHaveAccessibleName(/^Broker 2 — running/);
    await expect(app.zookeeper()).toHaveAccessibleName('ZooKeeper — running, 3 broker sessions');
    await expect(app.replica('orders-0', 1)).toHaveAccessibleName(
      /^orders-0 replica, broker 1, (leader|follower), ISR/,
    );
    await expect(app.action('preferred')).toBeVisible();
    await app.clearSelection().click();
    await expect(app.actions).toHaveCount(0);
  });

  test('nine brokers and 50 partitions × RF 3 stay drawable', async ({ page }) => {
    await app.reset('large');
    await app.pause();
    await expect(app.view.getByRole('button', { name: /^브로커 \d — / })).toHaveCount(9);
    await expect(app.allReplicas()).toHaveCount(150);
    await expect(app.zookeeper()).toHaveAccessibleName(/브로커 세션 9개/);
    // Internal topics start collapsed.
    const internal = app.view.getByRole('button', { name: /^__\S+ 토픽 펼치기$/ });
    if ((await internal.count()) > 0)
      await expect(internal.first()).toHaveAttribute('aria-expanded', 'false');
    // Each replica cell is a small number of elements: the drawing stays bounded.
    const elements = await page.evaluate(() => document.querySelectorAll('section.cluster svg *').length);
    expect(elements).toBeLessThan(150 * 8 + 2000);
  });
});
