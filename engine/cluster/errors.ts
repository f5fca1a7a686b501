/**
 * Kafka protocol errors the simulated cluster answers with: code, Java exception class and default
 * message, as `org.apache.kafka.common.protocol.Errors` defines them. Tools print the exception and
 * message (e.g. the console producer's "NotEnoughReplicasException: Messages are rejected since …").
 */

interface ErrorDef {
  readonly code: number;
  readonly exception: string;
  readonly message: string;
  readonly retriable: boolean;
}

const def = (code: number, exception: string, message: string, retriable = false): ErrorDef => ({
  code,
  exception,
  message,
  retriable,
});

export const ERRORS = {
  NONE: def(0, '', ''),
  UNKNOWN_SERVER_ERROR: def(
    -1,
    'UnknownServerException',
    'The server experienced an unexpected error when processing the request.',
  ),
  OFFSET_OUT_OF_RANGE: def(
    1,
    'OffsetOutOfRangeException',
    'The requested offset is not within the range of offsets maintained by the server.',
  ),
  CORRUPT_MESSAGE: def(
    2,
    'CorruptRecordException',
    'This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.',
    true,
  ),
  UNKNOWN_TOPIC_OR_PARTITION: def(
    3,
    'UnknownTopicOrPartitionException',
    'This server does not host this topic-partition.',
    true,
  ),
  LEADER_NOT_AVAILABLE: def(
    5,
    'LeaderNotAvailableException',
    'There is no leader for this topic-partition as we are in the middle of a leadership election.',
    true,
  ),
  NOT_LEADER_OR_FOLLOWER: def(
    6,
    'NotLeaderOrFollowerException',
    'For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.',
    true,
  ),
  REQUEST_TIMED_OUT: def(7, 'TimeoutException', 'The request timed out.', true),
  MESSAGE_TOO_LARGE: def(
    10,
    'RecordTooLargeException',
    'The request included a message larger than the max message size the server will accept.',
  ),
  STALE_CONTROLLER_EPOCH: def(11, 'ControllerMovedException', 'The controller moved to another broker.'),
  NETWORK_EXCEPTION: def(
    13,
    'NetworkException',
    'The server disconnected before a response was received.',
    true,
  ),
  COORDINATOR_LOAD_IN_PROGRESS: def(
    14,
    'CoordinatorLoadInProgressException',
    'The coordinator is loading and hence can\u0027t process requests.',
    true,
  ),
  COORDINATOR_NOT_AVAILABLE: def(
    15,
    'CoordinatorNotAvailableException',
    'The coordinator is not available.',
    true,
  ),
  NOT_COORDINATOR: def(16, 'NotCoordinatorException', 'This is not the correct coordinator.', true),
  INVALID_TOPIC_EXCEPTION: def(
    17,
    'InvalidTopicException',
    'The request attempted to perform an operation on an invalid topic.',
  ),
  RECORD_LIST_TOO_LARGE: def(
    18,
    'RecordBatchTooLargeException',
    'The request included message batch larger than the configured segment size on the server.',
  ),
  NOT_ENOUGH_REPLICAS: def(
    19,
    'NotEnoughReplicasException',
    'Messages are rejected since there are fewer in-sync replicas than required.',
    true,
  ),
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: def(
    20,
    'NotEnoughReplicasAfterAppendException',
    'Messages are written to the log, but to fewer in-sync replicas than required.',
    true,
  ),
  ILLEGAL_GENERATION: def(22, 'IllegalGenerationException', 'Specified group generation id is not valid.'),
  INCONSISTENT_GROUP_PROTOCOL: def(
    23,
    'InconsistentGroupProtocolException',
    "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list.",
  ),
  UNKNOWN_MEMBER_ID: def(25, 'UnknownMemberIdException', 'The coordinator is not aware of this member.'),
  INVALID_SESSION_TIMEOUT: def(
    26,
    'InvalidSessionTimeoutException',
    'The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).',
  ),
  REBALANCE_IN_PROGRESS: def(
    27,
    'RebalanceInProgressException',
    'The group is rebalancing, so a rejoin is needed.',
  ),
  INVALID_TIMESTAMP: def(
    32,
    'InvalidTimestampException',
    'The timestamp of the message is out of acceptable range.',
  ),
  TOPIC_ALREADY_EXISTS: def(36, 'TopicExistsException', 'Topic with this name already exists.'),
  INVALID_PARTITIONS: def(37, 'InvalidPartitionsException', 'Number of partitions is below 1.'),
  INVALID_REPLICATION_FACTOR: def(
    38,
    'InvalidReplicationFactorException',
    'Replication factor is below 1 or larger than the number of available brokers.',
  ),
  INVALID_CONFIG: def(40, 'InvalidConfigurationException', 'Configuration is invalid.'),
  NOT_CONTROLLER: def(
    41,
    'NotControllerException',
    'This is not the correct controller for this cluster.',
    true,
  ),
  INVALID_RECORD: def(
    87,
    'InvalidRecordException',
    'This record has failed the validation on broker and hence will be rejected.',
  ),
  FENCED_LEADER_EPOCH: def(
    74,
    'FencedLeaderEpochException',
    'The leader epoch in the request is older than the epoch on the broker.',
    true,
  ),
  UNKNOWN_LEADER_EPOCH: def(
    75,
    'UnknownLeaderEpochException',
    'The leader epoch in the request is newer than the epoch on the broker.',
    true,
  ),
  MEMBER_ID_REQUIRED: def(
    79,
    'MemberIdRequiredException',
    'The group member needs to have a valid member id before actually entering a consumer group.',
  ),
  PREFERRED_LEADER_NOT_AVAILABLE: def(
    80,
    'PreferredLeaderNotAvailableException',
    'The preferred leader was not available.',
    true,
  ),
  ELIGIBLE_LEADERS_NOT_AVAILABLE: def(
    83,
    'EligibleLeadersNotAvailableException',
    'Eligible topic partition leaders are not available.',
    true,
  ),
  ELECTION_NOT_NEEDED: def(
    84,
    'ElectionNotNeededException',
    'Leader election not needed for topic partition.',
  ),
  INVALID_UPDATE_VERSION: def(95, 'InvalidUpdateVersionException', 'The given update version was invalid.'),
  NEW_LEADER_ELECTED: def(
    108,
    'NewLeaderElectedException',
    'The AlterPartition request successfully updated the partition state but the leader has changed.',
  ),
  INVALID_PRODUCER_EPOCH: def(
    47,
    'InvalidProducerEpochException',
    'Producer attempted to produce with an old epoch.',
  ),
  INVALID_REQUEST: def(
    42,
    'InvalidRequestException',
    'This most likely occurs because of a request being malformed by the client library or the message was sent to an incompatible broker. See the broker logs for more details.',
  ),
  POLICY_VIOLATION: def(
    44,
    'PolicyViolationException',
    'Request parameters do not satisfy the configured policy.',
  ),
  OUT_OF_ORDER_SEQUENCE_NUMBER: def(
    45,
    'OutOfOrderSequenceException',
    'The broker received an out of order sequence number.',
  ),
  DUPLICATE_SEQUENCE_NUMBER: def(
    46,
    'DuplicateSequenceException',
    'The broker received a duplicate sequence number.',
  ),
  KAFKA_STORAGE_ERROR: def(
    56,
    'KafkaStorageException',
    'Disk error when trying to access log file on the disk.',
    true,
  ),
  NON_EMPTY_GROUP: def(68, 'GroupNotEmptyException', 'The group is not empty.'),
  GROUP_ID_NOT_FOUND: def(69, 'GroupIdNotFoundException', 'The group id does not exist.'),
  TOPIC_DELETION_DISABLED: def(73, 'TopicDeletionDisabledException', 'Topic deletion is disabled.'),
  UNKNOWN_TOPIC_ID: def(100, 'UnknownTopicIdException', 'This server does not host this topic ID.', true),
} as const satisfies Record<string, ErrorDef>;

export type ErrorName = keyof typeof ERRORS;

/** `org.apache.kafka.common.errors.<Exception>`, as tools print it. */
export function exceptionClassName(error: ErrorName): string {
  // InvalidRecordException is the one that lives outside the errors package.
  const pkg = error === 'INVALID_RECORD' ? 'org.apache.kafka.common' : 'org.apache.kafka.common.errors';
  return `${pkg}.${ERRORS[error].exception}`;
}

export function isRetriable(error: ErrorName): boolean {
  return ERRORS[error].retriable;
}

/** A Kafka error raised inside the simulation (admin operations), carrying Kafka's text. */
export class KafkaError extends Error {
  constructor(
    readonly error: ErrorName,
    message: string = ERRORS[error].message,
  ) {
    super(message);
    this.name = ERRORS[error].exception || 'KafkaError';
  }
}
