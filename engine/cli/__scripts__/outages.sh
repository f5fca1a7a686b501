# Every broker down: the tools time out waiting for a node; all back: the last ISR member leads again.
# ZooKeeper cut off: the brokers' sessions expire, yet produce and fetch go on (data does not pass
# through ZooKeeper); on reconnect they register again and a new controller takes over.
kafka-topics.sh --create --topic t --partitions 2 --replication-factor 3
kafka-console-producer.sh --topic t <<EOF
a
b
c
EOF
sim kill-broker 1
sim kill-broker 2
sim kill-broker 3
sim advance 30s
sim status
kafka-topics.sh --describe --topic t
sim start-broker 3
sim start-broker 1
sim start-broker 2
sim advance 30s
sim status
kafka-topics.sh --describe --topic t
kafka-console-consumer.sh --topic t --from-beginning
sim isolate zookeeper
sim advance 30s
sim status
kafka-console-producer.sh --topic t <<EOF
during-zk-outage
EOF
sim heal
sim advance 30s
sim status
kafka-topics.sh --describe --topic t
kafka-console-consumer.sh --topic t --from-beginning
