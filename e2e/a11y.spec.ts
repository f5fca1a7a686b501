/**
 * Accessibility from the start: an axe-core scan (WCAG 2 A and AA rules) of every side panel with a
 * live cluster behind it — brokers, a consumer group, records, events — in both languages. Names and
 * roles of the SVG items themselves are checked where the views are tested (by role and name).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const TABS = {
  ko: ['프로듀서', '컨슈머', '레코드', '메타데이터', '이벤트', '지표', '차트', '설정'],
  en: ['Producer', 'Consumers', 'Record', 'Metadata', 'Events', 'Metrics', 'Charts', 'Configs'],
} as const;

for (const lang of ['ko', 'en'] as const) {
  test(`no WCAG A/AA violations on any panel (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const app = new AppPage(page);
    await app.open('classroom');
    await app.setLanguage(lang);
    await page.evaluate(async () => {
      const engine = window.__kafkascope?.engine;
      await engine?.command({
        type: 'send',
        topic: 'orders',
        key: 'k',
        value: 'v',
        headers: [],
        partition: 0,
        acks: 'all',
        partitioner: 'default',
      });
      await engine?.command({ type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' });
      await engine?.jump(10_000);
    });
    for (const tab of TABS[lang]) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const found = result.violations.map((v) => `${tab}: ${v.id} (${v.nodes.length}) ${v.help}`);
      expect(found).toEqual([]);
    }
  });
}
