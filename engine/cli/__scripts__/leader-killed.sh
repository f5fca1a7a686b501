# A producer whose partition leader was just killed: its connections are refused (Kafka's WARN lines,
# with reconnect backoff up to 1 s) until ZooKeeper expires the session and a new leader takes over;
# the record is then delivered, not lost.
kafka-topics.sh --create --topic orders --partitions 1 --replication-factor 3
kafka-topics.sh --describe --topic orders
sim kill-broker 2
kafka-console-producer.sh --topic orders <<EOF
written while the leader is dead
EOF
kafka-topics.sh --describe --topic orders
kafka-console-consumer.sh --topic orders --from-beginning --property print.offset=true
