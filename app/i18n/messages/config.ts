/**
 * Messages of the config views, Korean first. Keys start with `config.`; `en` is typed against `ko` so a
 * missing English text fails the type check. Kafka's config names, error names and texts stay as Kafka
 * writes them.
 */
export const configKo = {
  'config.editor.title': '토픽과 설정',
  'config.editor.hint':
    '카프카의 설정 이름과 기본값 그대로입니다. 입력하는 즉시 카프카의 규칙으로 검사하고, 카프카가 거부하면 그 오류 문구를 그대로 보여 줍니다.',

  'config.create.title': '토픽 만들기',
  'config.create.name': '토픽 이름',
  'config.create.nameRule': '영문자, 숫자, 마침표(.), 밑줄(_), 하이픈(-)만, 최대 249자',
  'config.create.partitions': '파티션 수',
  'config.create.replication': '복제 계수(replication factor)',
  'config.create.replicationHint': '등록된 브로커 {n}대 이하',
  'config.create.submit': '토픽 만들기',
  'config.create.done': '토픽 {topic}을(를) 만들었습니다: 파티션 {partitions}개, 복제 계수 {rf}',

  'config.name.empty': '이름이 비어 있습니다.',
  'config.name.dots': "'.'과 '..'은 토픽 이름으로 쓸 수 없습니다.",
  'config.name.tooLong': '이름이 {length}자입니다. 최대 {max}자까지 쓸 수 있습니다.',
  'config.name.illegalChars': '쓸 수 없는 문자가 있습니다: {chars}',
  'config.name.exists': '같은 이름의 토픽이 이미 있습니다.',
  'config.name.collision':
    '지표(metric) 이름에서는 .과 _가 같아져서, 이미 있는 토픽 {with}와(과) 충돌합니다.',

  'config.count.notWhole': '1 이상의 정수를 입력하세요.',
  'config.count.partitionsTooFew': '파티션은 1개 이상이어야 합니다.',
  'config.count.replicationTooFew': '복제 계수는 1 이상이어야 합니다.',
  'config.count.replicationAboveBrokers': '복제 계수가 등록된 브로커 수({n})보다 클 수 없습니다.',
  'config.count.fewerThanNow': '지금 파티션이 {n}개입니다. 파티션은 줄일 수 없습니다.',
  'config.count.sameAsNow': '이미 파티션이 {n}개입니다. 더 큰 수를 입력하세요.',
  'config.count.tooManyForSimulator':
    '이 시뮬레이터에서는 토픽당 파티션을 {max}개까지 만들 수 있습니다(카프카의 제한이 아니라 브라우저의 한계입니다).',

  'config.topic.title': '토픽 변경',
  'config.topic.none': '토픽이 없습니다. 위에서 하나 만들어 보세요.',
  'config.topic.pick': '토픽',
  'config.topic.facts': '{topic}: 파티션 {partitions}개, 복제 계수 {rf}',
  'config.topic.markedForDeletion': '(삭제 진행 중)',

  'config.partitions.total': '새 파티션 수(전체)',
  'config.partitions.hint':
    '파티션은 늘릴 수만 있습니다. 늘리면 키 → 파티션 대응(murmur2 % 파티션 수)이 바뀝니다.',
  'config.partitions.submit': '파티션 늘리기',
  'config.partitions.done': '토픽 {topic}의 파티션을 {n}개로 늘렸습니다',

  'config.delete.ask': '토픽 {topic} 삭제',
  'config.delete.confirmGroup': '토픽 {topic} 삭제 확인',
  'config.delete.confirm':
    '토픽 {topic}과(와) 그 안의 모든 레코드를 지웁니다. 되돌릴 수 없습니다(되감기로만 돌아갈 수 있습니다).',
  'config.delete.yes': '{topic} 삭제',
  'config.delete.cancel': '취소',
  'config.delete.done': '토픽 {topic}을(를) 삭제했습니다',

  'config.topicTable.caption': '토픽 {topic}의 설정',
  'config.brokerTable.caption': '브로커 설정 — {target}',
  'config.col.name': '설정',
  'config.col.default': '기본값',
  'config.col.current': '현재 값',
  'config.col.change': '바꾸기',

  'config.source.topic': '이 토픽에서 정한 값',
  'config.source.broker': '브로커 설정 {broker}에서 온 값',
  'config.source.default': '카프카 기본값',
  'config.current.unknown': '알 수 없음(엔진이 알려 주지 않음)',
  'config.current.mixed': '브로커마다 다름',

  'config.target.topic': '토픽 {topic}',
  'config.target.allBrokers': '모든 브로커(클러스터 기본값)',
  'config.target.broker': '브로커 {id}',

  'config.brokers.title': '브로커 설정',
  'config.brokers.hint':
    '토픽에 따로 정하지 않은 설정은 브로커 설정을 따릅니다. 시뮬레이터는 바꾼 값을 바로 적용합니다.',
  'config.brokers.target': '적용 대상',
  'config.mode.readOnly':
    '실제 카프카에서는 읽기 전용: server.properties를 고치고 브로커를 재시작해야 바뀝니다.',
  'config.mode.clusterWide': '실제 카프카에서도 실행 중에 kafka-configs로 바꿀 수 있습니다(cluster-wide).',
  'config.note.misspelling': '{wrong}라는 설정은 없습니다. 정확한 이름은 {right}입니다.',
  'config.note.synonyms': '같은 값을 다른 단위로 정하는 이름: {names}',
  'config.note.brokerSynonym': '브로커 기본값:',

  'config.newValueFor': '{name} 새 값',
  'config.apply': '적용',
  'config.applyTo': '{name} 적용',
  'config.reset': '기본값으로',
  'config.resetTo': '{name} 기본값으로 되돌리기',
  'config.preview': '= {value}',
  'config.human': '({value})',
  'config.value.empty': '(빈 값)',
  'config.applied': '{target}: {name} = {value} 적용됨',
  'config.appliedShort': '{value}(으)로 바뀌었습니다',

  'config.problem.notWhole': '정수를 입력하세요.',
  'config.problem.notDecimal': '숫자를 입력하세요(예: 0.5).',
  'config.problem.notBoolean': 'true 또는 false여야 합니다.',
  'config.problem.belowMin': '{min} 이상이어야 합니다.',
  'config.problem.aboveMax': '{max} 이하여야 합니다.',
  'config.problem.notOneOf': '다음 중 하나여야 합니다: {allowed}',

  'config.refused.title': '카프카가 거부했습니다.',
  'config.refused.dismiss': '닫기',
  'config.refused.INVALID_CONFIG': '설정 값이 카프카의 검사를 통과하지 못했습니다.',
  'config.refused.INVALID_TOPIC_EXCEPTION': '토픽 이름을 쓸 수 없습니다.',
  'config.refused.TOPIC_ALREADY_EXISTS': '같은 이름의 토픽이 이미 있습니다.',
  'config.refused.INVALID_PARTITIONS': '파티션 수가 맞지 않습니다.',
  'config.refused.INVALID_REPLICATION_FACTOR': '복제 계수가 맞지 않습니다.',
  'config.refused.UNKNOWN_TOPIC_OR_PARTITION': '그런 토픽이 없습니다.',
  'config.refused.INVALID_REQUEST': '브로커가 이 요청을 받아들이지 않습니다.',
  'config.refused.REQUEST_TIMED_OUT': '응답할 브로커가 없습니다(모두 중지되었거나 격리됨).',

  'config.special.forever': '영구 보관',
  'config.special.unlimited': '제한 없음',
  'config.unit.gib': '{n} GiB',
  'config.unit.about': '약 {value}',
  'config.unit.percent': '{n}%',
  'config.unit.seconds': '초',
  'config.unit.bytes': '바이트',
  'config.unit.count': '개',
  'config.unit.ratio': '비율',

  'config.doc.retention.ms':
    '세그먼트의 가장 큰 레코드 타임스탬프가 이 시간보다 오래되면 그 세그먼트를 지웁니다. −1이면 시간으로는 지우지 않습니다.',
  'config.doc.retention.bytes':
    '파티션 복제본 하나의 로그가 이 크기를 넘으면 가장 오래된 세그먼트부터 지웁니다. 활성 세그먼트는 지우지 않습니다.',
  'config.doc.segment.bytes':
    '다음 쓰기로 활성 세그먼트의 .log 파일이 이 크기를 넘게 되면 새 세그먼트로 넘어갑니다(roll).',
  'config.doc.segment.ms':
    '활성 세그먼트의 첫 레코드 이후 이 시간이 지나면 다음 쓰기 때 새 세그먼트로 넘어갑니다.',
  'config.doc.segment.index.bytes':
    '세그먼트마다 있는 .index·.timeindex 파일의 최대 크기. 가득 차면 새 세그먼트로 넘어갑니다.',
  'config.doc.index.interval.bytes':
    '레코드 배치가 이만큼 쌓일 때마다 .index에 오프셋 → 파일 위치 항목을 하나 넣습니다(희소 인덱스).',
  'config.doc.file.delete.delay.ms':
    '지울 세그먼트는 먼저 .deleted로 이름을 바꾸고, 이 시간이 지난 뒤에 파일을 실제로 지웁니다.',
  'config.doc.cleanup.policy':
    'delete는 보존 시간·크기로 세그먼트를 지우고, compact는 키마다 가장 최근 값만 남깁니다. 둘을 함께 쓸 수도 있습니다.',
  'config.doc.min.cleanable.dirty.ratio':
    '로그에서 아직 압축(compaction)되지 않은 부분의 비율이 이 값을 넘으면 압축을 시작합니다.',
  'config.doc.delete.retention.ms':
    '압축 토픽에서 툼스톤(값이 null인 레코드)을 이 시간 동안 남겨 두어 컨슈머가 삭제를 볼 수 있게 합니다.',
  'config.doc.min.insync.replicas':
    'acks=all 쓰기가 성공하려면 ISR에 있어야 하는 최소 복제본 수. 모자라면 NOT_ENOUGH_REPLICAS로 거부됩니다.',
  'config.doc.unclean.leader.election.enable':
    'ISR에 없는 복제본도 리더가 될 수 있게 합니다. 가용성을 얻는 대신 확인(ack)된 레코드를 잃을 수 있습니다.',
  'config.doc.max.message.bytes': '로그가 받아들이는 가장 큰 레코드 배치의 크기(압축된 상태 기준).',
  'config.doc.message.timestamp.type':
    'CreateTime은 프로듀서가 붙인 시각을, LogAppendTime은 브로커가 로그에 쓴 시각을 레코드 타임스탬프로 씁니다.',
  'config.doc.compression.type':
    '브로커가 저장할 때 쓰는 압축 방식. producer는 프로듀서가 보낸 압축을 그대로 둡니다.',
  'config.doc.log.retention.check.interval.ms':
    '브로커의 로그 매니저가 지울 세그먼트를 찾는 주기. 보존 기간이 지나도 이 검사가 돌아야 지워집니다.',
  'config.doc.replica.lag.time.max.ms':
    '팔로워가 이 시간 동안 리더의 LEO까지 따라잡지 못하면 리더가 그 팔로워를 ISR에서 뺍니다.',
  'config.doc.broker.min.insync.replicas': '토픽에서 따로 정하지 않았을 때 쓰는 min.insync.replicas 값.',
  'config.doc.broker.unclean.leader.election.enable':
    '토픽에서 따로 정하지 않았을 때 쓰는 unclean.leader.election.enable 값.',
  'config.doc.auto.leader.rebalance.enable':
    '리더를 주기적으로 선호 리더(복제본 목록의 첫 번째 브로커)에게 되돌려 줍니다.',
  'config.doc.leader.imbalance.check.interval.seconds': '컨트롤러가 리더 불균형을 검사하는 주기.',
  'config.doc.leader.imbalance.per.broker.percentage':
    '브로커에서 선호 리더가 아닌 리더의 비율이 이 값을 넘으면 선호 리더 선출을 합니다.',
  'config.doc.log.retention.ms':
    '토픽 retention.ms의 브로커 기본값. 없으면 log.retention.minutes, 그것도 없으면 log.retention.hours(168시간)를 씁니다.',
  'config.doc.log.retention.bytes': '토픽 retention.bytes의 브로커 기본값.',
  'config.doc.log.segment.bytes': '토픽 segment.bytes의 브로커 기본값.',
  'config.doc.log.roll.ms': '토픽 segment.ms의 브로커 기본값. 없으면 log.roll.hours(168시간)를 씁니다.',
  'config.doc.log.segment.delete.delay.ms': '토픽 file.delete.delay.ms의 브로커 기본값.',
  'config.doc.zookeeper.session.timeout.ms':
    '이 시간 동안 하트비트가 없으면 ZooKeeper가 브로커의 세션을 끝내고 /brokers/ids에서 지웁니다.',
  'config.doc.num.partitions': '파티션 수를 정하지 않고 만든 토픽(자동 생성 포함)의 파티션 수.',
  'config.doc.default.replication.factor': '복제 계수를 정하지 않고 만든 토픽(자동 생성 포함)의 복제 계수.',
  'config.doc.other': '이 표가 따로 설명하지 않는 토픽 설정입니다.',
} as const satisfies Record<string, string>;

