/**
 * Page object for the partition log view and the record inspector. Everything is found by role and
 * accessible name inside the log region ("파티션 로그: orders-0"), as a screen reader user would;
 * Korean by default, English after `app.useEnglish()`. Builds on the shell's AppPage.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app-page';

const NAMES = {
  ko: {
    region: (name: string) => `파티션 로그: ${name}`,
    replica: (name: string, broker: number, role: 'leader' | 'follower', isr: boolean) =>
      `${name} 복제본, 브로커 ${broker}, ${role === 'leader' ? '리더' : '팔로워'}, ${isr ? 'ISR' : 'ISR 밖'}`,
    segmentPrefix: '세그먼트 ',
    broker: (broker: number) => `브로커 ${broker}`,
    segment: (file: string, broker: number) => `세그먼트 ${file}, 브로커 ${broker}, `,
    deletedBecause: '삭제 이유: ',
    lookupHit: '오프셋 찾기가 고른 세그먼트',
    markerOf: (broker: number) => `브로커 ${broker}의 `,
    startLong: '로그 시작 오프셋',
    hwLong: '하이 워터마크(HW)',
    leoLong: '로그 끝 오프셋(LEO)',
    uncommitted: '아직 커밋되지 않음(HW 위)',
    run: (broker: number) => `브로커 ${broker}, 오프셋 `,
    lookupOffset: '찾을 오프셋',
    lookupReplica: '찾을 복제본',
    find: '찾기',
    steps: (offset: number) => `브로커가 오프셋 ${offset}을(를) 찾는 단계`,
    inspectFromLookup: '이 레코드 살펴보기',
    records: (name: string, broker: number) => `브로커 ${broker}에 있는 ${name}의 레코드`,
    inspect: (offset: number) => `오프셋 ${offset} 레코드 살펴보기`,
    inspector: '레코드 살펴보기',
    crcOk: 'CRC OK',
    lost: '확인(ack)받았지만 유실된 레코드: ',
    position: (member: string) => `${member}의 읽을 위치 `,
    committed: (group: string) => `그룹 ${group}의 커밋된 오프셋 `,
    pick: '보여 줄 파티션',
  },
  en: {
    region: (name: string) => `Partition log: ${name}`,
    replica: (name: string, broker: number, role: 'leader' | 'follower', isr: boolean) =>
      `${name} replica, broker ${broker}, ${role}, ${isr ? 'ISR' : 'out of ISR'}`,
    segmentPrefix: 'Segment ',
    broker: (broker: number) => `broker ${broker}`,
    segment: (file: string, broker: number) => `Segment ${file}, broker ${broker}, `,
    deletedBecause: 'deleted because: ',
    lookupHit: 'the segment the offset lookup chose',
    markerOf: (broker: number) => `Broker ${broker} `,
    startLong: 'log start offset',
    hwLong: 'high watermark (HW)',
    leoLong: 'log end offset (LEO)',
    uncommitted: 'not yet committed (above the HW)',
    run: (broker: number) => `Broker ${broker}, offset`,
    lookupOffset: 'Offset to find',
    lookupReplica: 'Replica to search',
    find: 'Find',
    steps: (offset: number) => `How the broker finds offset ${offset}`,
    inspectFromLookup: 'Inspect this record',
    records: (name: string, broker: number) => `Records of ${name} on broker ${broker}`,
    inspect: (offset: number) => `Inspect the record at offset ${offset}`,
    inspector: 'Record inspector',
    crcOk: 'CRC OK',
    lost: 'Acknowledged but lost: ',
    position: (member: string) => `${member} position `,
    committed: (group: string) => `Group ${group} committed offset `,
    pick: 'Partition to show',
  },
} as const;

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escapeRe(text)}`);

export class LogPage {
  constructor(readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  private get n() {
    return NAMES[this.app.lang];
  }

  region(partition = 'orders-0'): Locator {
    return this.page.getByRole('region', { name: this.n.region(partition) });
  }

  replica(partition: string, broker: number, role: 'leader' | 'follower', isr = true): Locator {
    return this.region(partition).getByRole('button', {
      name: this.n.replica(partition, broker, role, isr),
      exact: true,
    });
  }

  /** Segment blocks (and groups of them), optionally of one broker's replica. */
  segments(partition = 'orders-0', broker?: number): Locator {
    const of = broker === undefined ? '' : `.*, ${escapeRe(this.n.broker(broker))}, `;
    return this.region(partition).getByRole('button', {
      name: new RegExp(`^${escapeRe(this.n.segmentPrefix)}${of}`),
    });
  }

  segment(file: string, broker: number, partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('button', { name: startsWith(this.n.segment(file, broker)) });
  }

  deletedSegments(partition: string): Locator {
    return this.region(partition).getByRole('button', { name: new RegExp(escapeRe(this.n.deletedBecause)) });
  }

  lookupHit(partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('button', { name: new RegExp(`${escapeRe(this.n.lookupHit)}$`) });
  }

  /** A replica's marker image showing `kind` (markers at one offset share one image). */
  marker(broker: number, kind: 'start' | 'hw' | 'leo', partition = 'orders-0'): Locator {
    const long = kind === 'start' ? this.n.startLong : kind === 'hw' ? this.n.hwLong : this.n.leoLong;
    return this.region(partition).getByRole('img', {
      name: new RegExp(`^${escapeRe(this.n.markerOf(broker))}.*${escapeRe(long)}.*: \\d+$`),
    });
  }

  /** The offset a marker stands at, read from its accessible name. */
  async markerOffset(broker: number, kind: 'start' | 'hw' | 'leo', partition = 'orders-0'): Promise<number> {
    const name = (await this.marker(broker, kind, partition).getAttribute('aria-label')) ?? '';
    return Number(/: (\d+)$/.exec(name)?.[1] ?? Number.NaN);
  }

  uncommittedRuns(broker: number, partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('button', {
      name: new RegExp(`^${escapeRe(this.n.run(broker))}.*${escapeRe(this.n.uncommitted)}$`),
    });
  }

  ghosts(partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('img', { name: startsWith(this.n.lost) });
  }

  positionCursor(member: string, partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('img', { name: startsWith(this.n.position(member)) });
  }

  committedCursor(group: string, partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('img', { name: startsWith(this.n.committed(group)) });
  }

  /** Opens a segment's records by clicking its top-left corner (its base offset), above the records. */
  async openSegment(block: Locator): Promise<void> {
    await block.scrollIntoViewIfNeeded();
    await block.click({ position: { x: 6, y: 8 } });
  }

  records(partition: string, broker: number): Locator {
    return this.region(partition).getByRole('region', { name: this.n.records(partition, broker) });
  }

  /** Selects the record at `offset` in the open records page (the inspector tab opens). */
  async inspect(offset: number, partition = 'orders-0'): Promise<void> {
    await this.region(partition)
      .getByRole('button', { name: this.n.inspect(offset), exact: true })
      .click();
  }

  async lookup(offset: number, broker: number | null = null, partition = 'orders-0'): Promise<Locator> {
    const region = this.region(partition);
    await region.getByLabel(this.n.lookupOffset).fill(String(offset));
    if (broker !== null) await region.getByLabel(this.n.lookupReplica).selectOption(String(broker));
    await region.getByRole('button', { name: this.n.find, exact: true }).click();
    return region.getByRole('list', { name: this.n.steps(offset) });
  }

  inspectFromLookup(partition = 'orders-0'): Locator {
    return this.region(partition).getByRole('button', { name: this.n.inspectFromLookup, exact: true });
  }

  inspector(): Locator {
    return this.page.getByRole('region', { name: this.n.inspector, exact: true });
  }

  async pickPartition(name: string, partition = 'orders-0'): Promise<void> {
    await this.region(partition).getByLabel(this.n.pick).selectOption(name);
    await expect(this.region(name)).toBeVisible();
  }
}
