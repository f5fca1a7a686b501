/**
 * The brokers' side of ZooKeeper (Kafka's `KafkaZkClient` use in `KafkaServer` and `KafkaController`)
 * and the server's session tracking: sessions created at start, `/brokers/ids/<id>` registration,
 * controller election by the ephemeral `/controller` znode, the controller's watches, and session expiry.
 *
 * ZooKeeper operations are synchronous while a broker's link to ZooKeeper is up; watch notifications
 * travel the network as messages. Sessions are kept alive by pings every third of the session timeout;
 * rather than simulate each ping, a session's expiry is scheduled the moment its broker stops pinging
 * (killed, powered off, cut off): its last ping plus the session timeout, exactly when ZooKeeper would
 * expire it. A broker that reconnects after its session expired learns so, resigns if it was controller,
 * and registers again with a new session.
 */
import type { Timer } from '../sim/scheduler';
import type { Broker } from './broker';
import type { Cluster } from './cluster';
import { Controller } from './controller';
import { MetadataStoreUnavailable } from './controller-store';
import { brokerNodeId, ZOOKEEPER_NODE } from './node-ids';
import { ZkControllerStore } from './zk-controller-store';
import {
  BROKER_IDS_PATH,
  brokerIdsPath,
  brokerRegistrationJson,
  CLUSTER_ID_PATH,
  CONTROLLER_EPOCH_PATH,
  CONTROLLER_PATH,
  clusterIdJson,
  controllerEpochData,
  controllerJson,
  DELETE_TOPICS_PATH,
  decodeController,
  decodeControllerEpoch,
  KAFKA_PERSISTENT_PATHS,
  KeeperException,
  type SessionId,
  TOPICS_PATH,
  topicPath,
} from './zookeeper';

export { ZOOKEEPER_NODE } from './node-ids';

interface ZkSession {
  readonly sessionId: SessionId;
  readonly brokerId: number;
  /** The broker incarnation (its start time) that owns the session. */
  readonly incarnation: number;
  readonly createdMs: number;
  readonly timeoutMs: number;
  expiryTimer: Timer | null;
  expired: boolean;
}

export class ZooKeeperLink {
  private readonly sessions = new Map<number, ZkSession>();

  constructor(private readonly cluster: Cluster) {}

  zkReachable(broker: Broker): boolean {
    return (
      this.cluster.zookeeperUp &&
      broker.isUp() &&
      this.cluster.network.reachable(broker.nodeId, ZOOKEEPER_NODE)
    );
  }

  connectToZooKeeper(broker: Broker): void {
    if (!this.zkReachable(broker)) return;
    const nowMs = this.cluster.scheduler.nowMs;
    const config = broker.config;
    const sessionId = this.cluster.zk.createSession(nowMs, config.zookeeperSessionTimeoutMs, broker.nodeId);
    const info = this.cluster.zk.sessionInfo(sessionId);
    this.sessions.set(broker.id, {
      sessionId,
      brokerId: broker.id,
      incarnation: broker.startedMs,
      createdMs: nowMs,
      timeoutMs: info?.timeoutMs ?? config.zookeeperSessionTimeoutMs,
      expiryTimer: null,
      expired: false,
    });
    broker.zkSessionId = sessionId;
    for (const path of KAFKA_PERSISTENT_PATHS) this.cluster.zk.makeSurePersistentPathExists(path, nowMs);
    if (!this.cluster.zk.exists(CLUSTER_ID_PATH))
      this.cluster.zk.createRecursive(CLUSTER_ID_PATH, clusterIdJson(this.cluster.clusterId), nowMs);
    this.registerBroker(broker);
  }

  /** Creates `/brokers/ids/<id>`; while an older session of this broker still holds it, retries. */
  private registerBroker(broker: Broker): void {
    const session = this.sessions.get(broker.id);
    if (!session || !this.zkReachable(broker) || broker.startedMs !== session.incarnation) return;
    const nowMs = this.cluster.scheduler.nowMs;
    try {
      this.cluster.zk.create(
        brokerIdsPath(broker.id),
        brokerRegistrationJson({ host: broker.nodeId, port: 9092, timestampMs: nowMs }),
        'ephemeral',
        session.sessionId,
        nowMs,
      );
    } catch (e) {
      if (!(e instanceof KeeperException) || e.code !== 'NodeExists') throw e;
      broker.after(1000, 'register broker retry', () => this.registerBroker(broker));
      return;
    }
    this.cluster.emit({ type: 'broker-registered', broker: broker.id, sessionId: session.sessionId });
    this.cluster.requests.claimProducerIdBlock(broker, true);
    this.tryElectController(broker);
    this.flushZkEvents();
  }

