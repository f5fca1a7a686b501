/**
 * Page object for the charts and config tabs. Everything is found by role and accessible name, in
 * Korean (the default language), as a screen reader user would find it.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TopicRecord } from '../../engine/view/types';
import { AppPage } from './app-page';

export class ChartsConfigPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async openTab(tab: 'charts' | 'config'): Promise<void> {
    await this.page.getByRole('tab', { name: tab === 'charts' ? '차트' : '설정' }).click();
    const heading = tab === 'charts' ? '차트' : '토픽과 설정';
    await expect(this.page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }

  // ------------------------------------------------------------------ charts

  /** A chart's figure, by (the start of) its title. */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  legendEntry(chart: Locator, name: string): Locator {
    return chart.getByRole('button', { name, exact: true });
  }

  tableToggle(chart: Locator): Locator {
    return chart.getByRole('button', { name: /표로 보기|표 닫기/ });
  }

  chartTopic(): Locator {
    return this.page.getByRole('combobox', { name: '토픽', exact: true });
  }

  // ------------------------------------------------------------------ config: topics

  topicName(): Locator {
    return this.page.getByRole('textbox', { name: '토픽 이름' });
  }

  partitionsInput(): Locator {
    return this.page.getByRole('spinbutton', { name: '파티션 수', exact: true });
  }

  replicationInput(): Locator {
    return this.page.getByRole('spinbutton', { name: '복제 계수(replication factor)' });
  }

  createButton(): Locator {
    return this.page.getByRole('button', { name: '토픽 만들기', exact: true });
  }

  async createTopic(name: string, partitions: number, replicationFactor: number): Promise<void> {
    await this.topicName().fill(name);
    await this.partitionsInput().fill(String(partitions));
    await this.replicationInput().fill(String(replicationFactor));
    await this.createButton().click();
  }

  editedTopic(): Locator {
    return this.page.getByRole('combobox', { name: '토픽', exact: true });
  }

  /** The alert Kafka's refusal shows in, inside `scope`. */
  refusal(scope: Locator | Page = this.page): Locator {
    return scope.getByRole('alert').filter({ hasText: '카프카가 거부했습니다.' });
  }

  /** A config's row in the topic or broker table (by its exact Kafka name). */
  configRow(table: 'topic' | 'broker', name: string): Locator {
    const caption = table === 'topic' ? /^토픽 .+의 설정$/ : /^브로커 설정 — /;
    return this.page
      .getByRole('table', { name: caption })
      .getByRole('row')
      .filter({
        has: this.page.locator('code.config-name', {
          hasText: new RegExp(`^${name.replaceAll('.', '\\.')}$`),
        }),
      });
  }

  valueInput(row: Locator, name: string): Locator {
    return row.getByRole('textbox', { name: new RegExp(`^${name.replaceAll('.', '\\.')} 새 값`) });
  }

  valueSelect(row: Locator, name: string): Locator {
    return row.getByRole('combobox', { name: `${name} 새 값` });
  }

  applyButton(row: Locator, name: string): Locator {
    return row.getByRole('button', { name: `${name} 적용` });
  }

  resetButton(row: Locator, name: string): Locator {
    return row.getByRole('button', { name: `${name} 기본값으로 되돌리기` });
  }

  async setConfig(table: 'topic' | 'broker', name: string, value: string): Promise<void> {
    const row = this.configRow(table, name);
    await this.valueInput(row, name).fill(value);
    await this.applyButton(row, name).click();
  }

  async topicRecord(name: string): Promise<TopicRecord | undefined> {
    return this.page.evaluate((n) => window.__kafkascope?.getState().kinds.topic?.get(`topic:${n}`), name);
  }
}
