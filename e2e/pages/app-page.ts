/**
 * Page object for the shell: the header (seed, clock, presets), the time bar and the test API. Controls
 * are found by role and accessible name, as a screen reader user finds them (Korean by default;
 * `useEnglish()` switches the UI and the names). Area page objects build on `open()` and `api`.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { ClockRecord, PresetName } from '../../engine/view/types';

type Lang = 'ko' | 'en';

const NAMES = {
  ko: {
    play: '재생',
    pause: '일시 정지',
    step: '한 단계',
    jump: (amount: string) => `시뮬레이션 시간을 ${amount} 앞으로 보내기`,
    timeline: '되감기: 이 실행의 이전 시점으로 이동',
    newCluster: '새 클러스터',
    reset: '같은 프리셋과 시드로 처음부터 다시 시작 (기록과 파일을 모두 지웁니다)',
    preset: '프리셋',
    help: '단축키 보기 (?)',
    helpTitle: '키보드 단축키',
    amounts: { '1m': '1분', '1h': '1시간', '1d': '1일', '7d': '7일' },
  },
  en: {
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    jump: (amount: string) => `Move simulated time forward by ${amount}`,
    timeline: 'Rewind: move to an earlier moment of this run',
    newCluster: 'New cluster',
    reset: 'Start over with the same preset and seed (erases the history and files)',
    preset: 'Preset',
    help: 'Show shortcuts (?)',
    helpTitle: 'Keyboard shortcuts',
    amounts: { '1m': '1 min', '1h': '1 h', '1d': '1 day', '7d': '7 days' },
  },
} as const;

export type JumpAmount = keyof (typeof NAMES)['ko']['amounts'];

export class AppPage {
  lang: Lang = 'ko';

  constructor(readonly page: Page) {}

  get n() {
    return NAMES[this.lang];
  }

  /** Opens the site; with a preset, starts a fresh cluster from it with a fixed seed. */
  async open(preset?: PresetName, seed = 42): Promise<void> {
    await this.page.goto('./');
    await this.waitReady();
    if (preset) await this.reset(preset, seed);
  }

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => window.__kafkascope?.getState().connected === true);
    // A restore replays first: wait until the engine is idle.
    await this.page.waitForFunction(
      () => window.__kafkascope?.getState().kinds.clock?.get('clock')?.busyKind === 'none',
      null,
      { timeout: 60_000 },
    );
  }

  /** A new cluster from a preset with a fixed seed (through the test API: deterministic tests). */
  async reset(preset: PresetName, seed = 42): Promise<void> {
    await this.page.evaluate(([p, s]) => window.__kafkascope?.engine.reset(p, s), [preset, seed] as const);
    await this.page.waitForFunction(
      ([p, s]) => {
        const c = window.__kafkascope?.getState().kinds.clock?.get('clock');
        return c?.seed === s && c.preset === p;
      },
      [preset, seed] as const,
    );
  }

  /** Switches the UI language (and the names this object looks for). */
  async setLanguage(lang: Lang): Promise<void> {
    if (lang === this.lang) return;
    await this.page.getByRole('button', { name: lang === 'en' ? 'English' : '한국어' }).click();
    this.lang = lang;
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  async useEnglish(): Promise<void> {
    await this.setLanguage('en');
  }

  get seed(): Locator {
    return this.page.getByTestId('seed');
  }

  get clockTime(): Locator {
    return this.page.getByTestId('sim-clock');
  }

  playButton(): Locator {
    return this.page.getByRole('button', { name: this.n.play, exact: true });
  }

  pauseButton(): Locator {
    return this.page.getByRole('button', { name: this.n.pause, exact: true });
  }

  stepButton(): Locator {
    return this.page.getByRole('button', { name: this.n.step, exact: true });
  }

  jumpButton(amount: JumpAmount): Locator {
    return this.page.getByRole('button', { name: this.n.jump(this.n.amounts[amount]) });
  }

  timeline(): Locator {
    return this.page.getByRole('slider', { name: this.n.timeline });
  }

  /** Clicks a jump button and waits until the engine got there. */
  async jump(amount: JumpAmount): Promise<void> {
    const before = await this.clock();
    await this.jumpButton(amount).click();
    await this.page.waitForFunction(
      (b) => {
        const c = window.__kafkascope?.getState().kinds.clock?.get('clock');
        return c !== undefined && c.busyKind === 'none' && c.nowMs > b;
      },
      before.nowMs,
      { timeout: 60_000 },
    );
  }

  async clock(): Promise<ClockRecord> {
    const clock = await this.page.evaluate(() => window.__kafkascope?.getState().kinds.clock?.get('clock'));
    if (!clock) throw new Error('no clock record');
    return clock;
  }

  /** Waits until the engine has answered every state-changing request sent so far. */
  async settle(): Promise<void> {
    await this.page.waitForFunction(() => window.__kafkascope?.getState().inFlight === 0);
  }
}
