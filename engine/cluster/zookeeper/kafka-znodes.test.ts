import { describe, expect, it } from 'vitest';
import {
  BROKER_IDS_PATH,
  brokerIdsPath,
  CONFIG_CHANGE_SEQUENCE_PATH,
  CONTROLLER_EPOCH_PATH,
  deleteTopicPath,
  KAFKA_PERSISTENT_PATHS,
  partitionStatePath,
  topicConfigPath,
  topicPath,
} from './kafka-znode-paths';
import {
  brokerRegistrationJson,
  clusterIdJson,
  configChangeJson,
  controllerEpochData,
  controllerJson,
  featureZNodeJson,
  isrChangeNotificationJson,
  partitionStateJson,
  producerIdBlockJson,
  topicAssignmentJson,
  topicConfigJson,
} from './kafka-znodes';
import {
  decodeBrokerRegistration,
  decodeClusterId,
  decodeConfigChange,
  decodeController,
  decodeControllerEpoch,
  decodeEntityConfig,
  decodeIsrChangeNotification,
  decodePartitionState,
  decodeTopicAssignment,
} from './kafka-znodes-decode';

describe('Kafka znode paths', () => {
  it('match ZkData', () => {
    expect(brokerIdsPath(1)).toBe('/brokers/ids/1');
    expect(topicPath('demo')).toBe('/brokers/topics/demo');
    expect(partitionStatePath('demo', 0)).toBe('/brokers/topics/demo/partitions/0/state');
    expect(topicConfigPath('demo')).toBe('/config/topics/demo');
    expect(deleteTopicPath('demo')).toBe('/admin/delete_topics/demo');
    expect(CONFIG_CHANGE_SEQUENCE_PATH).toBe('/config/changes/config_change_');
    expect(CONTROLLER_EPOCH_PATH).toBe('/controller_epoch');
  });

  it('lists PersistentZkPaths in createTopLevelPaths order', () => {
    expect(KAFKA_PERSISTENT_PATHS).toEqual([
      '/consumers',
      BROKER_IDS_PATH,
      '/brokers/topics',
      '/config/changes',
      '/admin/delete_topics',
      '/brokers/seqid',
      '/isr_change_notification',
      '/latest_producer_id_block',
      '/log_dir_event_notification',
      '/config/topics',
      '/config/clients',
      '/config/users',
      '/config/brokers',
      '/config/ips',
    ]);
  });
});

describe('Kafka znode JSON: the §9.1 samples byte for byte', () => {
  it('/brokers/ids/1 (a mutable.Map: hash order)', () => {
    expect(brokerRegistrationJson({ host: 'localhost', port: 9092, timestampMs: 1_700_000_000_000 })).toBe(
      '{"features":{},"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},"endpoints":["PLAINTEXT://localhost:9092"],"jmx_port":-1,"port":9092,"host":"localhost","version":5,"timestamp":"1700000000000"}',
    );
  });

  it('/brokers/topics/demo', () => {
    const partitions = new Map([
      [0, [1, 2]],
      [1, [2, 3]],
      [2, [3, 1]],
    ]);
    expect(topicAssignmentJson({ partitions, topicId: 'Qy1Yy0UfRtuJ3bUo8m0qUA' })).toBe(
      '{"partitions":{"0":[1,2],"1":[2,3],"2":[3,1]},"topic_id":"Qy1Yy0UfRtuJ3bUo8m0qUA","adding_replicas":{},"removing_replicas":{},"version":3}',
    );
  });

  it('/brokers/topics/demo/partitions/0/state (an immutable Map of 5: CHAMP order)', () => {
    expect(partitionStateJson({ controllerEpoch: 1, leader: 1, leaderEpoch: 0, isr: [1, 2] })).toBe(
      '{"controller_epoch":1,"leader":1,"version":1,"leader_epoch":0,"isr":[1,2]}',
    );
  });

  it('/controller and /controller_epoch', () => {
    expect(controllerJson({ brokerId: 1, timestampMs: 1_700_000_000_000 })).toBe(
      '{"version":2,"brokerid":1,"timestamp":"1700000000000","kraftControllerEpoch":-1}',
    );
    expect(controllerEpochData(1)).toBe('1');
  });
});

