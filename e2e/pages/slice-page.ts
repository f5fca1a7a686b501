/**
 * Page object for the first live slice: every locator by role and accessible name (what a screen
 * reader user would find), so the tests also check that the controls are named. Korean names by
 * default; `useEnglish()` switches the UI and the names this object looks for.
 */
import { expect, type Locator, type Page } from '@playwright/test';

type Lang = 'ko' | 'en';

const NAMES = {
  ko: {
    key: '키',
    value: '값',
    produce: '전송',
    advance: (amount: string) => `시뮬레이션 시간을 ${amount} 앞으로 보내기`,
    plus1m: '+1분',
    plus1h: '+1시간',
    plus7d: '+7일',
    reset: '모든 레코드와 파일을 지우고 처음부터 다시 시작',
    segment: '세그먼트',
    records: '레코드',
    files: '파티션 디렉터리',
    segmentWord: /^세그먼트 /,
    dismiss: '닫기',
  },
  en: {
    key: 'Key',
    value: 'Value',
    produce: 'Produce',
    advance: (amount: string) => `Advance simulated time by ${amount}`,
    plus1m: '+1 min',
    plus1h: '+1 h',
    plus7d: '+7 d',
    reset: 'Delete every record and file and start over',
    segment: 'Segment',
    records: 'Records',
    files: 'Partition directory',
    segmentWord: /^Segment /,
    dismiss: 'Dismiss',
  },
} as const;

export interface RecordRow {
  offset: number;
  key: string;
  value: string;
}

export class SlicePage {
  private lang: Lang = 'ko';

  constructor(readonly page: Page) {}

  private get n() {
    return NAMES[this.lang];
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await this.waitReady();
  }

  /** The engine answered with its first snapshot (the produce form appears only then). */
  async waitReady(): Promise<void> {
    await expect(this.produceButton).toBeEnabled({ timeout: 15_000 });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  get produceButton(): Locator {
    return this.page.getByRole('button', { name: this.n.produce, exact: true });
  }

  get keyInput(): Locator {
    return this.page.getByRole('textbox', { name: this.n.key, exact: true });
  }

  get valueInput(): Locator {
    return this.page.getByRole('textbox', { name: this.n.value, exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  offset(which: 'lso' | 'hw' | 'leo'): Locator {
    return this.page.getByTestId(`offset-${which}`);
  }

  get seed(): Locator {
    return this.page.getByTestId('seed');
  }

  get clock(): Locator {
    return this.page.getByTestId('sim-clock');
  }

  /** Produces one record and waits until the LEO moved past it. */
  async produce(key: string, value: string): Promise<void> {
    const before = Number(await this.offset('leo').textContent());
    await this.keyInput.fill(key);
    await this.valueInput.fill(value);
    await this.produceButton.click();
    await expect(this.offset('leo')).toHaveText(String(before + 1));
  }

  /** Clicks Produce expecting a rejection; returns the alert. */
  async produceRejected(key: string, value: string): Promise<Locator> {
    await this.keyInput.fill(key);
    await this.valueInput.fill(value);
    await this.produceButton.click();
    await expect(this.alert).not.toBeEmpty();
    return this.alert;
  }

  async advance(amount: 'plus1m' | 'plus1h' | 'plus7d'): Promise<void> {
    const before = await this.clock.getAttribute('datetime');
    await this.page.getByRole('button', { name: this.n.advance(this.n[amount]), exact: true }).click();
    await expect(this.clock).not.toHaveAttribute('datetime', before ?? '');
  }

  async reset(): Promise<void> {
    await this.page.getByRole('button', { name: this.n.reset, exact: true }).click();
    await expect(this.offset('leo')).toHaveText('0');
  }

  async useEnglish(): Promise<void> {
    await this.page.getByRole('button', { name: 'English', exact: true }).click();
    this.lang = 'en';
  }

  async useKorean(): Promise<void> {
    await this.page.getByRole('button', { name: '한국어', exact: true }).click();
    this.lang = 'ko';
  }

  /** Segment blocks in the drawing, by accessible name, oldest first. */
  segmentBlocks(): Locator {
    return this.page.getByRole('img', { name: this.n.segmentWord });
  }

  async segmentNames(): Promise<string[]> {
    return this.segmentBlocks().evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  }

  get recordsTable(): Locator {
    return this.page.getByRole('region', { name: this.n.records, exact: true }).getByRole('table');
  }

  /** The rows of the records table as shown. */
  async recordRows(): Promise<RecordRow[]> {
    const rows = await this.recordsTable.locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('td').allTextContents();
        return { offset: Number(cells[0]), key: cells[1] ?? '', value: cells[2] ?? '' };
      }),
    );
  }

  get filesTable(): Locator {
    return this.page.getByRole('region', { name: this.n.files, exact: true }).getByRole('table');
  }

  /** `name → size` of the partition directory listing. */
  async files(): Promise<Record<string, number>> {
    const rows = await this.filesTable.locator('tbody tr').all();
    const out: Record<string, number> = {};
    for (const row of rows) {
      const cells = await row.locator('td').allTextContents();
      if (cells.length === 2) out[cells[1] ?? ''] = Number(cells[0]);
    }
    return out;
  }
}
