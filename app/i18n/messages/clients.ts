/**
 * Messages of the clients views (producer and consumers panels), Korean first. Keys start with
 * `clients.`; `en` is typed against `ko` so a missing English text fails the type check. Kafka's config
 * names, error names, request names (JoinGroup, LeaveGroup) and LEO/HW/ISR stay as they are.
 */
export const clientsKo = {
  'clients.producer.title': '프로듀서',
  'clients.null': 'null',

  'clients.send.title': '레코드 하나 보내기',
  'clients.send.key': '키',
  'clients.send.nullKey': '키 없음 (null)',
  'clients.send.value': '값',
  'clients.send.nullValue': '값 없음 (null, 툼스톤)',
  'clients.send.submit': '전송',
  'clients.send.blockedTopic': '카프카가 받아들이는 토픽 이름을 입력하세요.',
  'clients.send.blockedPartition': '파티션 번호는 0 이상의 정수여야 합니다.',
  'clients.send.outcomeGone': '{n}번 전송은 최근 목록에서 밀려났습니다.',

  'clients.topic.label': '토픽',
  'clients.topic.partitions.one': '파티션 {n}개',
  'clients.topic.partitions.other': '파티션 {n}개',
  'clients.topic.autoCreate':
    "'{topic}' 토픽은 아직 없습니다. 보내면 만들어집니다: auto.create.topics.enable=true(기본값)이므로 브로커가 프로듀서의 첫 메타데이터 요청을 받을 때 num.partitions(기본 1)개 파티션, default.replication.factor(기본 1)로 이 토픽을 만듭니다. 리더가 정해질 때까지 프로듀서는 아래 WARN을 남기고 재시도합니다.",
  'clients.topic.internal':
    "'{topic}'은(는) 내부 토픽 이름입니다. 브로커는 '__'로 시작하는 토픽을 자동으로 만들지 않습니다.",
  'clients.topic.invalid': '카프카가 받지 않는 토픽 이름입니다:',

  'clients.headers.legend': '헤더',
  'clients.headers.none': '헤더가 없습니다.',
  'clients.headers.key': '헤더 {n} 키',
  'clients.headers.value': '헤더 {n} 값',
  'clients.headers.keyPlaceholder': '키',
  'clients.headers.valuePlaceholder': '값',
  'clients.headers.remove': '헤더 {n} 삭제',
  'clients.headers.add': '헤더 추가',

  'clients.acks.legend': 'acks — 프로듀서가 기다리는 응답',
  'clients.acks.0': '응답을 기다리지 않습니다. 오프셋도 돌아오지 않고, 레코드가 유실되어도 알 수 없습니다.',
  'clients.acks.1':
    '리더가 자기 로그에 쓰면 응답합니다. 팔로워가 복제하기 전에 리더가 죽으면 유실될 수 있습니다.',
  'clients.acks.all':
    'ISR의 모든 복제본이 받아야 응답합니다. ISR이 min.insync.replicas보다 작으면 NOT_ENOUGH_REPLICAS로 거절됩니다.',

  'clients.partitioner.legend': '파티셔너',
  'clients.partitioner.default': '기본 (키의 murmur2)',
  'clients.partitioner.defaultWhy':
    '키가 있으면 murmur2 해시로 파티션을 정하고, 키가 없으면 균등 스티키 파티셔너가 고릅니다.',
  'clients.partitioner.ignoreWhy':
    '키를 해시하지 않습니다. 키가 있어도 스티키 파티셔너가 고르므로 같은 키가 여러 파티션에 흩어집니다.',
  'clients.partitioner.explicit': '파티션 직접 지정',
  'clients.partitioner.explicitWhy': '레코드에 파티션을 적으면 그대로 쓰고 키는 해시하지 않습니다.',
  'clients.partitioner.partition': '파티션',

  'clients.steps.title': '파티션은 이렇게 정해집니다',
  'clients.steps.bytes': '① 키의 UTF-8 바이트',
  'clients.steps.byteCount.one': '({n}바이트)',
  'clients.steps.byteCount.other': '({n}바이트)',
  'clients.steps.noBytes': '(빈 문자열: 0바이트)',
  'clients.steps.moreBytes': '… 외 {n}바이트',
  'clients.steps.murmur2': '② murmur2 (부호 있는 32비트 정수)',
  'clients.steps.negative': '음수: 맨 앞(부호) 비트가 1입니다.',
  'clients.steps.toPositive': '③ toPositive (& 0x7fffffff: 부호 비트만 지움)',
  'clients.steps.modulo': '④ % {n} (토픽의 전체 파티션 수)',
  'clients.steps.moduloUnknown': '④ % 파티션 수 (토픽이 생기면 정해짐)',
  'clients.steps.result': '→ 파티션 {partition}',
  'clients.steps.resultUnknown': '→ 토픽이 만들어진 뒤에 정해집니다',
  'clients.steps.explicit':
    '레코드에 파티션 {partition}이(가) 지정되어 있어 그대로 씁니다. 키는 해시하지 않습니다.',
  'clients.steps.explicitInvalid':
    '{topic}에는 파티션 {partition}이(가) 없습니다. 프로듀서는 이 전송을 실패로 처리합니다.',
  'clients.steps.nullKey':
    '키가 없습니다(null). 해시할 것이 없으므로 파티셔너 대신 레코드 누산기(accumulator)가 파티션을 고릅니다.',
  'clients.steps.ignoreKeys':
    'partitioner.ignore.keys=true: 키는 레코드와 함께 저장되지만 파티션을 정하는 데는 쓰이지 않습니다.',
  'clients.steps.sticky':
    '균등 스티키 파티셔너(Kafka 3.3+): 리더가 있는 파티션 하나를 골라 batch.size(16384바이트)에서 그 두 배까지 보낸 뒤 다른 파티션으로 옮깁니다. 그래서 파티션 사이의 순서는 보장되지 않습니다.',
  'clients.steps.unusedHash': '비교용: 키를 해시했다면 이렇게 되었을 것입니다.',

  'clients.sends.title': '최근 전송',
  'clients.sends.none': '아직 보낸 레코드가 없습니다.',
  'clients.sends.own': '내가 보낸 레코드',
  'clients.sends.auto': '자동 프로듀서가 보낸 레코드(표본)',
  'clients.sends.autoSummary': '자동 프로듀서 표본 {n}건 (10ms마다 하나)',
  'clients.sends.seq': '번호',
  'clients.sends.where': '파티션',
  'clients.sends.key': '키',
  'clients.sends.outcome': '결과',
  'clients.sends.partitionPending': '{topic} (파티션 미정)',
  'clients.sends.selectPartition': '파티션 {partition} 선택',

  'clients.outcome.waiting': '응답 대기 중 (acks={acks})',
  'clients.outcome.retrying': '재시도 중, 마지막 오류:',
  'clients.outcome.acknowledged': '{partition}의 오프셋 {offset}에 저장됨',
  'clients.outcome.unacknowledged': '{partition}(으)로 보냄 — acks=0이라 오프셋은 돌아오지 않습니다',
  'clients.outcome.failed': '실패:',

  'clients.why.NOT_ENOUGH_REPLICAS':
    'acks=all은 ISR에 min.insync.replicas({min})개 이상의 복제본이 있어야 받아들여집니다. 지금 {partition}의 ISR은 [{isr}]({isrCount}개)입니다. 프로듀서는 이 오류를 delivery.timeout.ms(2분)가 지날 때까지 재시도합니다.',
  'clients.why.NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    '리더는 레코드를 썼지만, 복제가 끝나기 전에 ISR이 min.insync.replicas({min})보다 작아졌습니다(지금 ISR [{isr}]). 재시도하면 같은 레코드가 두 번 쓰일 수 있습니다.',
  'clients.why.REQUEST_TIMED_OUT':
    '제한 시간 안에 응답이 오지 않았습니다. 리더가 멈췄거나 격리되었거나, acks=all에서 ISR이 따라오지 못했을 수 있습니다(request.timeout.ms 30초, delivery.timeout.ms 2분).',
  'clients.why.NOT_LEADER_OR_FOLLOWER':
    '요청을 받은 브로커가 더는 {partition}의 리더가 아닙니다. 프로듀서는 메타데이터를 새로 받아 새 리더에게 다시 보냅니다.',
  'clients.why.LEADER_NOT_AVAILABLE':
    '{partition}에 아직 리더가 없습니다(새 토픽이거나 선출 중). 프로듀서는 리더가 정해질 때까지 재시도합니다.',
  'clients.why.UNKNOWN_TOPIC_OR_PARTITION':
    '브로커가 이 토픽이나 파티션을 모릅니다. 파티션 번호가 토픽의 파티션 수를 넘었거나 토픽이 삭제되었을 수 있습니다.',
  'clients.why.NETWORK_EXCEPTION':
    '응답을 받기 전에 연결이 끊겼습니다(브로커 중지나 네트워크 격리). 프로듀서는 다시 연결해 재시도합니다.',
  'clients.why.MESSAGE_TOO_LARGE': '레코드 배치가 토픽의 max.message.bytes보다 큽니다.',
  'clients.why.KAFKA_STORAGE_ERROR': '리더가 자기 로그 디렉터리에 쓸 수 없습니다.',

  'clients.auto.title': '자동 프로듀서',
  'clients.auto.idle': '멈춰 있습니다.',
  'clients.auto.running': '{topic}에 초당 {rate}개씩 보내는 중 (acks={acks})',
  'clients.auto.sent': '보냄',
  'clients.auto.acknowledged': '확인됨',
  'clients.auto.failed': '실패',
  'clients.auto.inFlight': '응답 대기',
  'clients.auto.rate': '속도 (초당 레코드 수, 로그 눈금)',
  'clients.auto.rateNumber': '초당 레코드 수',
  'clients.auto.rateValue': '초당 {n}개',
  'clients.auto.perSecond': '개/초',
  'clients.auto.start': '자동 전송 시작',
  'clients.auto.apply': '자동 전송 설정 바꾸기',
  'clients.auto.stop': '자동 전송 멈추기',
  'clients.auto.notRunning': '자동 프로듀서가 돌고 있지 않습니다.',
  'clients.auto.blockedRate': '속도를 0보다 크게 정하세요 (0은 멈춤입니다).',
  'clients.auto.blockedKeys': '키 개수는 1부터 1,000,000 사이의 정수여야 합니다.',
  'clients.auto.blockedShare': '핫 키 비율은 0%에서 100% 사이여야 합니다.',
  'clients.auto.started': '자동 프로듀서: {topic}에 초당 {rate}개',
  'clients.auto.stopped': '자동 프로듀서를 멈췄습니다.',

  'clients.dist.legend': '키 분포',
  'clients.dist.none': '키 없음',
  'clients.dist.noneWhy':
    '모든 레코드의 키가 null입니다. 스티키 파티셔너가 배치 단위로 파티션을 옮겨 가며 보냅니다.',
  'clients.dist.uniform': 'N개 키에 고르게',
  'clients.dist.uniformWhy':
    'key-0 … key-(N−1) 중 하나를 고르게 뽑습니다. 같은 키는 늘 같은 파티션으로 갑니다.',
  'clients.dist.hot-key': '핫 키 하나가 큰 몫',
  'clients.dist.hot-keyWhy':
    "키 하나('hot-key')가 정한 비율(예: 70%)을 차지하고 나머지는 N개 키에 고르게 나뉩니다. 한 파티션에 부하가 쏠리는 모습을 볼 수 있습니다.",
  'clients.dist.keys': '키 개수 (N)',
  'clients.dist.otherKeys': '나머지 키 개수 (N)',
  'clients.dist.hotShare': '핫 키 비율',

  'clients.landing.title': '{topic}: 레코드가 쌓이는 곳',
  'clients.landing.measuring': '측정 중…',
  'clients.landing.nothing': '최근 {s}초 동안 새로 쌓인 레코드가 없습니다(시간이 멈춰 있나요?).',
  'clients.landing.total': '최근 {s}초(실제 시간) 동안 늘어난 LEO의 비율, 모두 {n}개 레코드',
  'clients.landing.share': '{share}',
  'clients.landing.shareExpected': '{share} (예상 {expected})',
  'clients.landing.hotKey': "murmur2에 따라 '{key}'는 늘 {partition}(으)로 갑니다.",
  'clients.landing.hotMark': '← 핫 키',
  'clients.landing.noExpectation':
    '키가 없으면 예상 비율이 없습니다. 스티키 파티셔너는 시간이 지나야 고르게 퍼집니다.',

  'clients.consumers.title': '컨슈머',
  'clients.consumers.groups': '컨슈머 그룹',
  'clients.consumers.none': '아직 그룹이 없습니다. 위에서 컨슈머를 시작해 보세요.',

  'clients.add.title': '컨슈머 시작하기',
  'clients.add.group': '그룹 ID (group.id)',
  'clients.add.newGroup':
    '새 그룹을 만듭니다. 첫 가입은 group.initial.rebalance.delay.ms(3초)만큼 기다린 뒤 진행됩니다.',
  'clients.add.joinsExisting': '{group} 그룹(멤버 {n}명)에 들어갑니다. 그룹이 리밸런스합니다.',
  'clients.add.joinsEmpty':
    '멤버가 없는 {group} 그룹에 들어갑니다. 커밋된 오프셋이 있으면 거기서부터 읽습니다.',
  'clients.add.topics': '구독할 토픽',
  'clients.add.noTopics': '토픽이 없습니다.',
  'clients.add.submit': '컨슈머 시작',
  'clients.add.blockedGroup': '그룹 ID를 입력하세요.',
  'clients.add.blockedTopics': '토픽을 하나 이상 고르세요.',
  'clients.add.protocolMismatch':
    '{group}의 멤버들은 {protocol}을(를) 씁니다. 모두가 지원하는 할당 전략이 없으면 코디네이터가 INCONSISTENT_GROUP_PROTOCOL로 가입을 거절합니다.',
  'clients.add.started': '{name}이(가) {group} 그룹에 가입합니다.',

  'clients.assignor.range':
    '토픽마다 연속된 파티션을 나눠 줍니다. 나누어떨어지지 않으면 앞쪽 멤버가 하나씩 더 받습니다.',
  'clients.assignor.roundrobin': '모든 토픽의 파티션을 한 줄로 세워 멤버에게 차례로 돌립니다.',
  'clients.assignor.cooperative-sticky':
    '고르게 나누되 이미 가진 파티션은 그대로 둡니다. 옮길 파티션만 내놓게 한 뒤 다음 리밸런스에서 넘기므로 모두가 멈추지 않습니다.',

  'clients.group.label': '그룹 {group} — {state}',
  'clients.group.state.Empty': '비어 있음',
  'clients.group.state.PreparingRebalance': '리밸런스 준비 중',
  'clients.group.state.CompletingRebalance': '리밸런스 마무리 중',
  'clients.group.state.Stable': '안정',
  'clients.group.state.Dead': '소멸',
  'clients.group.why.Empty':
    '멤버가 없습니다. 커밋된 오프셋은 남아 있습니다(offsets.retention.minutes, 7일 동안).',
  'clients.group.why.PreparingRebalance':
    '코디네이터가 모든 멤버의 JoinGroup을 기다립니다. 그동안 파티션을 내려놓은 멤버는 읽지 않습니다.',
  'clients.group.why.CompletingRebalance':
    '가입이 끝났습니다. 리더 멤버가 계산한 할당을 SyncGroup으로 나눠 받는 중입니다.',
  'clients.group.why.Stable':
    '모든 멤버가 할당받은 파티션을 읽고 heartbeat.interval.ms(3초)마다 하트비트를 보냅니다.',
  'clients.group.why.Dead': '그룹 메타데이터가 지워졌습니다.',
  'clients.group.joining': '가입 중',
  'clients.group.joiningWhy': '컨슈머가 코디네이터를 찾아(FindCoordinator) 가입하는 중입니다.',
  'clients.group.protocol': '할당 전략',
  'clients.group.coordinator': '코디네이터',
  'clients.group.coordinatorLabel': '코디네이터 브로커 {broker} 선택',
  'clients.group.broker': '브로커 {broker}',
  'clients.group.generation': '세대(generation)',
  'clients.group.members': '그룹 멤버 수',
  'clients.group.apps.one': '애플리케이션 {n}개',
  'clients.group.apps.other': '애플리케이션 {n}개',
  'clients.group.noApps': '이 패널에서 시작한 컨슈머가 없습니다.',

  'clients.member.label': '컨슈머 {name} — {status}',
  'clients.member.status.running': '실행 중',
  'clients.member.status.closing': '종료 중',
  'clients.member.status.closed': '종료됨',
  'clients.member.status.crashed': '비정상 종료',
  'clients.member.memberId': '멤버 ID',
  'clients.member.notJoined': '(아직 가입 전)',
  'clients.member.consumed': '읽은 레코드',
  'clients.member.partitions.one': '할당된 파티션 {n}개',
  'clients.member.partitions.other': '할당된 파티션 {n}개',
  'clients.member.noPartitionsRunning': '— 할당을 기다리는 중이거나, 파티션보다 멤버가 많습니다.',
  'clients.member.noPartitionsStopped': '— 멈춘 멤버는 파티션을 갖지 않습니다.',
  'clients.member.remove': '정상 종료',
  'clients.member.removeLabel': '{name} 정상 종료',
  'clients.member.removeWhy': '오프셋을 커밋하고 LeaveGroup을 보냅니다. 그룹은 곧바로 리밸런스합니다.',
  'clients.member.crash': '강제 종료',
  'clients.member.crashLabel': '{name} 강제 종료',
  'clients.member.crashWhy':
    '프로세스를 죽입니다. LeaveGroup이 없으니 코디네이터는 session.timeout.ms(45초) 동안 하트비트가 없어야 알아챕니다.',
  'clients.member.notRunning': '{name}은(는) {status} 상태라 멈출 것이 없습니다.',
  'clients.member.removed': '{name}: 오프셋을 커밋한 뒤 LeaveGroup을 보냅니다. 그룹이 리밸런스합니다.',
  'clients.member.crashed':
    '{name}이(가) 비정상 종료되었습니다. 코디네이터는 session.timeout.ms(45초)를 기다립니다.',

  'clients.crash.waiting':
    '{name}은(는) 비정상 종료되어 LeaveGroup을 보내지 못했습니다. 코디네이터(브로커 {broker})는 마지막 하트비트 뒤 session.timeout.ms({timeout})가 지나야 이 멤버를 내보내고 리밸런스합니다.',
  'clients.crash.progress': '{name}의 세션 만료까지',
  'clients.crash.left': '약 {s}초 남음',
  'clients.crash.due': '곧 만료됩니다',
  'clients.crash.why': '그때까지 이 멤버의 파티션은 아무도 읽지 않아 랙이 쌓입니다.',
  'clients.crash.expired':
    '{name}의 세션이 만료되어 코디네이터가 내보냈습니다. 남은 멤버끼리 리밸런스했습니다.',

  'clients.cursors.title': '커밋된 오프셋과 랙',
  'clients.cursors.none': '보여 줄 파티션이 없습니다.',
  'clients.cursors.topic': '토픽 {topic}의 파티션',
  'clients.cursors.legend':
    '막대: 로그 시작 오프셋부터 HW까지(읽을 수 있는 범위), 점선: HW부터 LEO까지(아직 커밋되지 않음). ▼ 커밋된 오프셋, ▲ 멤버의 현재 위치, 빗금: 랙(HW − 커밋된 오프셋).',
  'clients.cursors.rowLabel':
    '{partition}: 로그 {start}–{hw} (HW {hw}, LEO {leo}), 커밋된 오프셋 {committed}, 랙 {lag}, 담당 {owner}',
  'clients.cursors.noCommit': '없음',
  'clients.cursors.noOwner': '담당 없음',
  'clients.cursors.position': '{name} 위치 {offset}',
  'clients.cursors.select': '파티션 {partition} 선택',
  'clients.cursors.short': '커밋 {committed} · 랙 {lag}',

  'clients.reset.title': '오프셋 재설정',
  'clients.reset.formLabel': '{group} 그룹의 오프셋 재설정',
  'clients.reset.scope': '대상',
  'clients.reset.allTopics': '--all-topics (커밋된 오프셋이 있는 모든 파티션)',
  'clients.reset.to': '어디로',
  'clients.reset.mode.earliest': '로그 시작 오프셋으로: 남아 있는 레코드를 처음부터 다시 읽습니다.',
  'clients.reset.mode.latest': 'HW로: 지금까지 쌓인 레코드는 건너뜁니다.',
  'clients.reset.mode.offset': '정한 오프셋으로 (로그 범위를 벗어나면 가까운 끝으로 맞춥니다).',
  'clients.reset.mode.shift-by': '지금 커밋된 오프셋에서 앞뒤로 옮깁니다 (음수면 뒤로).',
  'clients.reset.mode.datetime': '그 시각 이후 첫 레코드의 오프셋으로 (UTC).',
  'clients.reset.offset': '오프셋',
  'clients.reset.shift': '옮길 개수',
  'clients.reset.datetime': '시각 (UTC)',
  'clients.reset.submit': '재설정 실행 (--execute)',
  'clients.reset.inactiveOnly':
    '카프카는 멤버가 없는(Empty) 그룹만 재설정합니다. 지금 이 그룹에는 멤버가 {n}명 있습니다. 먼저 멤버를 모두 종료하세요. 강제 종료한 멤버는 세션이 만료될 때까지 그룹에 남습니다.',
  'clients.reset.kafkaRefusal':
    "Assignments can only be reset if the group '{group}' is inactive, but the current state is {state}.",
  'clients.reset.problem.offset': '오프셋은 0 이상의 정수여야 합니다.',
  'clients.reset.problem.shift': '옮길 개수는 정수여야 합니다.',
  'clients.reset.problem.datetime': '시각을 입력하세요.',
  'clients.reset.done': '{group} 그룹: 파티션 {n}개의 오프셋을 재설정했습니다.',
  'clients.reset.nothing': '재설정할 파티션이 없었습니다.',
  'clients.reset.row': '{partition} → {offset}',

  'clients.refused.title': '카프카가 거절했습니다.',
  'clients.refused.dismiss': '닫기',
  'clients.refused.NON_EMPTY_GROUP': '멤버가 있는 그룹은 오프셋을 재설정할 수 없습니다.',
  'clients.refused.INVALID_REQUEST': '시뮬레이션이 이 요청을 받아들이지 않았습니다.',
  'clients.refused.UNKNOWN_TOPIC_OR_PARTITION': '그런 토픽이나 파티션이 없습니다.',
  'clients.refused.COORDINATOR_NOT_AVAILABLE':
    '그룹 코디네이터를 찾을 수 없습니다(__consumer_offsets에 리더가 없음).',
} as const satisfies Record<string, string>;

