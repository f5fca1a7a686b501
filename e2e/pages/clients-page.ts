/**
 * Page object for the producer and consumers panels: every control found by role and accessible name,
 * as a screen-reader user finds it (Korean by default; `useEnglish()` switches). Names carry state
 * (`그룹 my-group — 안정`, `컨슈머 my-group-app-2 — 비정상 종료`), so tests read state by asking for a name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AutoProduceRecord } from '../../engine/view/types';
import { AppPage } from './app-page';

const NAMES = {
  ko: {
    producerTab: '프로듀서',
    consumersTab: '컨슈머',
    sendForm: '레코드 하나 보내기',
    autoForm: '자동 프로듀서',
    addForm: '컨슈머 시작하기',
    topic: '토픽',
    key: '키',
    nullKey: '키 없음 (null)',
    value: '값',
    send: '전송',
    steps: '파티션은 이렇게 정해집니다',
    ignoreKeys: 'partitioner.ignore.keys=true',
    explicit: '파티션 직접 지정',
    partition: '파티션',
    addHeader: '헤더 추가',
    headerKey: (n: number) => `헤더 ${n} 키`,
    headerValue: (n: number) => `헤더 ${n} 값`,
    removeHeader: (n: number) => `헤더 ${n} 삭제`,
    recentSends: '내가 보낸 레코드',
    rate: '초당 레코드 수',
    start: '자동 전송 시작',
    apply: '자동 전송 설정 바꾸기',
    stop: '자동 전송 멈추기',
    hotKey: '핫 키 하나가 큰 몫',
    uniform: 'N개 키에 고르게',
    noKey: '키 없음',
    groupId: '그룹 ID (group.id)',
    startConsumer: '컨슈머 시작',
    group: (g: string) => `그룹 ${g} — `,
    member: (name: string) => `컨슈머 ${name} — `,
    close: (name: string) => `${name} 정상 종료`,
    crash: (name: string) => `${name} 강제 종료`,
    cursor: (tp: string) => `${tp}: 로그 `,
    resetSummary: '오프셋 재설정',
    resetForm: (g: string) => `${g} 그룹의 오프셋 재설정`,
    resetSubmit: '재설정 실행 (--execute)',
  },
  en: {
    producerTab: 'Producer',
    consumersTab: 'Consumers',
    sendForm: 'Send one record',
    autoForm: 'Automatic producer',
    addForm: 'Start a consumer',
    topic: 'Topic',
    key: 'Key',
    nullKey: 'No key (null)',
    value: 'Value',
    send: 'Send',
    steps: 'How the partition is chosen',
    ignoreKeys: 'partitioner.ignore.keys=true',
    explicit: 'Explicit partition',
    partition: 'Partition',
    addHeader: 'Add a header',
    headerKey: (n: number) => `Header ${n} key`,
    headerValue: (n: number) => `Header ${n} value`,
    removeHeader: (n: number) => `Remove header ${n}`,
    recentSends: 'Records you sent',
    rate: 'Records per second',
    start: 'Start producing',
    apply: 'Apply the changes',
    stop: 'Stop producing',
    hotKey: 'One hot key takes a share',
    uniform: 'Uniform over N keys',
    noKey: 'No key',
    groupId: 'Group id (group.id)',
    startConsumer: 'Start consumer',
    group: (g: string) => `Group ${g} — `,
    member: (name: string) => `Consumer ${name} — `,
    close: (name: string) => `Close ${name}`,
    crash: (name: string) => `Crash ${name}`,
    cursor: (tp: string) => `${tp}: log `,
    resetSummary: 'Reset offsets',
    resetForm: (g: string) => `Reset offsets of group ${g}`,
    resetSubmit: 'Reset (--execute)',
  },
} as const;

const startsWith = (prefix: string) => new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export class ClientsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  private get c() {
    return NAMES[this.lang];
  }

  async openProducer(): Promise<void> {
    await this.page.getByRole('tab', { name: this.c.producerTab, exact: true }).click();
    await expect(this.sendForm).toBeVisible();
  }

  async openConsumers(): Promise<void> {
    await this.page.getByRole('tab', { name: this.c.consumersTab, exact: true }).click();
    await expect(this.addForm).toBeVisible();
  }

  // Producer: one record.
  get sendForm(): Locator {
    return this.page.getByRole('form', { name: this.c.sendForm });
  }

  topicField(form: Locator = this.sendForm): Locator {
    return form.getByRole('combobox', { name: this.c.topic, exact: true });
  }

  get keyField(): Locator {
    return this.sendForm.getByRole('textbox', { name: this.c.key, exact: true });
  }

  get valueField(): Locator {
    return this.sendForm.getByRole('textbox', { name: this.c.value, exact: true });
  }

  get nullKey(): Locator {
    return this.sendForm.getByRole('checkbox', { name: this.c.nullKey });
  }

  acks(form: Locator, acks: '0' | '1' | 'all'): Locator {
    return form.getByRole('radio', { name: `acks=${acks}`, exact: true });
  }

  get ignoreKeys(): Locator {
    return this.sendForm.getByRole('radio', { name: this.c.ignoreKeys });
  }

  get explicitPartition(): Locator {
    return this.sendForm.getByRole('radio', { name: this.c.explicit });
  }

  get partitionNumber(): Locator {
    return this.sendForm.getByRole('spinbutton', { name: this.c.partition, exact: true });
  }

  get sendButton(): Locator {
    return this.sendForm.getByRole('button', { name: this.c.send, exact: true });
  }

  /** The murmur2 walk-through (a region named by its heading). */
  get steps(): Locator {
    return this.sendForm.getByRole('region', { name: this.c.steps });
  }

  /** The last send's outcome, read out politely. */
  get lastSend(): Locator {
    return this.sendForm.getByRole('status');
  }

  get addHeader(): Locator {
    return this.sendForm.getByRole('button', { name: this.c.addHeader });
  }

  headerKey(n: number): Locator {
    return this.sendForm.getByRole('textbox', { name: this.c.headerKey(n) });
  }

  headerValue(n: number): Locator {
    return this.sendForm.getByRole('textbox', { name: this.c.headerValue(n) });
  }

  removeHeader(n: number): Locator {
    return this.sendForm.getByRole('button', { name: this.c.removeHeader(n) });
  }

  /** Rows of the user's own sends, newest first. */
  get sendRows(): Locator {
    return this.page
      .getByRole('table', { name: this.c.recentSends })
      .getByRole('row')
      .filter({ hasNot: this.page.getByRole('columnheader') });
  }

  // Producer: automatic.
  get autoForm(): Locator {
    return this.page.getByRole('form', { name: this.c.autoForm });
  }

  get rate(): Locator {
    return this.autoForm.getByRole('spinbutton', { name: this.c.rate });
  }

  distribution(kind: 'noKey' | 'uniform' | 'hotKey'): Locator {
    return this.autoForm.getByRole('radio', { name: this.c[kind], exact: true });
  }

  get startAuto(): Locator {
    return this.autoForm.getByRole('button', { name: this.c.start, exact: true });
  }

  get stopAuto(): Locator {
    return this.autoForm.getByRole('button', { name: this.c.stop, exact: true });
  }

  async autoProduce(): Promise<AutoProduceRecord | undefined> {
    return this.page.evaluate(() => window.__kafkascope?.getState().kinds.autoProduce?.get('autoProduce'));
  }

  // Consumers.
  get addForm(): Locator {
    return this.page.getByRole('form', { name: this.c.addForm });
  }

  get groupIdField(): Locator {
    return this.addForm.getByRole('combobox', { name: this.c.groupId });
  }

  subscribe(topic: string): Locator {
    return this.addForm.getByRole('checkbox', { name: topic, exact: true });
  }

  assignor(name: 'range' | 'roundrobin' | 'cooperative-sticky'): Locator {
    return this.addForm.getByRole('radio', { name, exact: true });
  }

  get startConsumer(): Locator {
    return this.addForm.getByRole('button', { name: this.c.startConsumer, exact: true });
  }

  /** The group's card; its accessible name carries the state (`그룹 g — 안정`). */
  group(groupId: string): Locator {
    return this.page.getByRole('article', { name: startsWith(this.c.group(groupId)) });
  }

  groupNamed(groupId: string, state: string): Locator {
    return this.page.getByRole('article', { name: `${this.c.group(groupId)}${state}`, exact: true });
  }

  /** A member's name button; its accessible name carries the status. */
  member(name: string, status?: string): Locator {
    return status === undefined
      ? this.page.getByRole('button', { name: startsWith(this.c.member(name)) })
      : this.page.getByRole('button', { name: `${this.c.member(name)}${status}`, exact: true });
  }

  closeButton(name: string): Locator {
    return this.page.getByRole('button', { name: this.c.close(name), exact: true });
  }

  crashButton(name: string): Locator {
    return this.page.getByRole('button', { name: this.c.crash(name), exact: true });
  }

  /** The committed-offset picture of one partition (`orders-2: 로그 0–5 (…), … 랙 5, …`). */
  cursor(groupId: string, tp: string): Locator {
    return this.group(groupId).getByRole('img', { name: startsWith(this.c.cursor(tp)) });
  }

  async openReset(groupId: string): Promise<Locator> {
    await this.group(groupId).getByText(this.c.resetSummary, { exact: true }).click();
    const form = this.page.getByRole('form', { name: this.c.resetForm(groupId) });
    await expect(form).toBeVisible();
    return form;
  }

  resetButton(form: Locator): Locator {
    return form.getByRole('button', { name: this.c.resetSubmit });
  }
}
