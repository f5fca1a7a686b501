# Producing to a topic that does not exist creates it (auto.create.topics.enable=true, num.partitions=1,
# default.replication.factor=1); the producer logs LEADER_NOT_AVAILABLE until the new partition has a leader.
kafka-console-producer.sh --topic first-contact --bootstrap-server localhost:9092 <<EOF
hello
EOF
kafka-topics.sh --describe --topic first-contact --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic first-contact --from-beginning --property print.offset=true --property print.timestamp=true --bootstrap-server localhost:9092