  /** Kafka's `elect`: create the ephemeral `/controller` and bump `/controller_epoch` in one multi. */
  tryElectController(broker: Broker): void {
    if (!this.zkReachable(broker)) return;
    const nowMs = this.cluster.scheduler.nowMs;
    const session = this.sessions.get(broker.id);
    if (!session || session.expired) return;
    if (this.cluster.zk.exists(CONTROLLER_PATH, broker.nodeId)) return;
    if (!this.cluster.zk.exists(CONTROLLER_EPOCH_PATH))
      this.cluster.zk.create(CONTROLLER_EPOCH_PATH, controllerEpochData(0), 'persistent', null, nowMs);
    const { data, stat } = this.cluster.zk.getData(CONTROLLER_EPOCH_PATH);
    const epoch = decodeControllerEpoch(data) + 1;
    try {
      this.cluster.zk.multi(
        [
          {
            type: 'create',
            path: CONTROLLER_PATH,
            data: controllerJson({ brokerId: broker.id, timestampMs: nowMs }),
            mode: 'ephemeral',
            sessionId: session.sessionId,
          },
          {
            type: 'setData',
            path: CONTROLLER_EPOCH_PATH,
            data: controllerEpochData(epoch),
            version: stat.version,
          },
        ],
        nowMs,
      );
    } catch (e) {
      if (!(e instanceof KeeperException)) throw e;
      this.cluster.zk.exists(CONTROLLER_PATH, broker.nodeId);
      return;
    }
    const previous = this.cluster.lastControllerId;
    this.cluster.lastControllerId = broker.id;
    for (const [id, old] of this.cluster.controllers) {
      old.resign();
      this.cluster.controllers.delete(id);
    }
    const controller = new Controller(
      epoch,
      new ZkControllerStore(
        this.cluster.zk,
        () => this.zkReachable(broker),
        () => this.cluster.scheduler.nowMs,
      ),
      {
        brokerId: broker.id,
        nowMs: () => this.cluster.scheduler.nowMs,
        after: (d, l, a) => broker.after(d, l, a),
        cancel: (t) => this.cluster.scheduler.cancel(t),
        emit: this.cluster.emit,
        send: (to, body) => broker.sendRequest(to, body, 30_000, () => {}),
        request: (to, body, done) =>
          broker.sendRequest(
            to,
            body,
            30_000,
            () => done(true),
            () => done(false),
          ),
        storeChanged: () => this.flushZkEvents(),
        endpoint: (id) => ({ id, host: brokerNodeId(id), port: 9092 }),
        uncleanLeaderElectionEnable: (topic) => this.cluster.uncleanLeaderElectionEnable(topic),
        autoLeaderRebalance: () => ({
          enable: broker.config.autoLeaderRebalanceEnable,
          intervalMs: broker.config.leaderImbalanceCheckIntervalSeconds * 1000,
          percentage: broker.config.leaderImbalancePerBrokerPercentage,
        }),
        topicIdOf: (topic) => this.cluster.admin.topicId(topic),
      },
    );
    this.cluster.controllers.set(broker.id, controller);
    this.cluster.emit({
      type: 'controller-changed',
      controllerId: broker.id,
      controllerEpoch: epoch,
      previous,
    });
    this.armControllerWatches(broker);
    this.withController(broker, (c) => c.failover());
  }

  private armControllerWatches(broker: Broker): void {
    if (!this.zkReachable(broker)) return;
    const w = broker.nodeId;
    this.cluster.zk.getChildren(BROKER_IDS_PATH, w);
    this.cluster.zk.getChildren(TOPICS_PATH, w);
    this.cluster.zk.getChildren(DELETE_TOPICS_PATH, w);
    for (const topic of this.cluster.zk.getChildren(TOPICS_PATH))
      this.cluster.zk.getData(topicPath(topic), w);
  }

