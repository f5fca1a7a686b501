/**
 * The command-line layer's public surface: the script runner behind `npm run -s sim`, its parser, and
 * the tools one by one (for a terminal in the UI, which would feed them one command at a time).
 */
export { parseDuration } from './duration';
export {
  DEFAULT_BROKERS,
  DEFAULT_CONSUMER_IDLE_MS,
  DEFAULT_SEED,
  type MakeCluster,
  type RunResult,
  runScript,
} from './run-script';
export { type Program, parseScript, programName, type ScriptCommand, type ScriptError } from './script';
export { consoleConsumer } from './tools/console-consumer';
export { consoleProducer } from './tools/console-producer';
export { consumerGroups } from './tools/consumer-groups';
export { getOffsets } from './tools/get-offsets';
export { kafkaTopics } from './tools/kafka-topics';
export { runSim, SIM_VERBS } from './tools/sim';
export type { Output, Tool, ToolContext } from './tools/tool';