export const configEn: Record<keyof typeof configKo, string> = {
  'config.editor.title': 'Topics and configs',
  'config.editor.hint':
    "Kafka's own config names and defaults. Values are checked by Kafka's rules as you type; when Kafka refuses, its error text is shown as is.",

  'config.create.title': 'Create a topic',
  'config.create.name': 'Topic name',
  'config.create.nameRule':
    'ASCII letters, digits, period (.), underscore (_) and hyphen (-) only; at most 249',
  'config.create.partitions': 'Partitions',
  'config.create.replication': 'Replication factor',
  'config.create.replicationHint': 'At most the {n} registered brokers',
  'config.create.submit': 'Create topic',
  'config.create.done': 'Created topic {topic}: {partitions} partitions, replication factor {rf}',

  'config.name.empty': 'The name is empty.',
  'config.name.dots': "'.' and '..' cannot be topic names.",
  'config.name.tooLong': 'The name has {length} characters; at most {max} are allowed.',
  'config.name.illegalChars': 'These characters are not allowed: {chars}',
  'config.name.exists': 'A topic with this name already exists.',
  'config.name.collision': "Metric names turn '.' into '_', so this collides with the existing topic {with}.",

  'config.count.notWhole': 'Enter a whole number of at least 1.',
  'config.count.partitionsTooFew': 'A topic needs at least 1 partition.',
  'config.count.replicationTooFew': 'The replication factor must be at least 1.',
  'config.count.replicationAboveBrokers': 'The replication factor cannot exceed the {n} registered brokers.',
  'config.count.fewerThanNow': 'The topic has {n} partitions now; partitions cannot be removed.',
  'config.count.sameAsNow': 'The topic already has {n} partitions; enter a larger number.',
  'config.count.tooManyForSimulator':
    "This simulator allows up to {max} partitions per topic (a browser's limit, not Kafka's).",

  'config.topic.title': 'Change a topic',
  'config.topic.none': 'No topics yet. Create one above.',
  'config.topic.pick': 'Topic',
  'config.topic.facts': '{topic}: {partitions} partitions, replication factor {rf}',
  'config.topic.markedForDeletion': '(being deleted)',

  'config.partitions.total': 'New partition count (total)',
  'config.partitions.hint':
    'Partitions can only be added. Adding them changes which partition a key maps to (murmur2 % partitions).',
  'config.partitions.submit': 'Add partitions',
  'config.partitions.done': 'Topic {topic} now has {n} partitions',

  'config.delete.ask': 'Delete topic {topic}',
  'config.delete.confirmGroup': 'Confirm deleting topic {topic}',
  'config.delete.confirm':
    'This deletes topic {topic} and every record in it. It cannot be undone (except by rewinding).',
  'config.delete.yes': 'Delete {topic}',
  'config.delete.cancel': 'Cancel',
  'config.delete.done': 'Deleted topic {topic}',

  'config.topicTable.caption': 'Configs of topic {topic}',
  'config.brokerTable.caption': 'Broker configs — {target}',
  'config.col.name': 'Config',
  'config.col.default': 'Default',
  'config.col.current': 'Current',
  'config.col.change': 'Change',

  'config.source.topic': 'set on this topic',
  'config.source.broker': 'from the broker config {broker}',
  'config.source.default': "Kafka's default",
  'config.current.unknown': 'unknown (the engine does not say)',
  'config.current.mixed': 'differs between brokers',

  'config.target.topic': 'topic {topic}',
  'config.target.allBrokers': 'All brokers (cluster default)',
  'config.target.broker': 'Broker {id}',

  'config.brokers.title': 'Broker configs',
  'config.brokers.hint':
    "A topic config not set on the topic follows the broker's. The simulator applies a change at once.",
  'config.brokers.target': 'Apply to',
  'config.mode.readOnly': 'Read-only in a real Kafka: change server.properties and restart the broker.',
  'config.mode.clusterWide': 'A real Kafka can change this at runtime with kafka-configs (cluster-wide).',
  'config.note.misspelling': 'There is no config named {wrong}; the right name is {right}.',
  'config.note.synonyms': 'Other names for the same setting in other units: {names}',
  'config.note.brokerSynonym': 'Broker default:',

  'config.newValueFor': 'New value of {name}',
  'config.apply': 'Apply',
  'config.applyTo': 'Apply {name}',
  'config.reset': 'Default',
  'config.resetTo': 'Reset {name} to its default',
  'config.preview': '= {value}',
  'config.human': '({value})',
  'config.value.empty': '(empty)',
  'config.applied': '{target}: {name} = {value} applied',
  'config.appliedShort': 'Now {value}',

  'config.problem.notWhole': 'Enter a whole number.',
  'config.problem.notDecimal': 'Enter a number (e.g. 0.5).',
  'config.problem.notBoolean': 'Must be true or false.',
  'config.problem.belowMin': 'Must be at least {min}.',
  'config.problem.aboveMax': 'Must be at most {max}.',
  'config.problem.notOneOf': 'Must be one of: {allowed}',

  'config.refused.title': 'Kafka refused.',
  'config.refused.dismiss': 'Dismiss',
  'config.refused.INVALID_CONFIG': "The value did not pass Kafka's config checks.",
  'config.refused.INVALID_TOPIC_EXCEPTION': 'The topic name cannot be used.',
  'config.refused.TOPIC_ALREADY_EXISTS': 'A topic with this name already exists.',
  'config.refused.INVALID_PARTITIONS': 'The partition count is not valid.',
  'config.refused.INVALID_REPLICATION_FACTOR': 'The replication factor is not valid.',
  'config.refused.UNKNOWN_TOPIC_OR_PARTITION': 'There is no such topic.',
  'config.refused.INVALID_REQUEST': 'The broker does not accept this request.',
  'config.refused.REQUEST_TIMED_OUT': 'No broker could answer (all stopped or isolated).',

  'config.special.forever': 'forever',
  'config.special.unlimited': 'unlimited',
  'config.unit.gib': '{n} GiB',
  'config.unit.about': 'about {value}',
  'config.unit.percent': '{n}%',
  'config.unit.seconds': 's',
  'config.unit.bytes': 'bytes',
  'config.unit.count': 'count',
  'config.unit.ratio': 'ratio',

  'config.doc.retention.ms':
    'A segment is deleted once its largest record timestamp is older than this. −1 keeps data regardless of age.',
  'config.doc.retention.bytes':
    "When one replica's log of a partition grows past this size, its oldest segments are deleted. The active segment never is.",
  'config.doc.segment.bytes':
    "A new segment starts (roll) when the next write would take the active segment's .log past this size.",
  'config.doc.segment.ms':
    'The active segment rolls at the next write once this long has passed since its first record.',
  'config.doc.segment.index.bytes':
    "The largest a segment's .index and .timeindex files may grow; a full index rolls the segment.",
  'config.doc.index.interval.bytes':
    'One .index entry (offset → file position) per this many bytes of batches: a sparse index.',
  'config.doc.file.delete.delay.ms':
    'A segment being deleted is first renamed to .deleted; its files are removed after this delay.',
  'config.doc.cleanup.policy':
    'delete removes segments by retention time and size; compact keeps only the latest value per key. Both can be set.',
  'config.doc.min.cleanable.dirty.ratio':
    'Compaction starts when the share of the log not yet compacted exceeds this.',
  'config.doc.delete.retention.ms':
    'How long a compacted topic keeps tombstones (records with a null value), so consumers can see the delete.',
  'config.doc.min.insync.replicas':
    'Replicas that must be in the ISR for an acks=all write to succeed; with fewer it is refused with NOT_ENOUGH_REPLICAS.',
  'config.doc.unclean.leader.election.enable':
    'Lets a replica outside the ISR become leader: availability at the price of losing acknowledged records.',
  'config.doc.max.message.bytes': 'The largest record batch the log accepts (after compression).',
  'config.doc.message.timestamp.type':
    "CreateTime keeps the producer's timestamp; LogAppendTime stamps the time the broker appended the record.",
  'config.doc.compression.type':
    "How the broker stores batches compressed; producer keeps the producer's codec.",
  'config.doc.log.retention.check.interval.ms':
    "How often the broker's log manager looks for segments to delete: data past retention goes only when this check runs.",
  'config.doc.replica.lag.time.max.ms':
    "A follower that has not caught up to the leader's LEO for this long is removed from the ISR by the leader.",
  'config.doc.broker.min.insync.replicas': 'The min.insync.replicas of topics that do not set their own.',
  'config.doc.broker.unclean.leader.election.enable':
    'The unclean.leader.election.enable of topics that do not set their own.',
  'config.doc.auto.leader.rebalance.enable':
    'Periodically moves leadership back to each partition’s preferred leader (the first broker in its replica list).',
  'config.doc.leader.imbalance.check.interval.seconds': 'How often the controller checks leader imbalance.',
  'config.doc.leader.imbalance.per.broker.percentage':
    'When more than this share of a broker’s leaders are not preferred leaders, preferred leaders are elected.',
  'config.doc.log.retention.ms':
    'Broker default of retention.ms. If unset, log.retention.minutes, else log.retention.hours (168 h) is used.',
  'config.doc.log.retention.bytes': 'Broker default of retention.bytes.',
  'config.doc.log.segment.bytes': 'Broker default of segment.bytes.',
  'config.doc.log.roll.ms': 'Broker default of segment.ms. If unset, log.roll.hours (168 h) is used.',
  'config.doc.log.segment.delete.delay.ms': 'Broker default of file.delete.delay.ms.',
  'config.doc.zookeeper.session.timeout.ms':
    "Without a heartbeat for this long, ZooKeeper ends the broker's session and removes it from /brokers/ids.",
  'config.doc.num.partitions': 'Partitions of a topic created without a count (auto-created ones too).',
  'config.doc.default.replication.factor':
    'Replication factor of a topic created without one (auto-created ones too).',
  'config.doc.other': 'A topic config this table does not describe.',
};