export const clientsEn: Record<keyof typeof clientsKo, string> = {
  'clients.producer.title': 'Producer',
  'clients.null': 'null',

  'clients.send.title': 'Send one record',
  'clients.send.key': 'Key',
  'clients.send.nullKey': 'No key (null)',
  'clients.send.value': 'Value',
  'clients.send.nullValue': 'No value (null: a tombstone)',
  'clients.send.submit': 'Send',
  'clients.send.blockedTopic': 'Enter a topic name Kafka accepts.',
  'clients.send.blockedPartition': 'The partition must be a whole number, 0 or more.',
  'clients.send.outcomeGone': 'Send #{n} has left the recent list.',

  'clients.topic.label': 'Topic',
  'clients.topic.partitions.one': '{n} partition',
  'clients.topic.partitions.other': '{n} partitions',
  'clients.topic.autoCreate':
    "Topic '{topic}' does not exist yet. Sending creates it: with auto.create.topics.enable=true (the default) the broker creates it on the producer's first metadata request, with num.partitions (default 1) partitions and default.replication.factor (default 1). Until it has a leader the producer retries and logs this WARN:",
  'clients.topic.internal':
    "'{topic}' is an internal topic name: the broker never auto-creates topics starting with '__'.",
  'clients.topic.invalid': 'Kafka refuses this topic name:',

  'clients.headers.legend': 'Headers',
  'clients.headers.none': 'No headers.',
  'clients.headers.key': 'Header {n} key',
  'clients.headers.value': 'Header {n} value',
  'clients.headers.keyPlaceholder': 'key',
  'clients.headers.valuePlaceholder': 'value',
  'clients.headers.remove': 'Remove header {n}',
  'clients.headers.add': 'Add a header',

  'clients.acks.legend': 'acks — what the producer waits for',
  'clients.acks.0': 'Waits for nothing: no offset comes back, and a lost record goes unnoticed.',
  'clients.acks.1':
    'The leader answers once it has written its own log; if it dies before a follower copies the record, the record can be lost.',
  'clients.acks.all':
    'The leader answers once every ISR replica has the record; refused with NOT_ENOUGH_REPLICAS while the ISR is smaller than min.insync.replicas.',

  'clients.partitioner.legend': 'Partitioner',
  'clients.partitioner.default': 'Default (murmur2 of the key)',
  'clients.partitioner.defaultWhy':
    'A key picks its partition by its murmur2 hash; a null key goes to the uniform sticky partitioner.',
  'clients.partitioner.ignoreWhy':
    'Keys are not hashed: the sticky partitioner picks even for keyed records, so one key spreads over partitions.',
  'clients.partitioner.explicit': 'Explicit partition',
  'clients.partitioner.explicitWhy': 'A partition set on the record is used as is; the key is not hashed.',
  'clients.partitioner.partition': 'Partition',

  'clients.steps.title': 'How the partition is chosen',
  'clients.steps.bytes': '① UTF-8 bytes of the key',
  'clients.steps.byteCount.one': '({n} byte)',
  'clients.steps.byteCount.other': '({n} bytes)',
  'clients.steps.noBytes': '(empty string: 0 bytes)',
  'clients.steps.moreBytes': '… and {n} more',
  'clients.steps.murmur2': '② murmur2 (a signed 32-bit int)',
  'clients.steps.negative': 'negative: the top (sign) bit is 1.',
  'clients.steps.toPositive': '③ toPositive (& 0x7fffffff: clears only the sign bit)',
  'clients.steps.modulo': '④ % {n} (all partitions of the topic)',
  'clients.steps.moduloUnknown': '④ % partitions (known once the topic exists)',
  'clients.steps.result': '→ partition {partition}',
  'clients.steps.resultUnknown': '→ decided once the topic exists',
  'clients.steps.explicit':
    'The record names partition {partition}: it is used as is, and the key is not hashed.',
  'clients.steps.explicitInvalid':
    'Topic {topic} has no partition {partition}: the producer fails this send.',
  'clients.steps.nullKey':
    'No key (null): there is nothing to hash, so the record accumulator picks the partition.',
  'clients.steps.ignoreKeys':
    'partitioner.ignore.keys=true: the key is stored with the record but not used to pick the partition.',
  'clients.steps.sticky':
    'Uniform sticky partitioner (Kafka 3.3+): it picks a partition that has a leader, sends batch.size (16384 bytes) to twice that there, then moves on. Order across partitions is not kept.',
  'clients.steps.unusedHash': 'For comparison, had the key been hashed:',

  'clients.sends.title': 'Recent sends',
  'clients.sends.none': 'Nothing sent yet.',
  'clients.sends.own': 'Records you sent',
  'clients.sends.auto': 'Records from the automatic producer (a sample)',
  'clients.sends.autoSummary': 'Automatic producer: {n} sampled sends (one per 10 ms)',
  'clients.sends.seq': '#',
  'clients.sends.where': 'Partition',
  'clients.sends.key': 'Key',
  'clients.sends.outcome': 'Outcome',
  'clients.sends.partitionPending': '{topic} (partition not chosen yet)',
  'clients.sends.selectPartition': 'Select partition {partition}',

  'clients.outcome.waiting': 'Waiting for the answer (acks={acks})',
  'clients.outcome.retrying': 'Retrying after',
  'clients.outcome.acknowledged': 'Stored at offset {offset} of {partition}',
  'clients.outcome.unacknowledged': 'Sent to {partition} — acks=0: no offset comes back',
  'clients.outcome.failed': 'Failed:',

  'clients.why.NOT_ENOUGH_REPLICAS':
    'acks=all needs at least min.insync.replicas ({min}) replicas in the ISR; the ISR of {partition} is now [{isr}] ({isrCount}). The producer retries this error until delivery.timeout.ms (2 min) has passed.',
  'clients.why.NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    'The leader wrote the record, but the ISR fell below min.insync.replicas ({min}) before it was replicated (ISR now [{isr}]). A retry may write it twice.',
  'clients.why.REQUEST_TIMED_OUT':
    'No answer in time: the leader may be stopped or cut off, or with acks=all the ISR did not catch up (request.timeout.ms 30 s, delivery.timeout.ms 2 min).',
  'clients.why.NOT_LEADER_OR_FOLLOWER':
    'The broker is no longer the leader of {partition}: the producer refreshes its metadata and resends to the new leader.',
  'clients.why.LEADER_NOT_AVAILABLE':
    '{partition} has no leader yet (a new topic, or an election under way): the producer retries until it has one.',
  'clients.why.UNKNOWN_TOPIC_OR_PARTITION':
    "The broker does not know this topic or partition: the partition number may be beyond the topic's partitions, or the topic was deleted.",
  'clients.why.NETWORK_EXCEPTION':
    'The connection broke before the answer came (a stopped broker or a network partition); the producer reconnects and retries.',
  'clients.why.MESSAGE_TOO_LARGE': "The record batch is larger than the topic's max.message.bytes.",
  'clients.why.KAFKA_STORAGE_ERROR': 'The leader cannot write to its log directory.',

  'clients.auto.title': 'Automatic producer',
  'clients.auto.idle': 'Stopped.',
  'clients.auto.running': 'Sending {rate} records/s to {topic} (acks={acks})',
  'clients.auto.sent': 'Sent',
  'clients.auto.acknowledged': 'Acknowledged',
  'clients.auto.failed': 'Failed',
  'clients.auto.inFlight': 'Awaiting answer',
  'clients.auto.rate': 'Rate (records per second, log scale)',
  'clients.auto.rateNumber': 'Records per second',
  'clients.auto.rateValue': '{n} records per second',
  'clients.auto.perSecond': 'records/s',
  'clients.auto.start': 'Start producing',
  'clients.auto.apply': 'Apply the changes',
  'clients.auto.stop': 'Stop producing',
  'clients.auto.notRunning': 'The automatic producer is not running.',
  'clients.auto.blockedRate': 'Choose a rate above 0 (0 stops).',
  'clients.auto.blockedKeys': 'The number of keys must be a whole number from 1 to 1,000,000.',
  'clients.auto.blockedShare': 'The hot key share must be between 0% and 100%.',
  'clients.auto.started': 'Automatic producer: {rate} records/s to {topic}',
  'clients.auto.stopped': 'Automatic producer stopped.',

  'clients.dist.legend': 'Key distribution',
  'clients.dist.none': 'No key',
  'clients.dist.noneWhy':
    'Every record has a null key: the sticky partitioner moves from partition to partition batch by batch.',
  'clients.dist.uniform': 'Uniform over N keys',
  'clients.dist.uniformWhy':
    'Each record takes one of key-0 … key-(N−1) at random; a key always lands on the same partition.',
  'clients.dist.hot-key': 'One hot key takes a share',
  'clients.dist.hot-keyWhy':
    "One key, 'hot-key', takes the chosen share (e.g. 70%) and the rest spreads over N keys: watch one partition take the load.",
  'clients.dist.keys': 'Number of keys (N)',
  'clients.dist.otherKeys': 'Other keys (N)',
  'clients.dist.hotShare': 'Hot key share',

  'clients.landing.title': '{topic}: where records land',
  'clients.landing.measuring': 'Measuring…',
  'clients.landing.nothing': 'No records landed in the last {s} s (is time paused?).',
  'clients.landing.total': 'Share of LEO growth over the last {s} s (real time), {n} records in all',
  'clients.landing.share': '{share}',
  'clients.landing.shareExpected': '{share} (expected {expected})',
  'clients.landing.hotKey': "By murmur2, '{key}' always goes to {partition}.",
  'clients.landing.hotMark': '← hot key',
  'clients.landing.noExpectation':
    'No expected share for null keys: the sticky partitioner evens out only over time.',

  'clients.consumers.title': 'Consumers',
  'clients.consumers.groups': 'Consumer groups',
  'clients.consumers.none': 'No groups yet: start a consumer above.',

  'clients.add.title': 'Start a consumer',
  'clients.add.group': 'Group id (group.id)',
  'clients.add.newGroup': 'Starts a new group: the first join waits group.initial.rebalance.delay.ms (3 s).',
  'clients.add.joinsExisting': 'Joins {group} ({n} members): the group rebalances.',
  'clients.add.joinsEmpty': 'Joins the empty group {group}: it reads from the committed offsets, if any.',
  'clients.add.topics': 'Topics to subscribe to',
  'clients.add.noTopics': 'No topics.',
  'clients.add.submit': 'Start consumer',
  'clients.add.blockedGroup': 'Enter a group id.',
  'clients.add.blockedTopics': 'Choose at least one topic.',
  'clients.add.protocolMismatch':
    'Members of {group} use {protocol}: without an assignor every member supports, the coordinator refuses the join with INCONSISTENT_GROUP_PROTOCOL.',
  'clients.add.started': '{name} is joining {group}.',

  'clients.assignor.range':
    'Per topic, consecutive partitions; when they do not divide evenly the first members get one more.',
  'clients.assignor.roundrobin': 'All partitions of all topics in one line, dealt to the members in turn.',
  'clients.assignor.cooperative-sticky':
    'Balanced, keeping what members already own; only partitions that move are revoked, and handed over in a follow-up rebalance, so nobody stops.',

  'clients.group.label': 'Group {group} — {state}',
  'clients.group.state.Empty': 'empty',
  'clients.group.state.PreparingRebalance': 'preparing a rebalance',
  'clients.group.state.CompletingRebalance': 'completing a rebalance',
  'clients.group.state.Stable': 'stable',
  'clients.group.state.Dead': 'dead',
  'clients.group.why.Empty': 'No members. Committed offsets stay (for offsets.retention.minutes, 7 days).',
  'clients.group.why.PreparingRebalance':
    "The coordinator waits for every member's JoinGroup; members that gave up their partitions do not read meanwhile.",
  'clients.group.why.CompletingRebalance':
    'Everyone has joined; the members are receiving the assignment the leader member computed (SyncGroup).',
  'clients.group.why.Stable':
    'Every member reads its partitions and heartbeats every heartbeat.interval.ms (3 s).',
  'clients.group.why.Dead': "The group's metadata is gone.",
  'clients.group.joining': 'joining',
  'clients.group.joiningWhy': 'The consumer is finding its coordinator (FindCoordinator) and joining.',
  'clients.group.protocol': 'Assignor',
  'clients.group.coordinator': 'Coordinator',
  'clients.group.coordinatorLabel': 'Select coordinator broker {broker}',
  'clients.group.broker': 'Broker {broker}',
  'clients.group.generation': 'Generation',
  'clients.group.members': 'Members in the group',
  'clients.group.apps.one': '{n} application',
  'clients.group.apps.other': '{n} applications',
  'clients.group.noApps': 'No consumer started from this panel.',

  'clients.member.label': 'Consumer {name} — {status}',
  'clients.member.status.running': 'running',
  'clients.member.status.closing': 'closing',
  'clients.member.status.closed': 'closed',
  'clients.member.status.crashed': 'crashed',
  'clients.member.memberId': 'Member id',
  'clients.member.notJoined': '(not joined yet)',
  'clients.member.consumed': 'Records read',
  'clients.member.partitions.one': '{n} assigned partition',
  'clients.member.partitions.other': '{n} assigned partitions',
  'clients.member.noPartitionsRunning': '— waiting for an assignment, or more members than partitions.',
  'clients.member.noPartitionsStopped': '— a stopped member holds no partitions.',
  'clients.member.remove': 'Close',
  'clients.member.removeLabel': 'Close {name}',
  'clients.member.removeWhy': 'Commits its offsets and sends LeaveGroup: the group rebalances at once.',
  'clients.member.crash': 'Crash',
  'clients.member.crashLabel': 'Crash {name}',
  'clients.member.crashWhy':
    'Kills the process: with no LeaveGroup, the coordinator notices only after session.timeout.ms (45 s) without a heartbeat.',
  'clients.member.notRunning': '{name} is {status}: nothing to stop.',
  'clients.member.removed': '{name}: committing its offsets, then LeaveGroup; the group rebalances.',
  'clients.member.crashed': '{name} crashed: the coordinator waits for session.timeout.ms (45 s).',

  'clients.crash.waiting':
    '{name} crashed without a LeaveGroup. The coordinator (broker {broker}) removes it and rebalances only once session.timeout.ms ({timeout}) has passed since its last heartbeat.',
  'clients.crash.progress': 'Until the session of {name} expires',
  'clients.crash.left': 'about {s} s left',
  'clients.crash.due': 'due now',
  'clients.crash.why': 'Until then nobody reads its partitions, and their lag grows.',
  'clients.crash.expired':
    'The session of {name} expired: the coordinator removed it and rebalanced among the others.',

  'clients.cursors.title': 'Committed offsets and lag',
  'clients.cursors.none': 'No partitions to show.',
  'clients.cursors.topic': 'Partitions of topic {topic}',
  'clients.cursors.legend':
    'Bar: log start offset to HW (readable); dashed: HW to LEO (not yet committed). ▼ committed offset, ▲ a member’s position, hatched: lag (HW − committed offset).',
  'clients.cursors.rowLabel':
    '{partition}: log {start}–{hw} (HW {hw}, LEO {leo}), committed offset {committed}, lag {lag}, owner {owner}',
  'clients.cursors.noCommit': 'none',
  'clients.cursors.noOwner': 'no owner',
  'clients.cursors.position': '{name} at {offset}',
  'clients.cursors.select': 'Select partition {partition}',
  'clients.cursors.short': 'committed {committed} · lag {lag}',

  'clients.reset.title': 'Reset offsets',
  'clients.reset.formLabel': 'Reset offsets of group {group}',
  'clients.reset.scope': 'Scope',
  'clients.reset.allTopics': '--all-topics (every partition with a committed offset)',
  'clients.reset.to': 'To',
  'clients.reset.mode.earliest': 'The log start offset: read every record still kept again.',
  'clients.reset.mode.latest': 'The HW: skip every record so far.',
  'clients.reset.mode.offset': "A given offset (moved to the nearer end if outside the log's range).",
  'clients.reset.mode.shift-by': 'Move from the committed offset (negative: back).',
  'clients.reset.mode.datetime': 'The first record at or after that time (UTC).',
  'clients.reset.offset': 'Offset',
  'clients.reset.shift': 'Shift by',
  'clients.reset.datetime': 'Date and time (UTC)',
  'clients.reset.submit': 'Reset (--execute)',
  'clients.reset.inactiveOnly':
    'Kafka resets only an inactive (Empty) group, and this one has {n} members. Close them all first; a crashed member stays in the group until its session expires.',
  'clients.reset.kafkaRefusal':
    "Assignments can only be reset if the group '{group}' is inactive, but the current state is {state}.",
  'clients.reset.problem.offset': 'The offset must be a whole number, 0 or more.',
  'clients.reset.problem.shift': 'The shift must be a whole number.',
  'clients.reset.problem.datetime': 'Enter a date and time.',
  'clients.reset.done': 'Group {group}: offsets of {n} partitions reset.',
  'clients.reset.nothing': 'No partition to reset.',
  'clients.reset.row': '{partition} → {offset}',

  'clients.refused.title': 'Kafka refused.',
  'clients.refused.dismiss': 'Dismiss',
  'clients.refused.NON_EMPTY_GROUP': 'A group with members cannot have its offsets reset.',
  'clients.refused.INVALID_REQUEST': 'The simulation did not accept this request.',
  'clients.refused.UNKNOWN_TOPIC_OR_PARTITION': 'No such topic or partition.',
  'clients.refused.COORDINATOR_NOT_AVAILABLE':
    'No group coordinator is available (__consumer_offsets has no leader).',
};
