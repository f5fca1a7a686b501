# A group reads part of a topic, commits, and picks up where it left off; --partition reads outside any group.
kafka-topics.sh --create --topic events --partitions 3 --replication-factor 2 --bootstrap-server localhost:9092
kafka-console-producer.sh --topic events --property parse.key=true --property key.separator=, --bootstrap-server localhost:9092 <<EOF
a,1
b,2
c,3
d,4
e,5
f,6
g,7
EOF
kafka-get-offsets.sh --topic events --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic events --group readers --from-beginning --max-messages 4 --property print.partition=true --property print.key=true --bootstrap-server localhost:9092
kafka-consumer-groups.sh --describe --group readers --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic events --group readers --property print.partition=true --property print.key=true --bootstrap-server localhost:9092
kafka-consumer-groups.sh --describe --group readers --bootstrap-server localhost:9092
kafka-consumer-groups.sh --list --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic events --partition 0 --offset 1 --property print.offset=true --bootstrap-server localhost:9092
