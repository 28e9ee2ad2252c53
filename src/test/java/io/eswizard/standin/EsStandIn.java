package io.eswizard.standin;

import com.hazelcast.core.HazelcastInstance;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Stand-in for a WSO2 ES 2.1.0 node (tests only: the product cannot be had here), run by the pack's
 * bin/wso2server.sh as {@code java ... EsStandIn ES_HOME}. At start, as Carbon 4.4.7 does, it
 * opens every RDBMS datasource with the driver of repository/components/lib, resolves the registry
 * mounts and the user store and reads through them, joins the cluster as a real Hazelcast 3.5.4
 * member, then serves the publisher and store over HTTPS. A failure stops it with the reason in
 * repository/logs/wso2carbon.log and on stderr (exit status 1). It writes HOME/standin.ready once up.
 */
public final class EsStandIn {

    static final String ACTIVATOR = "org.wso2.carbon.core.internal.CarbonCoreActivator";
    static final String SERVER_MANAGEMENT = "org.wso2.carbon.core.ServerManagement";

    private EsStandIn() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]).toAbsolutePath();
        CarbonLog log = new CarbonLog(home);
        log.takeJavaLogging();
        try {
            Node node = start(home, log);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> node.stop(log)));
            Files.writeString(home.resolve("standin.ready"), Long.toString(ProcessHandle.current().pid()));
        } catch (StartFailure e) {
            log.error("org.wso2.carbon.core.init.CarbonServerManager", "WSO2 Carbon cannot start: " + e.getMessage());
            System.err.println("WSO2 Carbon cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A started node: its cluster member (null without clustering) and its HTTPS server. */
    record Node(HazelcastInstance member, HttpsServer https) {
        void stop(CarbonLog log) {
            log.info("org.wso2.carbon.core.init.CarbonServerManager", "Shutdown hook triggered....");
            https.stop(0);
            if (member != null) {
                member.getLifecycleService().shutdown();
            }
            log.info(SERVER_MANAGEMENT, "Shutdown complete");
            log.info(SERVER_MANAGEMENT, "Halting JVM");
        }
    }

    static Node start(Path home, CarbonLog log) throws StartFailure, IOException {
        log.info(ACTIVATOR, "Starting WSO2 Carbon...");
        log.info(ACTIVATOR, "Java Home        : " + System.getenv().getOrDefault("JAVA_HOME", "unset"));
        DataSetup.check(home, log);
        Axis2Clustering axis2 = Axis2Clustering.read(home);
        HazelcastInstance member = ClusterMember.start(home, axis2, log);
        try {
            Element carbon = Xml.read(home.resolve("repository/conf/carbon.xml"));
            String offset = Xml.text(Xml.child(carbon, "Ports"), "Offset");
            int port = 9443 + (offset.isEmpty() ? 0 : Integer.parseInt(offset));
            String hostName = Xml.text(carbon, "HostName").isEmpty() ? "localhost" : Xml.text(carbon, "HostName");
            String address = axis2.localMemberHost().isEmpty() ? "127.0.0.1" : axis2.localMemberHost();
            Map<String, SsoLogin> apps = new LinkedHashMap<>();
            for (String app : List.of("publisher", "store")) {
                apps.put(app, SsoLogin.read(home, app));
            }
            Path security = home.resolve("repository/resources/security");
            HttpsServer https = new WebApps(home, address, port, "https://" + hostName + ":" + port, apps)
                    .start(PemTls.context(security.resolve("standin.crt"), security.resolve("standin.key")));
            log.info("org.wso2.carbon.ui.internal.CarbonUIServiceComponent",
                    "Mgt Console URL  : https://" + address + ":" + port + "/carbon/");
            log.info("org.wso2.carbon.core.internal.StartupFinalizerServiceComponent", "WSO2 Carbon started");
            return new Node(member, https);
        } catch (StartFailure | IOException | RuntimeException e) {
            if (member != null) {
                member.getLifecycleService().terminate();
            }
            if (e instanceof NumberFormatException) {
                throw new StartFailure("carbon.xml Ports/Offset is not a number: " + e.getMessage());
            }
            if (e instanceof IOException) {
                throw new StartFailure("cannot serve HTTPS: " + e.getMessage());
            }
            throw e;
        }
    }
}
