/** The producer panel's command types, named from the worker protocol (app/ imports nothing else). */
import type { SessionCommand } from '../../../engine/worker/protocol';

export type SendCommand = Extract<SessionCommand, { type: 'send' }>;
export type AutoProduceCommand = Extract<SessionCommand, { type: 'auto-produce' }>;
export type Acks = SendCommand['acks'];
export type Header = SendCommand['headers'][number];
