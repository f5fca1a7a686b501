# unclean.leader.election.enable=true trades acknowledged records for availability.
sim seed 21
kafka-topics.sh --create --topic ledger --partitions 1 --replication-factor 2 --config unclean.leader.election.enable=true --bootstrap-server localhost:9092
kafka-console-producer.sh --topic ledger --bootstrap-server localhost:9092 <<EOF
entry-1
entry-2
EOF
kafka-topics.sh --describe --topic ledger --bootstrap-server localhost:9092
# The follower is cut off (ZooKeeper included) and leaves the ISR; the leader acknowledges alone.
sim isolate 2
sim advance 40s
kafka-topics.sh --describe --topic ledger --bootstrap-server localhost:9092
kafka-console-producer.sh --topic ledger --bootstrap-server localhost:9092 <<EOF
entry-3
entry-4
EOF
kafka-get-offsets.sh --topic ledger --bootstrap-server localhost:9092
# The leader dies; the stale follower returns and is elected although it is not in the ISR.
sim kill-broker 1
sim heal
sim advance 1m
kafka-topics.sh --describe --topic ledger --bootstrap-server localhost:9092
kafka-get-offsets.sh --topic ledger --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic ledger --from-beginning --bootstrap-server localhost:9092