describe('Kafka znode JSON: the other encodings', () => {
  it('a topic of 12+ partitions leaves numeric order, as a 32-slot mutable.HashMap iterates', () => {
    const partitions = new Map(Array.from({ length: 12 }, (_, p): [number, number[]] => [p, [1]]));
    const json = topicAssignmentJson({ partitions, topicId: null });
    expect(json).toBe(
      '{"partitions":{"11":[1],"0":[1],"1":[1],"2":[1],"3":[1],"4":[1],"5":[1],"6":[1],"7":[1],"8":[1],"9":[1],"10":[1]},"adding_replicas":{},"removing_replicas":{},"version":3}',
    );
  });

  it('writes adding/removing replicas only for partitions that have them', () => {
    const json = topicAssignmentJson({
      partitions: new Map([[0, [1, 2, 3]]]),
      topicId: null,
      addingReplicas: new Map([
        [0, [3]],
        [1, []],
      ]),
    });
    expect(json).toBe(
      '{"partitions":{"0":[1,2,3]},"adding_replicas":{"0":[3]},"removing_replicas":{},"version":3}',
    );
  });

  it('writes leader_recovery_state only while RECOVERING', () => {
    const input = { controllerEpoch: 2, leader: 3, leaderEpoch: 4, isr: [3] };
    expect(partitionStateJson({ ...input, leaderRecoveryState: 0 })).toBe(partitionStateJson(input));
    expect(partitionStateJson({ ...input, leaderRecoveryState: 1 })).toBe(
      '{"controller_epoch":2,"leader":3,"version":1,"leader_recovery_state":1,"leader_epoch":4,"isr":[3]}',
    );
  });

  it('places the rack between endpoints and jmx_port', () => {
    const json = brokerRegistrationJson({ host: 'h', port: 1, timestampMs: 5, rack: 'r1', jmxPort: 9999 });
    expect(json).toBe(
      '{"features":{},"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},"endpoints":["PLAINTEXT://h:1"],"rack":"r1","jmx_port":9999,"port":1,"host":"h","version":5,"timestamp":"5"}',
    );
  });

  it('config, change notification, cluster id, producer id block, feature and ISR change', () => {
    expect(topicConfigJson({ 'retention.ms': '60000' })).toBe(
      '{"version":1,"config":{"retention.ms":"60000"}}',
    );
    expect(topicConfigJson({})).toBe('{"version":1,"config":{}}');
    // Verified against JDK 17 + Jackson: Properties iterate in ConcurrentHashMap bin order.
    expect(topicConfigJson({ 'retention.ms': '1', 'cleanup.policy': 'compact' })).toBe(
      '{"version":1,"config":{"cleanup.policy":"compact","retention.ms":"1"}}',
    );
    expect(configChangeJson('topics/demo')).toBe('{"version":2,"entity_path":"topics/demo"}');
    expect(clusterIdJson('MkU3OEVBNTcwNTJENDM2Qg')).toBe('{"version":"1","id":"MkU3OEVBNTcwNTJENDM2Qg"}');
    expect(producerIdBlockJson({ brokerId: 1, blockStart: 0, blockEnd: 999 })).toBe(
      '{"version":1,"broker":1,"block_start":"0","block_end":"999"}',
    );
    expect(featureZNodeJson()).toBe('{"features":{},"version":2,"status":1}');
    expect(isrChangeNotificationJson([{ topic: 'demo', partition: 0 }])).toBe(
      '{"version":1,"partitions":[{"topic":"demo","partition":0}]}',
    );
  });
});

describe('Kafka znode JSON: decoding', () => {
  it('reads back what the encoders write', () => {
    const broker = decodeBrokerRegistration(
      brokerRegistrationJson({ host: 'b1', port: 9092, timestampMs: 42 }),
    );
    expect(broker).toEqual({
      version: 5,
      host: 'b1',
      port: 9092,
      endpoints: ['PLAINTEXT://b1:9092'],
      jmxPort: -1,
      timestampMs: 42,
      rack: null,
    });
    const partitions = new Map(Array.from({ length: 12 }, (_, p): [number, number[]] => [p, [p % 3, 1]]));
    const assignment = decodeTopicAssignment(topicAssignmentJson({ partitions, topicId: 'id' }));
    expect([...assignment.partitions]).toEqual([...partitions]);
    expect(assignment.topicId).toBe('id');
    const state = {
      controllerEpoch: 1,
      leader: -1,
      leaderEpoch: 7,
      isr: [2],
      leaderRecoveryState: 1 as const,
    };
    expect(decodePartitionState(partitionStateJson(state))).toEqual(state);
    expect(decodeController(controllerJson({ brokerId: 3, timestampMs: 9 }))).toEqual({
      version: 2,
      brokerId: 3,
      timestampMs: 9,
      kraftControllerEpoch: -1,
    });
    expect(decodeControllerEpoch('17')).toBe(17);
    expect(decodeEntityConfig(topicConfigJson({ 'segment.bytes': '1024' }))).toEqual({
      'segment.bytes': '1024',
    });
    expect(decodeConfigChange(configChangeJson('brokers/1'))).toBe('brokers/1');
    expect(decodeClusterId(clusterIdJson('c'))).toBe('c');
    expect(decodeIsrChangeNotification(isrChangeNotificationJson([{ topic: 't', partition: 2 }]))).toEqual([
      { topic: 't', partition: 2 },
    ]);
  });

  it('refuses znodes that lack what Kafka requires', () => {
    expect(() => decodePartitionState('{"leader":1,"controller_epoch":1}')).toThrow(
      'partition state: bad leader_epoch',
    );
    expect(() => decodeController(null)).toThrow('controller: no data');
    expect(() => decodeControllerEpoch('x')).toThrow(SyntaxError);
    expect(decodeEntityConfig(null)).toEqual({});
  });
});