  /** Runs a controller action; a controller cut off from ZooKeeper simply cannot act. */
  private withController(broker: Broker, action: (controller: Controller) => void): void {
    const controller = this.cluster.controllers.get(broker.id);
    if (!controller) return;
    try {
      action(controller);
    } catch (e) {
      if (!(e instanceof MetadataStoreUnavailable)) throw e;
    }
    this.flushZkEvents();
  }

  /** A watch notification reached a broker. */
  zkWatchFired(broker: Broker, path: string, type: string): void {
    if (!broker.isUp()) return;
    if (path === CONTROLLER_PATH) {
      if (type === 'NodeDeleted') this.tryElectController(broker);
      else if (this.zkReachable(broker)) {
        const current = this.cluster.zk.exists(CONTROLLER_PATH, broker.nodeId)
          ? decodeController(this.cluster.zk.getData(CONTROLLER_PATH).data).brokerId
          : -1;
        if (current !== broker.id) this.resignController(broker.id);
      }
      this.flushZkEvents();
      return;
    }
    if (!this.cluster.controllers.has(broker.id)) return;
    this.withController(broker, (controller) => {
      if (path === BROKER_IDS_PATH) controller.brokersChanged();
      else if (path === DELETE_TOPICS_PATH) controller.topicDeletionsChanged();
      else if (path === TOPICS_PATH || path.startsWith(`${TOPICS_PATH}/`)) controller.topicsChanged();
    });
    this.armControllerWatches(broker);
    this.flushZkEvents();
  }

  /** Delivers ZooKeeper's queued watch notifications as network messages. */
  flushZkEvents(): void {
    for (const event of this.cluster.zk.takeWatchEvents()) {
      this.cluster.network.send(ZOOKEEPER_NODE, event.watcher, {
        kind: 'zk',
        body: { api: 'ZkWatch', type: event.type, path: event.path },
      });
    }
  }

  resignController(brokerId: number): void {
    const controller = this.cluster.controllers.get(brokerId);
    if (!controller) return;
    controller.resign();
    this.cluster.controllers.delete(brokerId);
  }

  /**
   * Re-evaluates every ZooKeeper session after a fault or a start/stop: a session whose broker stopped
   * pinging expires one timeout after its last ping; a broker that reconnects after its session expired
   * learns so, resigns if it was controller, and registers again with a new session.
   */
  updateZkConnectivity(): void {
    for (const broker of this.cluster.brokers.values()) {
      const session = this.sessions.get(broker.id);
      const pinging =
        session !== undefined &&
        !session.expired &&
        broker.isUp() &&
        broker.startedMs === session.incarnation &&
        this.zkReachable(broker);
      if (session && !session.expired) {
        if (pinging) {
          this.cluster.scheduler.cancel(session.expiryTimer);
          session.expiryTimer = null;
        } else if (!session.expiryTimer) {
          const pingEvery = Math.floor(session.timeoutMs / 3);
          const lastPing =
            session.createdMs +
            Math.floor((this.cluster.scheduler.nowMs - session.createdMs) / pingEvery) * pingEvery;
          session.expiryTimer = this.cluster.scheduler.schedule(
            lastPing + session.timeoutMs,
            `zk session expiry broker-${broker.id}`,
            () => this.expireSession(session, lastPing),
          );
        }
      }
      if (broker.isUp() && this.zkReachable(broker)) {
        const current = this.sessions.get(broker.id);
        const needsSession = !current || current.expired || current.incarnation !== broker.startedMs;
        if (needsSession) {
          if (current?.expired) this.resignController(broker.id);
          this.connectToZooKeeper(broker);
        } else this.cluster.zk.exists(CONTROLLER_PATH, broker.nodeId) || this.tryElectController(broker);
      }
    }
    this.flushZkEvents();
  }

  private expireSession(session: ZkSession, lastPingMs: number): void {
    session.expiryTimer = null;
    session.expired = true;
    const ended = this.cluster.zk.expireSession(session.sessionId, this.cluster.scheduler.nowMs);
    if (ended) {
      this.cluster.emit({
        type: 'broker-expired',
        broker: session.brokerId,
        sessionId: session.sessionId,
        lastHeardMs: lastPingMs,
        sessionTimeoutMs: session.timeoutMs,
      });
    }
    this.flushZkEvents();
  }
}
