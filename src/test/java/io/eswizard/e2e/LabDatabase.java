package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The lab's MariaDB seen from its hosts: a node logging in as its server would, and cleaning up. */
final class LabDatabase {

    /** Runs one SQL text as the database's root and returns what it printed. */
    @FunctionalInterface
    interface Sql {
        Lab.Result run(String sql) throws Exception;
    }

    /**
     * Logs in from a lab host with PyMySQL and the datasource's own URL, user and password, without
     * choosing a source address (the system picks it, as for the ES server); the password goes on
     * standard input. Returns what MySQL calls the session: USER().
     */
    static String loginFrom(Lab lab, String host, Datasources.Entry ds) throws Exception {
        String script = """
                import re, sys, pymysql
                m = re.match(r'jdbc:mysql://([^:/?]+)(?::(\\d+))?/([^?]+)', sys.argv[1])
                password = sys.stdin.buffer.read()
                c = pymysql.connect(host=m.group(1), port=int(m.group(2) or 3306), user=sys.argv[2],
                                    password=password, database=m.group(3), connect_timeout=10)
                with c.cursor() as cur:
                    cur.execute('SELECT USER()')
                    print(cur.fetchone()[0])
                """;
        Lab.Result r = lab.exec(host, ds.password(), "/usr/bin/python3", "-c", script, ds.url(), ds.user());
        if (r.exitCode() != 0) {
            throw new AssertionError(host + " could not log in with " + ds.url() + ": " + r.output());
        }
        return r.output().strip();
    }

    /** Drops the project's databases and every grant of its application user. */
    static void dropProjectData(Sql sql, ClusterProject p) throws Exception {
        Set<String> databases = new LinkedHashSet<>(List.of(p.database().registryDatabase(),
                p.database().userStoreDatabase(), p.database().socialDatabase()));
        StringBuilder drop = new StringBuilder();
        for (String db : databases) {
            drop.append("DROP DATABASE IF EXISTS `").append(db.replace("`", "``")).append("`;");
        }
        String user = p.database().appUser().replace("'", "''");
        Lab.Result hosts = sql.run("SELECT Host FROM mysql.user WHERE User = '" + user + "'");
        if (hosts.exitCode() == 0) {
            for (String host : hosts.output().strip().split("\\s+")) {
                if (!host.isBlank()) {
                    drop.append("DROP USER IF EXISTS '").append(user).append("'@'").append(host.replace("'", "''"))
                            .append("';");
                }
            }
        }
        sql.run(drop.toString());
    }

    private LabDatabase() {
    }
}
