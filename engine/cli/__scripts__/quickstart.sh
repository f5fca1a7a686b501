# Kafka's quickstart on a simulated 3-broker cluster (seed 1).
kafka-topics.sh --create --topic quickstart-events --bootstrap-server localhost:9092
kafka-topics.sh --describe --topic quickstart-events --bootstrap-server localhost:9092
kafka-console-producer.sh --topic quickstart-events --bootstrap-server localhost:9092 <<EOF
This is my first event
This is my second event
EOF
kafka-console-consumer.sh --topic quickstart-events --from-beginning --bootstrap-server localhost:9092
kafka-topics.sh --list --bootstrap-server localhost:9092
kafka-get-offsets.sh --topic quickstart-events --bootstrap-server localhost:9092
