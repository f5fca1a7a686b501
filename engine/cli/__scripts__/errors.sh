# Bad input gets Kafka's own error text and changes nothing; the script goes on.
kafka-topics.sh --create --topic demo --partitions 3 --replication-factor 2 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic demo --partitions 3 --replication-factor 2 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic too-many --partitions 1 --replication-factor 4 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic bad/name --partitions 1 --replication-factor 1 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic my.topic --partitions 1 --replication-factor 1 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic my_topic --partitions 1 --replication-factor 1 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic tiny --partitions 1 --replication-factor 1 --config segment.bytes=10 --bootstrap-server localhost:9092
kafka-topics.sh --create --topic zero --partitions 0 --replication-factor 1 --bootstrap-server localhost:9092
kafka-topics.sh --alter --topic demo --partitions 2 --bootstrap-server localhost:9092
kafka-topics.sh --alter --topic demo --partitions 3 --bootstrap-server localhost:9092
kafka-topics.sh --alter --topic demo --partitions 6 --bootstrap-server localhost:9092
kafka-topics.sh --describe --topic demo --bootstrap-server localhost:9092
kafka-topics.sh --describe --topic nope --bootstrap-server localhost:9092
kafka-topics.sh --delete --topic nope --bootstrap-server localhost:9092
kafka-topics.sh --delete --topic demo --bootstrap-server localhost:9092
kafka-topics.sh --list --bootstrap-server localhost:9092
kafka-console-producer.sh --topic keyed --property parse.key=true --bootstrap-server localhost:9092 <<EOF
no separator here
EOF
kafka-consumer-groups.sh --describe --group ghost --bootstrap-server localhost:9092
sim seed 5
sim advance soon
sim kill-broker 9
