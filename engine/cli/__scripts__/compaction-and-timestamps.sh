# A compacted topic keeps the latest value per key (and tombstones for delete.retention.ms);
# LogAppendTime replaces the producer's timestamp; acks=0 sends without waiting for an answer.
kafka-topics.sh --create --topic compacted --partitions 1 --replication-factor 1 --config cleanup.policy=compact --config segment.bytes=100 --config min.cleanable.dirty.ratio=0.01 --config segment.ms=100
kafka-console-producer.sh --topic compacted --property parse.key=true --property key.separator=: --property null.marker=NULL --sync <<EOF
k1:v1
k2:v2
k1:v3
k2:NULL
k3:v4
EOF
sim advance 1h
kafka-console-producer.sh --topic compacted --property parse.key=true --property key.separator=: --sync <<EOF
k4:v5
EOF
sim advance 1h
kafka-console-consumer.sh --topic compacted --from-beginning --property print.key=true --property print.offset=true
kafka-topics.sh --create --topic appendtime --partitions 1 --replication-factor 1 --config message.timestamp.type=LogAppendTime
kafka-console-producer.sh --topic appendtime --producer-property acks=0 <<EOF
x
EOF
sim advance 1s
kafka-console-consumer.sh --topic appendtime --from-beginning --property print.timestamp=true
kafka-topics.sh --delete --topic appendtime
kafka-topics.sh --list
