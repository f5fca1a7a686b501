/**
 * React access to the app's store and engine client. Views read the store only through selectors
 * (`useAppStore(selectX)`, with `useShallow` for derived lists) and send commands through `useEngine()`.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store/store';
import type { EngineClient } from './engine-client';

interface Services {
  readonly store: AppStore;
  readonly engine: EngineClient;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ store, engine, children }: Services & { children: ReactNode }) {
  return <ServicesContext.Provider value={{ store, engine }}>{children}</ServicesContext.Provider>;
}

function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('ServicesProvider is missing above this view');
  return services;
}

export function useAppStore<U>(selector: (state: AppState) => U): U {
  return useStore(useServices().store, selector);
}

/** The store itself, for event handlers that act (never for rendering). */
export function useAppStoreApi(): AppStore {
  return useServices().store;
}

export function useEngine(): EngineClient {
  return useServices().engine;
}
