/**
 * View state that only the UI has: language, what is selected (highlighted in every view), layout,
 * the last error, announcements for the polite live region, and the "Was" column of the metrics table.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { EngineErrorCode } from '../../engine/worker/protocol';
import { DEFAULT_LANG, type Lang } from '../i18n/i18n';
import type { AppState } from './store';

export interface ShownError {
  readonly code: EngineErrorCode | 'STORAGE' | 'PROTOCOL_MISMATCH' | 'INTERNAL' | 'NOT_READY';
  /** Kafka's (or the engine's) own text, shown as it is under the translated headline. */
  readonly message: string;
}

/**
 * The one selected thing; every view highlights what belongs to it. `partition` = `topic-p`;
 * `replica` adds the broker; `record` is an offset of a partition (the inspector shows it).
 */
export type Selection =
  | { readonly kind: 'broker'; readonly brokerId: number }
  | { readonly kind: 'topic'; readonly topic: string }
  | { readonly kind: 'partition'; readonly topic: string; readonly partition: number }
  | {
      readonly kind: 'replica';
      readonly topic: string;
      readonly partition: number;
      readonly brokerId: number;
    }
  | {
      readonly kind: 'record';
      readonly topic: string;
      readonly partition: number;
      readonly brokerId: number;
      readonly offset: number;
    }
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'member'; readonly name: string }
  | { readonly kind: 'message'; readonly messageId: number }
  | { readonly kind: 'event'; readonly seq: number }
  | { readonly kind: 'znode'; readonly path: string }
  | { readonly kind: 'zookeeper' };

export type ClusterLayout = 'topic' | 'broker';

/** The side panel's tabs, in order. */
export const SIDE_TABS = [
  'producer',
  'consumers',
  'inspector',
  'metadata',
  'timeline',
  'metrics',
  'charts',
  'config',
] as const;
export type SideTab = (typeof SIDE_TABS)[number];

export interface Announcement {
  readonly id: number;
  readonly text: string;
}

export interface UiSlice {
  lang: Lang;
  selection: Selection | null;
  layout: ClusterLayout;
  lastError: ShownError | null;
  /** State-changing requests sent and not yet answered (buttons show they are working). */
  inFlight: number;
  /** The newest announcement for the polite live region. */
  announcement: Announcement | null;
  helpOpen: boolean;
  sideTab: SideTab;
  /** Kafka metric values at the moment the user pressed "mark" (the Was column), by `broker:metric`. */
  metricsMark: { readonly atMs: number; readonly values: Readonly<Record<string, number>> } | null;
  setLang: (lang: Lang) => void;
  select: (selection: Selection | null) => void;
  setLayout: (layout: ClusterLayout) => void;
  showError: (error: ShownError) => void;
  clearError: () => void;
  adjustInFlight: (delta: 1 | -1) => void;
  announce: (text: string) => void;
  setHelpOpen: (open: boolean) => void;
  setSideTab: (tab: SideTab) => void;
  setMetricsMark: (mark: UiSlice['metricsMark']) => void;
}

export const createUiSlice =
  (initialLang: Lang = DEFAULT_LANG): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    lang: initialLang,
    selection: null,
    layout: 'topic',
    lastError: null,
    inFlight: 0,
    announcement: null,
    helpOpen: false,
    sideTab: 'producer',
    metricsMark: null,
    setLang: (lang) => set({ lang }),
    select: (selection) => set({ selection }),
    setLayout: (layout) => set({ layout }),
    showError: (lastError) => set({ lastError }),
    clearError: () => set({ lastError: null }),
    adjustInFlight: (delta) => set((s) => ({ inFlight: Math.max(0, s.inFlight + delta) })),
    announce: (text) => set({ announcement: { id: (get().announcement?.id ?? 0) + 1, text } }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setSideTab: (sideTab) => set({ sideTab }),
    setMetricsMark: (metricsMark) => set({ metricsMark }),
  });
