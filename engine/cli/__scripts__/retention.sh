# Tiny segments and one minute of retention: a week later every old segment is gone and the log start
# offset has moved; a group whose committed offset was deleted resets (OFFSET_OUT_OF_RANGE).
sim brokers 1
kafka-topics.sh --create --topic clicks --partitions 1 --replication-factor 1 --config segment.bytes=200 --config retention.ms=60000 --bootstrap-server localhost:9092
kafka-console-producer.sh --topic clicks --sync --bootstrap-server localhost:9092 <<EOF
click-1
click-2
click-3
click-4
click-5
EOF
kafka-console-consumer.sh --topic clicks --group analytics --from-beginning --max-messages 2 --bootstrap-server localhost:9092
kafka-consumer-groups.sh --describe --group analytics --bootstrap-server localhost:9092
kafka-get-offsets.sh --topic clicks --time -2 --bootstrap-server localhost:9092
sim advance 7d
kafka-get-offsets.sh --topic clicks --time -2 --bootstrap-server localhost:9092
kafka-get-offsets.sh --topic clicks --time -1 --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic clicks --group analytics --bootstrap-server localhost:9092
kafka-consumer-groups.sh --describe --group analytics --bootstrap-server localhost:9092
