/**
 * Messages of the insight views (metadata tree, event timeline, "what just happened", metrics, the
 * announcer), Korean first. Keys start with `insight.`; `en` is typed against `ko` so a missing English
 * text fails the type check.
 *
 * Korean sentences never put a particle whose form depends on the last sound (이/가, 은/는, 을/를,
 * (으)로, 와/과) right after a placeholder: `{broker}` may end in any digit and `{topic}` in any letter.
 * Safe after a placeholder: 에, 에서, 의, 까지, 부터, 보다, 도, 만.
 */
export const insightKo = {
  'insight.na': '–',

  // ---------------------------------------------------------------- event categories
  'insight.cat.brokers': '브로커·컨트롤러',
  'insight.cat.elections': '선출·ISR',
  'insight.cat.log': '로그·세그먼트',
  'insight.cat.producers': '프로듀서',
  'insight.cat.groups': '컨슈머 그룹',
  'insight.cat.network': '네트워크',

  // ---------------------------------------------------------------- one sentence per event
  'insight.ev.broker-started': '브로커 {broker} 프로세스가 시작되었습니다.',
  'insight.ev.broker-stopped.kill':
    '브로커 {broker} 프로세스가 강제 종료(kill)되었습니다. 디스크의 파일과 운영체제 페이지 캐시는 남아 있습니다.',
  'insight.ev.broker-stopped.power-off':
    '브로커 {broker} 머신의 전원이 꺼졌습니다. 페이지 캐시와 아직 fsync되지 않은 쓰기가 사라집니다.',
  'insight.ev.broker-registered':
    '브로커 {broker} 등록: ZooKeeper 세션 {session}에 묶인 임시(ephemeral) 노드 /brokers/ids/{broker} 생성.',
  'insight.ev.broker-expired':
    '브로커 {broker}의 ZooKeeper 세션 {session} 만료: {silence} 동안 소식이 없어 zookeeper.session.timeout.ms({timeout})를 넘겼습니다. 임시 노드 /brokers/ids/{broker}도 함께 사라졌습니다.',
  'insight.ev.controller-changed':
    '컨트롤러 교체: 브로커 {previous} → 브로커 {controller} (controller epoch {epoch}). /controller 노드를 먼저 만든 브로커가 컨트롤러가 됩니다.',
  'insight.ev.controller-changed.first':
    '컨트롤러 선출: 브로커 {controller} (controller epoch {epoch}). /controller 노드를 먼저 만든 브로커가 컨트롤러가 됩니다.',
  'insight.ev.controller-changed.none':
    '컨트롤러 없음: 브로커 {previous}의 /controller 노드가 사라졌고 아직 아무도 새로 만들지 못했습니다.',
  'insight.ev.topic-created.one': '토픽 {topic} 생성: 파티션 {n}개, 복제 계수 {rf}.',
  'insight.ev.topic-created.other': '토픽 {topic} 생성: 파티션 {n}개, 복제 계수 {rf}.',
  'insight.ev.topic-deleted': '토픽 {topic} 삭제 완료: 모든 복제본의 로그가 지워졌습니다.',
  'insight.ev.partitions-added':
    '토픽 {topic} 파티션 추가: {from}개 → {to}개. 키가 배정되는 파티션(hash % 파티션 수)이 달라집니다.',
  'insight.ev.leader-elected': '{tp} 리더 선출: 브로커 {leader} (leader epoch {epoch}, ISR {isr}). {why}',
  'insight.ev.partition-offline':
    '{tp} 오프라인: ISR {isr}의 브로커가 모두 멈춰 리더가 없습니다. 이 파티션에는 쓸 수도 읽을 수도 없습니다.',
  'insight.ev.isr-shrunk': '{tp} ISR 축소: {from} → {to}. {why}',
  'insight.ev.isr-expanded':
    '{tp} ISR 확장: {from} → {to}. 브로커 {broker}의 복제본이 리더의 HW까지 따라잡았습니다.',
  'insight.ev.records-appended.leader':
    '브로커 {broker}(리더): {tp}에 오프셋 {base}–{last} 추가 (leader epoch {epoch}).',
  'insight.ev.records-appended.follower':
    '브로커 {broker}(팔로워): {tp}의 오프셋 {base}–{last} 복제 (leader epoch {epoch}).',
  'insight.ev.follower-fetched.one':
    '브로커 {broker}: 리더 브로커 {leader}에서 {tp}의 레코드 {n}개를 오프셋 {offset}부터 가져왔습니다.',
  'insight.ev.follower-fetched.other':
    '브로커 {broker}: 리더 브로커 {leader}에서 {tp}의 레코드 {n}개를 오프셋 {offset}부터 가져왔습니다.',
  'insight.ev.high-watermark-advanced':
    '{tp} HW {from} → {to} (브로커 {broker}). 오프셋 {to} 앞까지 커밋되어 컨슈머가 읽을 수 있습니다.',
  'insight.ev.log-truncated': '브로커 {broker}: {tp} 로그 잘라냄, LEO {from} → {to}. {why}',
  'insight.ev.segment-rolled': '브로커 {broker}: {tp}에 새 활성 세그먼트 {file}. {why}',
  'insight.ev.segment-deleted': '브로커 {broker}: {tp} 세그먼트 {file}({size}) 삭제. {why}',
  'insight.ev.segments-compacted':
    '브로커 {broker}: {tp} 로그 압축(compaction), 레코드 {before}개 → {after}개 (키마다 마지막 값만 남김).',
  'insight.ev.log-start-offset-advanced':
    '브로커 {broker}: {tp} 로그 시작 오프셋 {from} → {to}. 그 앞의 오프셋은 더 이상 읽을 수 없습니다.',
  'insight.ev.produce-acked.one':
    '{client}: {tp}에 레코드 {n}개 저장 확인, 오프셋 {offset}부터 (acks={acks}).',
  'insight.ev.produce-acked.other':
    '{client}: {tp}에 레코드 {n}개 저장 확인, 오프셋 {offset}부터 (acks={acks}).',
  'insight.ev.produce-acked.acks0.one':
    '{client}: {tp}에 레코드 {n}개 전송 (acks=0: 응답을 기다리지 않아 오프셋을 모릅니다).',
  'insight.ev.produce-acked.acks0.other':
    '{client}: {tp}에 레코드 {n}개 전송 (acks=0: 응답을 기다리지 않아 오프셋을 모릅니다).',
  'insight.ev.produce-failed.retry.one':
    '{client}: {tp}에 보낸 레코드 {n}개 실패, {error}: {message} (재시도합니다).',
  'insight.ev.produce-failed.retry.other':
    '{client}: {tp}에 보낸 레코드 {n}개 실패, {error}: {message} (재시도합니다).',
  'insight.ev.produce-failed.final.one':
    '{client}: {tp}에 보낸 레코드 {n}개 실패, {error}: {message} (재시도하지 않습니다).',
  'insight.ev.produce-failed.final.other':
    '{client}: {tp}에 보낸 레코드 {n}개 실패, {error}: {message} (재시도하지 않습니다).',
  'insight.ev.group-rebalanced':
    '그룹 {group} 리밸런스 완료: generation {generation}, 할당 전략 {protocol}, 멤버 {members}명, 그룹 리더 {leader}.',
  'insight.ev.group-state-changed': '그룹 {group} 상태 {from} → {to} ({reason}).',
  'insight.ev.member-joined': '그룹 {group}에 멤버 {member} 참여.',
  'insight.ev.member-left.leave': '그룹 {group}에서 멤버 {member} 탈퇴 (LeaveGroup 요청).',
  'insight.ev.member-left.session-timeout':
    '그룹 {group}에서 멤버 {member} 제거: session.timeout.ms 동안 하트비트가 오지 않았습니다.',
  'insight.ev.offset-committed': '그룹 {group}: {tp} 오프셋 {offset} 커밋.',
  'insight.ev.offset-reset.OFFSET_OUT_OF_RANGE':
    '{client}: {tp}의 위치(오프셋 {from})가 로그 범위 밖이라(OFFSET_OUT_OF_RANGE) auto.offset.reset={policy}에 따라 오프셋 {to}부터 읽습니다.',
  'insight.ev.offset-reset.no-committed-offset':
    '{client}: {tp}에 커밋된 오프셋이 없어 auto.offset.reset={policy}에 따라 오프셋 {to}부터 읽습니다.',
  'insight.ev.message-lost.isolated':
    '{api} 메시지 유실: {from} → {to}. 네트워크에서 격리된 노드라 닿지 못했습니다.',
  'insight.ev.message-lost.dropped': '{api} 메시지 유실: {from} → {to}. 사용자가 버렸습니다.',
  'insight.ev.acknowledged-records-lost.one':
    '확인 응답된 레코드 {n}개 유실: {tp} 오프셋 {from}–{to} 범위가 이제 어느 복제본에도 없습니다.',
  'insight.ev.acknowledged-records-lost.other':
    '확인 응답된 레코드 {n}개 유실: {tp} 오프셋 {from}–{to} 범위가 이제 어느 복제본에도 없습니다.',

  // ---------------------------------------------------------------- why: elections (ElectionReason)
  'insight.why.election.new-partition':
    '새 파티션이라 할당 목록(replicas)에서 살아 있는 첫 복제본을 골랐습니다.',
  'insight.why.election.clean':
    '리더(브로커 {previous})를 잃어, 할당 순서대로 ISR에서 살아 있는 첫 브로커를 골랐습니다.',
  'insight.why.election.unclean':
    '살아 있는 ISR 구성원이 없고 unclean.leader.election.enable=true라서 ISR 밖에서 살아 있는 첫 복제본을 골랐습니다(언클린 선출). 확인 응답된 레코드를 잃을 수 있습니다.',
  'insight.why.election.preferred':
    '선호 리더 선출: 할당 목록의 첫 복제본(선호 리더)이 살아 있고 ISR에 있어 다시 리더가 되었습니다.',
  'insight.why.election.offline-recovered':
    '리더 없이 멈춰 있던 파티션에 ISR 브로커가 돌아와, 할당 순서대로 살아 있는 첫 ISR 구성원이 리더가 되었습니다.',

  // ---------------------------------------------------------------- why: ISR shrinks
  'insight.why.isr.lagged':
    '브로커 {broker}의 복제본이 {lag} 동안 리더를 따라잡지 못했습니다(replica.lag.time.max.ms = {max}).',
  'insight.why.isr.laggedUnknown':
    '브로커 {broker}의 복제본이 replica.lag.time.max.ms({max}) 안에 따라잡지 못했습니다.',
  'insight.why.isr.brokerFailure': '컨트롤러가 멈춘 브로커 {brokers}의 복제본을 ISR에서 뺐습니다.',

  // ---------------------------------------------------------------- why: truncation
  'insight.why.truncate.diverging-epoch':
    '리더의 leader epoch 기록과 갈라진 지점부터 지웠습니다(OffsetsForLeaderEpoch).',
  'insight.why.truncate.above-leader-end': '새 리더의 로그 끝(LEO)보다 뒤에 있던 레코드를 지웠습니다.',
  'insight.why.truncate.power-loss': '전원이 꺼지면서 디스크에 fsync되지 않은 레코드가 사라졌습니다.',

  // ---------------------------------------------------------------- why: segment roll (RollReason)
  'insight.why.roll.segmentBytes': '활성 세그먼트가 segment.bytes에 다다랐습니다.',
  'insight.why.roll.segmentMs': '활성 세그먼트의 첫 레코드부터 segment.ms가 지났습니다.',
  'insight.why.roll.indexFull': '.index 파일이 가득 찼습니다(segment.index.bytes).',
  'insight.why.roll.timeIndexFull': '.timeindex 파일이 가득 찼습니다(segment.index.bytes).',
  'insight.why.roll.offsetOverflow': '기준 오프셋과의 차이가 32비트 상대 오프셋에 들어가지 않습니다.',
  'insight.why.roll.retention':
    '모든 세그먼트가 보존 기간을 넘겨, 기존 활성 세그먼트도 지울 수 있게 새 세그먼트를 먼저 만들었습니다.',

  // ---------------------------------------------------------------- why: segment deletion (SegmentDeletionReason)
  'insight.why.delete.retentionMs':
    '보존 시간 초과: 세그먼트의 가장 큰 타임스탬프({largest})가 {age} 전 것이라 retention.ms({retention})를 넘었습니다.',
  'insight.why.delete.retentionBytes':
    '보존 크기 초과: 로그 크기({logSize})가 retention.bytes({retention})보다 이 세그먼트 크기({segmentSize}) 이상 큽니다.',
  'insight.why.delete.logStartOffset':
    '로그 시작 오프셋 초과: 다음 세그먼트가 오프셋 {next}에서 시작하고 이는 로그 시작 오프셋 {lso} 이하라, 이 세그먼트의 레코드는 모두 그 앞에 있습니다.',
  'insight.why.delete.logTruncation': '로그 잘라내기: 오프셋 {offset} 위에 있던 세그먼트라 지웠습니다.',
  'insight.why.delete.logRoll': '비어 있던 활성 세그먼트를 롤(roll)하면서 새 세그먼트로 바꿨습니다.',
  'insight.why.delete.compaction':
    '로그 압축(compaction)으로 정리된 새 세그먼트(기준 오프셋 {replacedBy})가 대신합니다.',

  // ---------------------------------------------------------------- event timeline
  'insight.timeline.title': '이벤트 타임라인',
  'insight.timeline.filters': '분류로 거르기',
  'insight.timeline.filter': '{category} {count}',
  'insight.timeline.list': '이벤트 목록, 최신순',
  'insight.timeline.empty': '아직 이벤트가 없습니다.',
  'insight.timeline.emptyFiltered': '고른 분류에 해당하는 이벤트가 없습니다.',
  'insight.timeline.shown': '{total}건 중 {shown}건 표시',
  'insight.timeline.rewind': '여기로 되감기',
  'insight.timeline.rewindLabel': '{time} 시점으로 되감기',
  'insight.timeline.related': '선택한 대상과 관련',
  'insight.timeline.repeated': '{since}부터 {n}번 반복',
  'insight.timeline.hint': '이벤트를 누르면 그 대상이 선택되어 모든 화면에서 강조됩니다.',

  // ---------------------------------------------------------------- what just happened
  'insight.what.title': '방금 일어난 일',
  'insight.what.empty': '아직 아무 일도 없습니다. 레코드를 보내거나 브로커를 멈춰 보세요.',
  'insight.what.tag.send': '요청',
  'insight.what.tag.deletion': '삭제',
  'insight.what.tag.election': '선출',
  'insight.what.tag.isr': 'ISR',
  'insight.what.tag.offline': '오프라인',
  'insight.what.tag.lost': '유실',
  'insight.what.send.pending': '{topic}에 보낸 레코드: 응답을 기다리는 중 (acks={acks})',
  'insight.what.send.acked': '확인 응답: {tp} 오프셋 {offset}에 저장 (acks={acks})',
  'insight.what.send.acks0': '보냄 (acks=0): {tp}',
  'insight.what.send.failed': '실패: {error}',
  'insight.what.send.retrying.one': '재시도 중: {error} (지금까지 실패 {n}번)',
  'insight.what.send.retrying.other': '재시도 중: {error} (지금까지 실패 {n}번)',
  'insight.what.send.why.all':
    'acks=all: 리더는 ISR의 모든 복제본이 이 레코드를 가져가 HW가 그 뒤로 넘어간 다음에 응답합니다. 지금 ISR = {isr}.',
  'insight.what.send.why.one':
    'acks=1: 리더가 자기 로그에 쓰자마자 응답했습니다. 팔로워가 복제하기 전에 리더가 죽으면 잃을 수 있습니다.',
  'insight.what.send.why.zero': 'acks=0: 응답을 기다리지 않으므로 오프셋도 성공 여부도 알 수 없습니다.',
  'insight.what.send.why.NOT_ENOUGH_REPLICAS':
    'acks=all 요청은 ISR의 복제본 수가 min.insync.replicas({min}) 이상일 때만 받아들여집니다. 지금 {tp}의 ISR = {isr} ({count}개).',
  'insight.what.send.why.NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    '리더는 레코드를 썼지만 복제를 기다리는 사이 ISR이 min.insync.replicas({min})보다 작아졌습니다. 지금 {tp}의 ISR = {isr} ({count}개).',
  'insight.what.send.why.NOT_LEADER_OR_FOLLOWER':
    '받은 브로커가 더 이상 {tp}의 리더가 아닙니다. 프로듀서는 메타데이터를 새로 받아 새 리더에게 다시 보냅니다. 지금 리더: 브로커 {leader}.',
  'insight.what.send.why.LEADER_NOT_AVAILABLE': '지금 {tp}에 리더가 없습니다(선출 중이거나 오프라인).',
  'insight.what.send.why.REQUEST_TIMED_OUT':
    '제한 시간 안에 응답이 오지 않았습니다(request.timeout.ms, delivery.timeout.ms).',
  'insight.what.send.why.UNKNOWN_TOPIC_OR_PARTITION':
    '브로커가 {tp} 파티션을 모릅니다. 토픽이 없거나, 메타데이터가 아직 그 브로커에 닿지 않았습니다.',
  'insight.what.deletion.one': '브로커 {brokers}: {tp} 세그먼트 {file} 삭제',
  'insight.what.deletion.other': '브로커 {brokers}: {tp} 세그먼트 {file} 삭제',
  'insight.what.election': '{tp} 새 리더: 브로커 {leader} (leader epoch {epoch})',
  'insight.what.isr': '{tp} ISR 축소: {from} → {to}',
  'insight.what.electionMany': '파티션 {n}개 새 리더 선출',
  'insight.what.isrMany': '파티션 {n}개 ISR 축소',
  'insight.what.electedItem': '{tp} → 브로커 {leader}',
  'insight.what.isrItem': '{tp} {from} → {to}',
  'insight.what.andMore': '외 {n}개',
  'insight.what.offline': '{tp} 오프라인: 리더 없음',
  'insight.what.offlineWhy':
    'ISR {isr}의 브로커가 모두 멈췄습니다. unclean.leader.election.enable=false이면 ISR 브로커가 돌아올 때까지 기다립니다.',
  'insight.what.lost.one': '확인 응답된 레코드 {n}개 유실',
  'insight.what.lost.other': '확인 응답된 레코드 {n}개 유실',
  'insight.what.lostWhy':
    '{tp} 오프셋 {from}–{to}: 프로듀서는 저장되었다고 들었지만 이제 어느 복제본에도 없습니다(acks=1, 언클린 선출 같은 안전하지 않은 설정).',
  'insight.what.kafkaText': '카프카 메시지',

  // ---------------------------------------------------------------- metrics
  'insight.metrics.title': '브로커 지표',
  'insight.metrics.caption':
    '카프카 JMX 지표 이름 그대로입니다. …PerSec 지표의 “지금” 값은 브로커 프로세스가 시작된 뒤의 누적 횟수(Count)입니다.',
  'insight.metrics.scope': '범위',
  'insight.metrics.scopeCluster': '클러스터 전체 (브로커 합계)',
  'insight.metrics.scopeBroker': '브로커 {broker}',
  'insight.metrics.table': '{scope}의 지표: 이전, 지금, 변화량',
  'insight.metrics.metric': '지표',
  'insight.metrics.was': '이전',
  'insight.metrics.now': '지금',
  'insight.metrics.delta': 'Δ',
  'insight.metrics.rate': '초당 (최근 1분)',
  'insight.metrics.rateValue': '{n}/초',
  'insight.metrics.mark': '기준 표시',
  'insight.metrics.markHint': '지금 값을 “이전” 열에 고정합니다. 그 뒤의 변화가 Δ 열에 나옵니다.',
  'insight.metrics.clearMark': '기준 지우기',
  'insight.metrics.markedAt': '기준 시각: {time}',
  'insight.metrics.noMark': '기준이 없습니다. “기준 표시”를 누르면 이 순간의 값이 “이전” 열에 고정됩니다.',
  'insight.metrics.offsets': '파티션 오프셋',
  'insight.metrics.offsetsTable': '토픽 {topic}의 파티션별 LogStartOffset과 LogEndOffset',
  'insight.metrics.topic': '토픽',
  'insight.metrics.partition': '파티션',
  'insight.metrics.noTopics': '토픽이 없습니다.',
  'insight.metrics.offline': '리더 없음',

  // ---------------------------------------------------------------- invariant badges
  'insight.inv.title': '안전성 점검',
  'insight.inv.lostOk': '확인 응답된 레코드 유실 없음',
  'insight.inv.lostBad.one': '확인 응답된 레코드 {n}개 유실',
  'insight.inv.lostBad.other': '확인 응답된 레코드 {n}개 유실',
  'insight.inv.orderOk': '키별 순서 유지',
  'insight.inv.orderBad.one': '키별 순서 어긋남 {n}건',
  'insight.inv.orderBad.other': '키별 순서 어긋남 {n}건',
  'insight.inv.holds': '지켜짐',
  'insight.inv.broken': '깨짐',
  'insight.inv.range': '{tp} 오프셋 {from}–{to}',

  // ---------------------------------------------------------------- metadata (znode tree)
  'insight.zk.title': 'ZooKeeper 메타데이터',
  'insight.zk.tree': 'znode 트리',
  'insight.zk.hint': '↑↓ 이동 · → 펼치기 · ← 접기 · Enter 선택',
  'insight.zk.empty': '아직 znode가 없습니다.',
  'insight.zk.ephemeral': '임시 노드, 세션 {owner}',
  'insight.zk.children.one': '자식 {n}개',
  'insight.zk.children.other': '자식 {n}개',
  'insight.zk.changed': '방금 바뀜',
  'insight.zk.related': '선택한 대상의 노드',
  'insight.zk.noData': '(데이터 없음)',
  'insight.zk.data': '데이터',
  'insight.zk.stat': 'Stat',
  'insight.zk.detail': '{path} 노드',
  'insight.zk.path.root': 'ZooKeeper 트리의 뿌리.',
  'insight.zk.path.zookeeper': 'ZooKeeper 자신이 쓰는 영역(쿼터, 동적 설정).',
  'insight.zk.path.brokers': '브로커 등록 정보와 토픽 할당이 모이는 곳.',
  'insight.zk.path.brokerIds':
    '지금 살아 있는 브로커 목록. 브로커마다 자기 ZooKeeper 세션에 묶인 임시 노드를 만들고, 세션이 끝나면 노드가 사라집니다. 컨트롤러는 이 목록을 감시해 브로커 장애를 알아챕니다.',
  'insight.zk.path.brokerId':
    '브로커 {broker}의 등록 정보(리스너 주소, 포트, rack). 세션에 묶인 임시 노드라 브로커가 죽으면 사라집니다.',
  'insight.zk.path.topics': '토픽마다 하나씩: 파티션별 복제본 할당.',
  'insight.zk.path.topic':
    '토픽 {topic}의 토픽 ID와 파티션별 복제본 할당(replicas). 할당 목록의 첫 브로커가 선호 리더입니다.',
  'insight.zk.path.partitions': '토픽 {topic}의 파티션별 상태 노드를 담는 부모 노드.',
  'insight.zk.path.partition': '파티션 {tp}의 상태 노드(state)를 담는 부모 노드.',
  'insight.zk.path.partitionState':
    '파티션 {tp}의 리더, leader_epoch, ISR, controller_epoch. 컨트롤러가 선출과 ISR 변경 때마다 새로 씁니다.',
  'insight.zk.path.seqid': '브로커 ID를 자동으로 만들 때(broker.id.generation.enable) 쓰는 순번.',
  'insight.zk.path.controller':
    '지금의 컨트롤러. 이 임시 노드를 먼저 만든 브로커가 컨트롤러가 되고, 그 세션이 끝나면 노드가 사라져 다시 경쟁합니다.',
  'insight.zk.path.controllerEpoch':
    '컨트롤러가 바뀔 때마다 1씩 늘어나는 수. 브로커는 이보다 낮은 epoch의 옛 컨트롤러 요청을 거절합니다.',
  'insight.zk.path.config': '동적 설정 덮어쓰기(토픽, 브로커, 쿼터).',
  'insight.zk.path.configTopics': '토픽별 설정 덮어쓰기(retention.ms, min.insync.replicas 등).',
  'insight.zk.path.configTopic': '토픽 {topic}의 설정 덮어쓰기. 기본값과 다른 설정만 들어 있습니다.',
  'insight.zk.path.configBrokers': '브로커 동적 설정. <default>는 모든 브로커에 적용됩니다.',
  'insight.zk.path.configBroker': '브로커 {name}의 동적 설정.',
  'insight.zk.path.configChanges': '설정 변경 알림. 브로커들이 감시하다가 바뀐 설정을 다시 읽습니다.',
  'insight.zk.path.configChange': '설정 변경 알림 하나: 어느 대상의 설정이 바뀌었는지 적혀 있습니다.',
  'insight.zk.path.configQuota': '클라이언트, 사용자, IP별 쿼터 설정.',
  'insight.zk.path.admin': '관리 작업 요청.',
  'insight.zk.path.deleteTopics': '삭제를 요청받은 토픽. 노드가 생기면 컨트롤러가 삭제를 시작합니다.',
  'insight.zk.path.deleteTopic':
    '토픽 {topic} 삭제 요청. 모든 복제본이 지워지면 컨트롤러가 이 노드를 지웁니다.',
  'insight.zk.path.isrChange':
    '옛 방식의 ISR 변경 알림(inter.broker.protocol.version 2.7 미만). 지금은 AlterPartition 요청을 씁니다.',
  'insight.zk.path.logDirEvent': '로그 디렉터리 장애 알림. 컨트롤러가 감시합니다.',
  'insight.zk.path.producerIdBlock': '브로커들에게 나눠 주는 프로듀서 ID 블록(멱등 프로듀서, 트랜잭션).',
  'insight.zk.path.cluster': '클러스터 정보.',
  'insight.zk.path.clusterId': '클러스터 ID: 처음 시작한 브로커가 만듭니다.',
  'insight.zk.path.feature': '클러스터 전체에서 확정된 기능 버전(finalized features).',
  'insight.zk.path.consumers':
    '옛 ZooKeeper 기반 컨슈머가 쓰던 자리. 지금 컨슈머 그룹은 __consumer_offsets 토픽을 씁니다.',
  'insight.zk.path.zkQuota': 'ZooKeeper의 쿼터 설정.',
  'insight.zk.path.zkConfig': 'ZooKeeper 앙상블의 동적 설정.',

  // ---------------------------------------------------------------- announcements (polite live region)
  'insight.say.isr-shrunk': '{tp} ISR 축소: {isr}.',
  'insight.say.isr-shrunk.many': 'ISR 축소 {n}건.',
  'insight.say.isr-expanded': '{tp} ISR 확장: {isr}.',
  'insight.say.isr-expanded.many': 'ISR 확장 {n}건.',
  'insight.say.leader-elected': '{tp} 새 리더: 브로커 {leader}.',
  'insight.say.leader-elected.many': '파티션 {n}개의 새 리더 선출.',
  'insight.say.partition-offline': '{tp} 오프라인: 리더 없음.',
  'insight.say.partition-offline.many': '파티션 {n}개 오프라인.',
  'insight.say.segment-deleted': '브로커 {broker}: {tp} 세그먼트 {base} 삭제.',
  'insight.say.segment-deleted.many': '세그먼트 {n}개 삭제.',
  'insight.say.broker-stopped': '브로커 {brokers} 중지됨.',
  'insight.say.broker-stopped.many': '브로커 {brokers} 중지됨.',
  'insight.say.broker-started': '브로커 {brokers} 시작됨.',
  'insight.say.broker-started.many': '브로커 {brokers} 시작됨.',
  'insight.say.controller-changed': '새 컨트롤러: 브로커 {controller}.',
  'insight.say.controller-changed.none': '컨트롤러 없음.',
  'insight.say.acknowledged-records-lost.one': '확인 응답된 레코드 {n}개 유실.',
  'insight.say.acknowledged-records-lost.other': '확인 응답된 레코드 {n}개 유실.',
  'insight.say.more': '그 밖에 {n}건.',
} as const satisfies Record<string, string>;

