/** View state that only the UI has: language, which page of records is shown, the last error. */
import type { StateCreator } from 'zustand/vanilla';
import type { RecordsPage } from '../../engine/view/types';
import type { EngineErrorCode } from '../../engine/worker/protocol';
import { DEFAULT_LANG, type Lang } from '../i18n/i18n';
import type { AppState } from './store';

export interface ShownError {
  readonly code: EngineErrorCode | 'STORAGE';
  /** Kafka's (or the engine's) own text, shown as it is under the translated headline. */
  readonly message: string;
}

/** Where the records table starts: an offset, or the last page that follows new records. */
export type PageAnchor = number | 'latest';

export interface UiSlice {
  lang: Lang;
  pageAnchor: PageAnchor;
  /** The page last read from the engine for {@link pageAnchor}; null until the first reply. */
  page: RecordsPage | null;
  lastError: ShownError | null;
  lastProducedOffset: number | null;
  /** State-changing commands sent and not yet answered (to disable buttons while the engine works). */
  inFlight: number;
  setLang: (lang: Lang) => void;
  setPageAnchor: (anchor: PageAnchor) => void;
  setPage: (page: RecordsPage | null) => void;
  showError: (error: ShownError) => void;
  clearError: () => void;
  setLastProducedOffset: (offset: number | null) => void;
  adjustInFlight: (delta: 1 | -1) => void;
}

export const createUiSlice =
  (initialLang: Lang = DEFAULT_LANG): StateCreator<AppState, [], [], UiSlice> =>
  (set) => ({
    lang: initialLang,
    pageAnchor: 'latest',
    page: null,
    lastError: null,
    lastProducedOffset: null,
    inFlight: 0,
    setLang: (lang) => set({ lang }),
    setPageAnchor: (pageAnchor) => set({ pageAnchor }),
    setPage: (page) => set({ page }),
    showError: (lastError) => set({ lastError }),
    clearError: () => set({ lastError: null }),
    setLastProducedOffset: (lastProducedOffset) => set({ lastProducedOffset }),
    adjustInFlight: (delta) => set((s) => ({ inFlight: Math.max(0, s.inFlight + delta) })),
  });
