# A leader dies: ZooKeeper expires its session, the controller elects the next ISR replica and
# shrinks the ISR; the broker comes back, catches up and rejoins.
sim brokers 3
sim seed 7
kafka-topics.sh --create --topic orders --partitions 3 --replication-factor 3 --bootstrap-server localhost:9092
kafka-console-producer.sh --topic orders --property parse.key=true --property key.separator=: --bootstrap-server localhost:9092 <<EOF
hello:created
key3:created
hello:paid
key1:created
EOF
kafka-topics.sh --describe --topic orders --bootstrap-server localhost:9092
sim status
sim kill-broker 2
sim advance 10s
kafka-topics.sh --describe --topic orders --bootstrap-server localhost:9092
sim advance 10s
sim status
kafka-topics.sh --describe --topic orders --bootstrap-server localhost:9092
kafka-topics.sh --describe --under-replicated-partitions --bootstrap-server localhost:9092
sim start-broker 2
sim advance 30s
kafka-topics.sh --describe --topic orders --bootstrap-server localhost:9092
kafka-console-consumer.sh --topic orders --from-beginning --property print.key=true --property print.partition=true --property print.offset=true --bootstrap-server localhost:9092
