/**
 * The session commands that are plain cluster operations, mapped onto the cluster's command surface
 * (the same calls the CLI tools make). Each throws with Kafka's message when Kafka would refuse.
 */
import type { Cluster } from '../cluster/cluster';
import type { SessionCommand } from './commands';
import type { CommandOutcome } from './session';

type ClusterOnly = Exclude<
  SessionCommand,
  { type: 'send' | 'auto-produce' | 'add-member' | 'remove-member' | 'crash-member' }
>;

const NONE: CommandOutcome = { kind: 'none' };

export function executeClusterCommand(cluster: Cluster, command: ClusterOnly): CommandOutcome {
  switch (command.type) {
    case 'create-topic':
      cluster.createTopic(command.name, command.options);
      return NONE;
    case 'delete-topic':
      cluster.deleteTopic(command.name);
      return NONE;
    case 'create-partitions':
      cluster.createPartitions(command.name, command.totalCount);
      return NONE;
    case 'alter-topic-config':
      cluster.alterTopicConfig(command.name, command.set, command.remove);
      return NONE;
    case 'alter-broker-config':
      cluster.alterBrokerConfig(command.brokerId, command.set);
      return NONE;
    case 'kill-broker':
      cluster.killBroker(command.id);
      return NONE;
    case 'power-off-broker':
      cluster.powerOffBroker(command.id);
      return NONE;
    case 'start-broker':
      cluster.startBroker(command.id);
      return NONE;
    case 'isolate':
      cluster.isolate(command.node);
      return NONE;
    case 'heal':
      cluster.heal();
      return NONE;
    case 'slow':
      cluster.slow(command.id, command.delayMs);
      return NONE;
    case 'drop-message':
      cluster.dropMessage(command.messageId);
      return NONE;
    case 'elect-leaders':
      return { kind: 'value', value: cluster.electLeaders(command.electionType, command.partitions) };
    case 'reset-offsets':
      return {
        kind: 'value',
        value: cluster.resetGroupOffsets(command.groupId, command.topics, command.spec),
      };
  }
}
