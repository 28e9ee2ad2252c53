package io.eswizard.standin;

import com.hazelcast.config.Config;
import com.hazelcast.config.MulticastConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.TcpIpConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real Hazelcast member configured from axis2.xml as Carbon 4.4.7's HazelcastClusteringAgent
 * (axis2 mode) and its WKA / multicast membership schemes configure it.
 */
final class ClusterMember {

    static final String AGENT = "org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent";

    private ClusterMember() {
    }

    /** Starts the member (null when clustering is off); a member Hazelcast cannot start is a StartFailure. */
    static HazelcastInstance start(Path home, Axis2Clustering axis2, CarbonLog log) throws StartFailure {
        if (!axis2.enabled()) {
            log.info(AGENT, "Clustering has been disabled");
            return null;
        }
        Config config = config(home, axis2, log);
        long started = System.currentTimeMillis();
        try {
            HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
            log.info(AGENT, "Hazelcast initialized in " + (System.currentTimeMillis() - started) + "ms");
            log.info(AGENT, "Local member: [" + member.getCluster().getLocalMember().getUuid() + "] - Host:"
                    + axis2.localMemberHost() + ", Port: " + member.getCluster().getLocalMember().getSocketAddress()
                    .getPort() + ", HTTP:-1, HTTPS:-1, Clustering Domain: " + axis2.domain() + ", Sub-domain:__$default, Active:true");
            log.info(AGENT, "Cluster initialization completed");
            return member;
        } catch (RuntimeException e) {
            throw new StartFailure("Hazelcast cannot start the cluster member " + axis2.localMemberHost() + ":"
                    + axis2.localMemberPort() + " (axis2.xml clustering localMemberHost/localMemberPort): "
                    + e.getMessage());
        }
    }

    static Config config(Path home, Axis2Clustering axis2, CarbonLog log) throws StartFailure {
        String domain = axis2.domain();
        log.info(AGENT, "Cluster domain: " + domain);
        Config config = new Config();
        config.setProperties(properties(home));
        config.setInstanceName(domain + ".instance");
        config.getGroupConfig().setName(domain);
        String password = axis2.parameters().get("groupPassword");
        if (password != null) {
            config.getGroupConfig().setPassword(password);
        }
        NetworkConfig network = config.getNetworkConfig();
        String host = axis2.localMemberHost();
        if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
            log.warn(AGENT, "localMemberHost is configured to use the loopback address. "
                    + "Hazelcast Clustering needs ip addresses for localMemberHost and well-known members.");
        }
        if (!host.isEmpty()) {
            network.setPublicAddress(host);
            // Bound to that address only, so that nodes sharing a machine may share a port.
            System.setProperty("hazelcast.local.localAddress", host);
            config.setProperty("hazelcast.local.localAddress", host);
            config.setProperty("hazelcast.socket.bind.any", "false");
        }
        network.setPort(axis2.localMemberPort());
        String scheme = axis2.scheme();
        log.info(AGENT, "Using " + scheme + " based membership management scheme");
        MulticastConfig multicast = network.getJoin().getMulticastConfig();
        TcpIpConfig tcpIp = network.getJoin().getTcpIpConfig();
        if ("wka".equals(scheme)) {
            multicast.setEnabled(false);
            tcpIp.setEnabled(true);
            Integer timeout = number(axis2, "connTimeout");
            if (timeout != null) {
                tcpIp.setConnectionTimeoutSeconds(timeout);
            }
            for (String member : axis2.members()) {
                if (!tcpIp.getMembers().contains(member)) {
                    tcpIp.addMember(member);
                    String[] hostPort = member.split(":");
                    log.info("org.wso2.carbon.core.clustering.hazelcast.util.MemberUtils", "Added member: Host:"
                            + hostPort[0] + ", Remote Host:null, Port: " + hostPort[1]
                            + ", HTTP:-1, HTTPS:-1, Domain: null, Sub-domain:null, Active:true");
                }
            }
        } else if ("multicast".equals(scheme)) {
            multicast.setEnabled(true);
            tcpIp.setEnabled(false);
            String group = axis2.parameters().get("mcastAddress");
            if (group != null) {
                multicast.setMulticastGroup(group.trim());
            }
            Integer port = number(axis2, "mcastPort");
            if (port != null) {
                multicast.setMulticastPort(port);
            }
            Integer timeout = number(axis2, "mcastTimeout");
            if (timeout != null) {
                multicast.setMulticastTimeoutSeconds(timeout);
            }
            Integer ttl = number(axis2, "mcastTTL");
            if (ttl != null) {
                multicast.setMulticastTimeToLive(ttl);
            }
        } else {
            throw new StartFailure("axis2.xml clustering parameter membershipScheme: invalid membership scheme '"
                    + scheme + "'. Supported schemes are multicast, wka & aws");
        }
        return config;
    }

    /** Carbon's own Hazelcast properties, then repository/conf/hazelcast.properties over them. */
    static Properties properties(Path home) throws StartFailure {
        Properties p = new Properties();
        p.setProperty("hazelcast.max.no.heartbeat.seconds", "600");
        p.setProperty("hazelcast.max.no.master.confirmation.seconds", "900");
        p.setProperty("hazelcast.merge.first.run.delay.seconds", "60");
        p.setProperty("hazelcast.merge.next.run.delay.seconds", "30");
        p.setProperty("hazelcast.logging.type", "jdk");
        // Tests send traffic only to loopback: no call home.
        p.setProperty("hazelcast.phone.home.enabled", "false");
        Path file = home.resolve("repository/conf/hazelcast.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new StartFailure("cannot read " + file + ": " + e.getMessage());
            }
        }
        return p;
    }

    private static Integer number(Axis2Clustering axis2, String name) throws StartFailure {
        String value = axis2.parameters().get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StartFailure("axis2.xml clustering parameter " + name + " is not a number: '" + value + "'");
        }
    }
}
