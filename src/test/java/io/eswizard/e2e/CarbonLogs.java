package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the stand-ins' Carbon logs say about cluster membership, to wait for a cluster to settle. */
final class CarbonLogs {

    private static final Pattern MEMBER = Pattern.compile("^\\s*Member \\[([^\\]]+)]:(\\d+)");

    private CarbonLogs() {
    }

    /** The member addresses of the latest "Members [n] {" list since the latest start; empty when none. */
    static Set<String> latestMembers(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Set.of();
        }
        Set<String> latest = Set.of();
        List<String> block = null;
        for (String line : Files.readAllLines(log)) {
            if (line.contains("Starting WSO2 Carbon")) {
                latest = Set.of();
                block = null;
            } else if (line.matches("^\\s*Members \\[\\d+] \\{.*")) {
                block = new ArrayList<>();
            } else if (block != null) {
                Matcher m = MEMBER.matcher(line);
                if (m.find()) {
                    block.add(m.group(1) + ":" + m.group(2));
                } else if (line.trim().startsWith("}")) {
                    latest = new TreeSet<>(block);
                    block = null;
                }
            }
        }
        return latest;
    }

    static Path log(EsNode node) {
        return Path.of(node.esHome(), "repository/logs/wso2carbon.log");
    }

    /** Waits until every node's latest member list holds exactly the project's member addresses. */
    static void awaitCluster(ClusterProject project) throws Exception {
        Set<String> wanted = new TreeSet<>();
        project.nodes().forEach(n -> wanted.add(n.effectiveMemberHost() + ":" + n.memberPort()));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            List<String> unsettled = new ArrayList<>();
            for (EsNode n : project.nodes()) {
                if (!latestMembers(log(n)).equals(wanted)) {
                    unsettled.add(n.name() + " sees " + latestMembers(log(n)));
                }
            }
            if (unsettled.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the cluster did not settle on " + wanted + ": " + unsettled);
            }
            Thread.sleep(500);
        }
    }
}