export const insightEn: Record<keyof typeof insightKo, string> = {
  'insight.na': '–',

  'insight.cat.brokers': 'Brokers & controller',
  'insight.cat.elections': 'Elections & ISR',
  'insight.cat.log': 'Log & segments',
  'insight.cat.producers': 'Producers',
  'insight.cat.groups': 'Consumer groups',
  'insight.cat.network': 'Network',

  'insight.ev.broker-started': 'Broker {broker} started.',
  'insight.ev.broker-stopped.kill':
    'Broker {broker} was killed: the process died; its files and the OS page cache survive.',
  'insight.ev.broker-stopped.power-off':
    'Broker {broker} lost power: its page cache and any writes not yet fsynced are gone.',
  'insight.ev.broker-registered':
    'Broker {broker} registered: ephemeral znode /brokers/ids/{broker} created, owned by ZooKeeper session {session}.',
  'insight.ev.broker-expired':
    "Broker {broker}'s ZooKeeper session {session} expired: nothing heard for {silence}, beyond zookeeper.session.timeout.ms ({timeout}). Its ephemeral znode /brokers/ids/{broker} went with it.",
  'insight.ev.controller-changed':
    'Controller moved from broker {previous} to broker {controller} (controller epoch {epoch}): whoever creates /controller first becomes controller.',
  'insight.ev.controller-changed.first':
    'Broker {controller} became controller (controller epoch {epoch}): it created /controller first.',
  'insight.ev.controller-changed.none':
    "No controller: broker {previous}'s /controller znode is gone and nobody has created a new one yet.",
  'insight.ev.topic-created.one': 'Topic {topic} created: {n} partition, replication factor {rf}.',
  'insight.ev.topic-created.other': 'Topic {topic} created: {n} partitions, replication factor {rf}.',
  'insight.ev.topic-deleted': "Topic {topic} deleted: every replica's log is gone.",
  'insight.ev.partitions-added':
    'Topic {topic} grew from {from} to {to} partitions: keys now land on different partitions (hash % partitions).',
  'insight.ev.leader-elected':
    '{tp}: broker {leader} elected leader (leader epoch {epoch}, ISR {isr}). {why}',
  'insight.ev.partition-offline':
    '{tp} is offline: every broker of ISR {isr} is down, so it has no leader; nobody can produce to or fetch from it.',
  'insight.ev.isr-shrunk': 'ISR of {tp} shrank from {from} to {to}. {why}',
  'insight.ev.isr-expanded':
    "ISR of {tp} grew from {from} to {to}: broker {broker}'s replica caught up with the leader's high watermark (HW).",
  'insight.ev.records-appended.leader':
    'Broker {broker} (leader) appended offsets {base}–{last} to {tp} (leader epoch {epoch}).',
  'insight.ev.records-appended.follower':
    'Broker {broker} (follower) replicated offsets {base}–{last} of {tp} (leader epoch {epoch}).',
  'insight.ev.follower-fetched.one':
    'Broker {broker} fetched {n} record of {tp} from leader broker {leader}, starting at offset {offset}.',
  'insight.ev.follower-fetched.other':
    'Broker {broker} fetched {n} records of {tp} from leader broker {leader}, starting at offset {offset}.',
  'insight.ev.high-watermark-advanced':
    '{tp} high watermark {from} → {to} on broker {broker}: offsets below {to} are committed and readable by consumers.',
  'insight.ev.log-truncated': 'Broker {broker} truncated {tp} from LEO {from} to {to}. {why}',
  'insight.ev.segment-rolled': 'Broker {broker} rolled {tp} to a new active segment {file}. {why}',
  'insight.ev.segment-deleted': 'Broker {broker} deleted segment {file} ({size}) of {tp}. {why}',
  'insight.ev.segments-compacted':
    'Broker {broker} compacted {tp}: records {before} → {after} (the latest value of each key kept).',
  'insight.ev.log-start-offset-advanced':
    'Broker {broker}: log start offset of {tp} moved {from} → {to}; offsets below it can no longer be read.',
  'insight.ev.produce-acked.one': '{client}: {n} record acknowledged at {tp}, offset {offset} (acks={acks}).',
  'insight.ev.produce-acked.other':
    '{client}: {n} records acknowledged at {tp} from offset {offset} (acks={acks}).',
  'insight.ev.produce-acked.acks0.one':
    '{client}: {n} record sent to {tp} (acks=0: no answer is awaited, so the offset is unknown).',
  'insight.ev.produce-acked.acks0.other':
    '{client}: {n} records sent to {tp} (acks=0: no answer is awaited, so the offsets are unknown).',
  'insight.ev.produce-failed.retry.one':
    '{client}: {n} record to {tp} failed with {error}: {message} (will retry).',
  'insight.ev.produce-failed.retry.other':
    '{client}: {n} records to {tp} failed with {error}: {message} (will retry).',
  'insight.ev.produce-failed.final.one':
    '{client}: {n} record to {tp} failed with {error}: {message} (no retry).',
  'insight.ev.produce-failed.final.other':
    '{client}: {n} records to {tp} failed with {error}: {message} (no retry).',
  'insight.ev.group-rebalanced':
    'Group {group} rebalanced: generation {generation}, assignor {protocol}, members: {members}, group leader {leader}.',
  'insight.ev.group-state-changed': 'Group {group}: {from} → {to} ({reason}).',
  'insight.ev.member-joined': 'Member {member} joined group {group}.',
  'insight.ev.member-left.leave': 'Member {member} left group {group} (LeaveGroup).',
  'insight.ev.member-left.session-timeout':
    'Member {member} removed from group {group}: no heartbeat within session.timeout.ms.',
  'insight.ev.offset-committed': 'Group {group} committed offset {offset} for {tp}.',
  'insight.ev.offset-reset.OFFSET_OUT_OF_RANGE':
    '{client}: position {from} of {tp} is outside the log (OFFSET_OUT_OF_RANGE), so auto.offset.reset={policy} moves it to offset {to}.',
  'insight.ev.offset-reset.no-committed-offset':
    '{client}: no committed offset for {tp}, so auto.offset.reset={policy} starts it at offset {to}.',
  'insight.ev.message-lost.isolated':
    '{api} message from {from} to {to} lost: the node is isolated from the network.',
  'insight.ev.message-lost.dropped': '{api} message from {from} to {to} dropped by you.',
  'insight.ev.acknowledged-records-lost.one':
    '{n} acknowledged record lost: offsets {from}–{to} of {tp} are on no replica any more.',
  'insight.ev.acknowledged-records-lost.other':
    '{n} acknowledged records lost: offsets {from}–{to} of {tp} are on no replica any more.',

  'insight.why.election.new-partition': 'A new partition: the first live replica of the assignment.',
  'insight.why.election.clean':
    'The leader (broker {previous}) was lost: the first live ISR member in assignment order.',
  'insight.why.election.unclean':
    'No ISR member alive and unclean.leader.election.enable=true: the first live replica outside the ISR (an unclean election). Acknowledged records may be lost.',
  'insight.why.election.preferred':
    'Preferred leader election: the first replica of the assignment (the preferred leader) is alive and in the ISR, so it leads again.',
  'insight.why.election.offline-recovered':
    'The partition had no leader; an ISR broker came back, and the first live ISR member in assignment order leads.',

  'insight.why.isr.lagged':
    'Broker {broker} had not caught up with the leader for {lag} (replica.lag.time.max.ms = {max}).',
  'insight.why.isr.laggedUnknown': 'Broker {broker} did not catch up within replica.lag.time.max.ms ({max}).',
  'insight.why.isr.brokerFailure': 'The controller removed stopped broker {brokers} from the ISR.',

  'insight.why.truncate.diverging-epoch':
    "Records from where its leader-epoch history diverges from the leader's were removed (OffsetsForLeaderEpoch).",
  'insight.why.truncate.above-leader-end': "Records beyond the new leader's log end (LEO) were removed.",
  'insight.why.truncate.power-loss': 'Records not yet fsynced to disk were lost with the power.',

  'insight.why.roll.segmentBytes': 'The active segment reached segment.bytes.',
  'insight.why.roll.segmentMs': 'segment.ms passed since the first record of the active segment.',
  'insight.why.roll.indexFull': 'The .index file is full (segment.index.bytes).',
  'insight.why.roll.timeIndexFull': 'The .timeindex file is full (segment.index.bytes).',
  'insight.why.roll.offsetOverflow':
    'The offset no longer fits as a 32-bit offset relative to the base offset.',
  'insight.why.roll.retention':
    'Every segment was past retention, so a new one was rolled first to let the old active segment go too.',

  'insight.why.delete.retentionMs':
    "Retention time breached: the segment's largest timestamp ({largest}) is {age} old, more than retention.ms ({retention}).",
  'insight.why.delete.retentionBytes':
    "Retention size breached: the log ({logSize}) is over retention.bytes ({retention}) by at least this segment's size ({segmentSize}).",
  'insight.why.delete.logStartOffset':
    'Log start offset breached: the next segment starts at offset {next}, at or below the log start offset {lso}, so every record here lies before it.',
  'insight.why.delete.logTruncation': 'Log truncation to offset {offset} removed it.',
  'insight.why.delete.logRoll': 'An empty active segment, replaced at roll.',
  'insight.why.delete.compaction': 'Replaced by the compacted segment at base offset {replacedBy}.',

  'insight.timeline.title': 'Event timeline',
  'insight.timeline.filters': 'Filter by category',
  'insight.timeline.filter': '{category} {count}',
  'insight.timeline.list': 'Events, newest first',
  'insight.timeline.empty': 'No events yet.',
  'insight.timeline.emptyFiltered': 'No events in the chosen categories.',
  'insight.timeline.shown': 'Showing {shown} of {total}',
  'insight.timeline.rewind': 'Rewind to here',
  'insight.timeline.rewindLabel': 'Rewind to {time}',
  'insight.timeline.related': 'related to the selection',
  'insight.timeline.repeated': '{n} times since {since}',
  'insight.timeline.hint': 'Click an event to select what it is about; every view highlights it.',

  'insight.what.title': 'What just happened',
  'insight.what.empty': 'Nothing yet. Send a record or stop a broker.',
  'insight.what.tag.send': 'Request',
  'insight.what.tag.deletion': 'Deletion',
  'insight.what.tag.election': 'Election',
  'insight.what.tag.isr': 'ISR',
  'insight.what.tag.offline': 'Offline',
  'insight.what.tag.lost': 'Lost',
  'insight.what.send.pending': 'Record sent to {topic}: waiting for the answer (acks={acks})',
  'insight.what.send.acked': 'Acknowledged: stored at {tp}, offset {offset} (acks={acks})',
  'insight.what.send.acks0': 'Sent with acks=0: {tp}',
  'insight.what.send.failed': 'Failed: {error}',
  'insight.what.send.retrying.one': 'Retrying after {error} ({n} failure so far)',
  'insight.what.send.retrying.other': 'Retrying after {error} ({n} failures so far)',
  'insight.what.send.why.all':
    'acks=all: the leader answers once every ISR replica has the record and the HW has moved past it. ISR now = {isr}.',
  'insight.what.send.why.one':
    'acks=1: the leader answered as soon as its own log had it; lost if the leader dies before a follower copies it.',
  'insight.what.send.why.zero': 'acks=0: no answer is awaited, so neither the offset nor success is known.',
  'insight.what.send.why.NOT_ENOUGH_REPLICAS':
    'acks=all needs at least min.insync.replicas ({min}) replicas in the ISR; the ISR of {tp} is now {isr} ({count}).',
  'insight.what.send.why.NOT_ENOUGH_REPLICAS_AFTER_APPEND':
    'The leader wrote the record, but while it waited for replication the ISR fell below min.insync.replicas ({min}); the ISR of {tp} is now {isr} ({count}).',
  'insight.what.send.why.NOT_LEADER_OR_FOLLOWER':
    'The broker it reached no longer leads {tp}; the producer refreshes its metadata and retries on the new leader (now broker {leader}).',
  'insight.what.send.why.LEADER_NOT_AVAILABLE':
    '{tp} has no leader right now (an election is under way, or it is offline).',
  'insight.what.send.why.REQUEST_TIMED_OUT': 'No answer in time (request.timeout.ms, delivery.timeout.ms).',
  'insight.what.send.why.UNKNOWN_TOPIC_OR_PARTITION':
    'The broker does not know {tp}: the topic does not exist, or its metadata has not reached the broker yet.',
  'insight.what.deletion.one': 'Segment {file} of {tp} deleted on broker {brokers}',
  'insight.what.deletion.other': 'Segment {file} of {tp} deleted on brokers {brokers}',
  'insight.what.election': '{tp}: broker {leader} is leader (leader epoch {epoch})',
  'insight.what.isr': 'ISR of {tp}: {from} → {to}',
  'insight.what.electionMany': 'New leaders for {n} partitions',
  'insight.what.isrMany': 'ISR shrank on {n} partitions',
  'insight.what.electedItem': '{tp} → broker {leader}',
  'insight.what.isrItem': '{tp} {from} → {to}',
  'insight.what.andMore': '+{n} more',
  'insight.what.offline': '{tp} is offline: no leader',
  'insight.what.offlineWhy':
    'Every broker of ISR {isr} is down. With unclean.leader.election.enable=false it waits for an ISR broker to come back.',
  'insight.what.lost.one': '{n} acknowledged record lost',
  'insight.what.lost.other': '{n} acknowledged records lost',
  'insight.what.lostWhy':
    '{tp} offsets {from}–{to}: the producer was told they were stored, yet no replica has them now (unsafe settings such as acks=1 or an unclean election).',
  'insight.what.kafkaText': "Kafka's message",

  'insight.metrics.title': 'Broker metrics',
  'insight.metrics.caption':
    "Kafka's JMX metric names. For …PerSec meters, Now is the Count since the broker process started.",
  'insight.metrics.scope': 'Scope',
  'insight.metrics.scopeCluster': 'Whole cluster (sum of brokers)',
  'insight.metrics.scopeBroker': 'Broker {broker}',
  'insight.metrics.table': 'Metrics of {scope}: was, now, change',
  'insight.metrics.metric': 'Metric',
  'insight.metrics.was': 'Was',
  'insight.metrics.now': 'Now',
  'insight.metrics.delta': 'Δ',
  'insight.metrics.rate': 'Per second (last min)',
  'insight.metrics.rateValue': '{n}/s',
  'insight.metrics.mark': 'Mark',
  'insight.metrics.markHint':
    'Freezes the current values into the Was column; changes since then show under Δ.',
  'insight.metrics.clearMark': 'Clear mark',
  'insight.metrics.markedAt': 'Marked at {time}',
  'insight.metrics.noMark': 'No mark yet: press “Mark” to freeze this moment’s values into the Was column.',
  'insight.metrics.offsets': 'Partition offsets',
  'insight.metrics.offsetsTable': 'LogStartOffset and LogEndOffset per partition of topic {topic}',
  'insight.metrics.topic': 'Topic',
  'insight.metrics.partition': 'Partition',
  'insight.metrics.noTopics': 'No topics.',
  'insight.metrics.offline': 'no leader',

  'insight.inv.title': 'Safety checks',
  'insight.inv.lostOk': 'No acknowledged record lost',
  'insight.inv.lostBad.one': '{n} acknowledged record lost',
  'insight.inv.lostBad.other': '{n} acknowledged records lost',
  'insight.inv.orderOk': 'Per-key order kept',
  'insight.inv.orderBad.one': '{n} per-key order violation',
  'insight.inv.orderBad.other': '{n} per-key order violations',
  'insight.inv.holds': 'holds',
  'insight.inv.broken': 'broken',
  'insight.inv.range': '{tp} offsets {from}–{to}',

  'insight.zk.title': 'ZooKeeper metadata',
  'insight.zk.tree': 'znode tree',
  'insight.zk.hint': '↑↓ move · → expand · ← collapse · Enter select',
  'insight.zk.empty': 'No znodes yet.',
  'insight.zk.ephemeral': 'ephemeral, session {owner}',
  'insight.zk.children.one': '{n} child',
  'insight.zk.children.other': '{n} children',
  'insight.zk.changed': 'just changed',
  'insight.zk.related': 'node of the selection',
  'insight.zk.noData': '(no data)',
  'insight.zk.data': 'Data',
  'insight.zk.stat': 'Stat',
  'insight.zk.detail': 'znode {path}',
  'insight.zk.path.root': 'The root of the ZooKeeper tree.',
  'insight.zk.path.zookeeper': "ZooKeeper's own area (quotas, dynamic config).",
  'insight.zk.path.brokers': 'Where broker registrations and topic assignments live.',
  'insight.zk.path.brokerIds':
    'The live brokers. Each broker creates an ephemeral znode tied to its ZooKeeper session, gone when the session ends; the controller watches this list to notice broker failures.',
  'insight.zk.path.brokerId':
    "Broker {broker}'s registration (listener endpoints, port, rack): ephemeral, so it disappears when the broker dies.",
  'insight.zk.path.topics': 'One znode per topic: its replica assignment per partition.',
  'insight.zk.path.topic':
    'Topic {topic}: its topic ID and the replica assignment per partition; the first broker listed is the preferred leader.',
  'insight.zk.path.partitions': "The parent of topic {topic}'s per-partition state znodes.",
  'insight.zk.path.partition': "The parent of partition {tp}'s state znode.",
  'insight.zk.path.partitionState':
    'Partition {tp}: leader, leader_epoch, ISR and controller_epoch, rewritten by the controller at every election and ISR change.',
  'insight.zk.path.seqid': 'A sequence for generated broker ids (broker.id.generation.enable).',
  'insight.zk.path.controller':
    'The active controller: the broker that created this ephemeral znode first; when its session ends the znode goes and the brokers race again.',
  'insight.zk.path.controllerEpoch':
    'Incremented each time the controller changes; brokers refuse requests from an old controller with a lower epoch.',
  'insight.zk.path.config': 'Dynamic config overrides (topics, brokers, quotas).',
  'insight.zk.path.configTopics': 'Per-topic config overrides (retention.ms, min.insync.replicas, …).',
  'insight.zk.path.configTopic':
    "Topic {topic}'s config overrides: only settings that differ from the defaults.",
  'insight.zk.path.configBrokers': 'Dynamic broker configs; <default> applies to every broker.',
  'insight.zk.path.configBroker': 'Dynamic config of broker {name}.',
  'insight.zk.path.configChanges':
    'Config change notifications; brokers watch them and reload the changed config.',
  'insight.zk.path.configChange': 'One config change notification: which entity’s config changed.',
  'insight.zk.path.configQuota': 'Quota configs per client, user or IP.',
  'insight.zk.path.admin': 'Requests for administrative work.',
  'insight.zk.path.deleteTopics':
    'Topics asked to be deleted: a znode here makes the controller start deleting.',
  'insight.zk.path.deleteTopic':
    'Deletion request for topic {topic}; the controller removes it once every replica is gone.',
  'insight.zk.path.isrChange':
    'Old-style ISR change notifications (inter.broker.protocol.version below 2.7); AlterPartition requests replace them.',
  'insight.zk.path.logDirEvent': 'Log directory failure notifications, watched by the controller.',
  'insight.zk.path.producerIdBlock':
    'The block of producer ids handed out to brokers (idempotence, transactions).',
  'insight.zk.path.cluster': 'Cluster information.',
  'insight.zk.path.clusterId': 'The cluster id, written by the first broker to start.',
  'insight.zk.path.feature': 'Feature versions finalized for the whole cluster.',
  'insight.zk.path.consumers':
    'Where old ZooKeeper-based consumers kept state; consumer groups now use the __consumer_offsets topic.',
  'insight.zk.path.zkQuota': "ZooKeeper's quota settings.",
  'insight.zk.path.zkConfig': "The ZooKeeper ensemble's dynamic config.",

  'insight.say.isr-shrunk': 'ISR of {tp} shrank to {isr}.',
  'insight.say.isr-shrunk.many': 'ISR shrank on {n} partitions.',
  'insight.say.isr-expanded': 'ISR of {tp} grew to {isr}.',
  'insight.say.isr-expanded.many': 'ISR grew on {n} partitions.',
  'insight.say.leader-elected': '{tp}: broker {leader} is the new leader.',
  'insight.say.leader-elected.many': 'New leaders elected for {n} partitions.',
  'insight.say.partition-offline': '{tp} is offline: no leader.',
  'insight.say.partition-offline.many': '{n} partitions offline.',
  'insight.say.segment-deleted': 'Broker {broker} deleted segment {base} of {tp}.',
  'insight.say.segment-deleted.many': '{n} segments deleted.',
  'insight.say.broker-stopped': 'Broker {brokers} stopped.',
  'insight.say.broker-stopped.many': 'Brokers {brokers} stopped.',
  'insight.say.broker-started': 'Broker {brokers} started.',
  'insight.say.broker-started.many': 'Brokers {brokers} started.',
  'insight.say.controller-changed': 'Broker {controller} is the new controller.',
  'insight.say.controller-changed.none': 'No controller.',
  'insight.say.acknowledged-records-lost.one': '{n} acknowledged record lost.',
  'insight.say.acknowledged-records-lost.other': '{n} acknowledged records lost.',
  'insight.say.more': '{n} more.',
};
