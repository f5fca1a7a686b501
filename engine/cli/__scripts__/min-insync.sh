# acks=all needs min.insync.replicas replicas in the ISR: with one of two brokers gone, writes are
# refused with NotEnoughReplicas, while acks=1 still succeeds.
sim brokers 2
kafka-topics.sh --create --topic payments --partitions 1 --replication-factor 2 --config min.insync.replicas=2 --bootstrap-server localhost:9092
sim kill-broker 2
sim advance 30s
kafka-topics.sh --describe --topic payments --bootstrap-server localhost:9092
kafka-console-producer.sh --topic payments --bootstrap-server localhost:9092 <<EOF
card-1234
EOF
kafka-console-producer.sh --topic payments --request-required-acks 1 --bootstrap-server localhost:9092 <<EOF
card-5678
EOF
kafka-get-offsets.sh --topic payments --bootstrap-server localhost:9092
