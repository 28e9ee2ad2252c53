package io.eswizard.ansible;

import io.eswizard.generate.InventoryGenerator;

/**
 * The checks of preflight.yml, by the id in their task names: what the report calls each one and
 * what to do when it fails, in plain words and naming the wizard field that fixes it.
 */
public enum PreflightCheckKind {

    REACHABLE("reachable", "reachable", "SSH and Python answer"),
    BECOME("become", "root via become", "tasks run as root"),
    PYTHON("python", "python", ""),
    CLOCK("clock", "clock", ""),
    ES_HOME("es_home", "ES_HOME", ""),
    UNZIP("unzip", "unzip", ""),
    JAVA("java", "java", ""),
    PORTS_FREE("ports_free", "ports free", ""),
    NAMES("names", "public host names", ""),
    IS_HOME("is_home", "IS_HOME", ""),
    DB_PORT("db_port", "database port", ""),
    MEMBER_PORTS("member_ports", "member ports", ""),
    OTHER("", "check", "");

    private final String id;
    private final String title;
    private final String okDetail;

    PreflightCheckKind(String id, String title, String okDetail) {
        this.id = id;
        this.title = title;
        this.okDetail = okDetail;
    }

    static PreflightCheckKind fromId(String id) {
        for (PreflightCheckKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return OTHER;
    }

    /** The check's name in the report, e.g. "ES_HOME". */
    public String title() {
        return title;
    }

    /** The check that a report calls {@code title}; {@link #OTHER} for none. */
    public static PreflightCheckKind fromTitle(String title) {
        for (PreflightCheckKind k : values()) {
            if (k.title.equals(title)) {
                return k;
            }
        }
        return OTHER;
    }

    String okDetail() {
        return okDetail;
    }

    /** What to do when the check failed on {@code host} (an inventory host: a node's name, or database, ...). */
    String remedy(String host, String detail) {
        return switch (this) {
            case REACHABLE -> Preflight.reachRemedy(ResultStatus.UNREACHABLE, detail);
            case BECOME -> Preflight.becomeRemedy(detail);
            case PYTHON -> "Python 3 is needed on " + host + ": sudo apt-get install -y python3, and set "
                    + "Connection › Python interpreter to /usr/bin/python3.";
            case CLOCK -> "Set the clock of " + host + " right (install chrony or systemd-timesyncd): single "
                    + "sign-on refuses logins when the machines' clocks differ.";
            case ES_HOME -> "Install ES 2.1.0 in that folder on " + host + ", correct Nodes › " + host
                    + " › ES_HOME, or choose the ES pack to unpack (Nodes › Product archives › ES pack).";
            case UNZIP -> "Install unzip on " + host + " (sudo apt-get install -y unzip): unpacking the ES pack "
                    + "needs it.";
            case JAVA -> "ES 2.1.0 runs on Java 7 or 8: install one on " + host + " and set Nodes › Product "
                    + "archives › JAVA_HOME, or choose a JDK archive to unpack there.";
            case PORTS_FREE -> portsRemedy(host);
            case NAMES -> "Point the public host names at the load balancer in DNS, or turn on Load balancer › "
                    + "Write /etc/hosts entries so that the run maps them on every machine.";
            case IS_HOME -> "Install the Identity Server in that folder, correct Single sign-on › IS_HOME and "
                    + "IS version, or choose the Identity Server pack to unpack (Nodes › Product archives).";
            case DB_PORT -> "Let " + host + " reach the database: open the port in the database machine's "
                    + "firewall, or correct Database › Address and Port.";
            case MEMBER_PORTS -> "Let the nodes reach each other's member ports (firewalls between them), or "
                    + "correct Nodes › " + host + " › Member port and Local member host.";
            case OTHER -> "See the message above.";
        };
    }

    private static String portsRemedy(String host) {
        if (host.equals(InventoryGenerator.LOAD_BALANCER_HOST)) {
            return "Stop the program that holds the port on the load balancer, or choose other ports: Load balancer "
                    + "› HTTP port / HTTPS port.";
        }
        return "Stop the program that holds the port on " + host + ", or give the node other ports: Nodes › " + host
                + " › Port offset or Member port.";
    }
}
