# A slow follower falls out of the ISR after replica.lag.time.max.ms (it stays registered in ZooKeeper);
# a power cut loses what the OS had not written back, and replication brings it back.
kafka-topics.sh --create --topic payments --partitions 1 --replication-factor 3 --bootstrap-server localhost:9092
sim config topic payments min.insync.replicas=2
kafka-topics.sh --describe --topic payments --bootstrap-server localhost:9092
sim slow 3 2m
kafka-console-producer.sh --topic payments --request-required-acks 1 --bootstrap-server localhost:9092 <<EOF
p-1
p-2
EOF
sim advance 50s
sim status
kafka-topics.sh --describe --topic payments --bootstrap-server localhost:9092
sim slow 3 0ms
sim advance 2m
kafka-topics.sh --describe --topic payments --bootstrap-server localhost:9092
sim power-off 1
sim advance 30s
sim status
sim start-broker 1
sim advance 30s
kafka-topics.sh --describe --topic payments --bootstrap-server localhost:9092
kafka-get-offsets.sh --topic payments --bootstrap-server localhost:9092
sim config broker 1 log.retention.hours=1
sim config broker 9 log.retention.hours=1
sim config topic nope retention.ms=1000
