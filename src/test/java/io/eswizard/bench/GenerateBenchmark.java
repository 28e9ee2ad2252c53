package io.eswizard.bench;

import io.eswizard.generate.GeneratedFiles;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.ProjectDefaults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times InventoryGenerator.generate on a 200-node project (target: under 50 ms warm). Run on demand:
 * {@code mvn -q test-compile && java -cp 'target/classes:target/test-classes:target/lib/*'
 * io.eswizard.bench.GenerateBenchmark}
 */
public final class GenerateBenchmark {

    private static final int NODES_PER_ROLE = 100;
    private static final int WARMUP = 300;
    private static final int MEASURED = 200;

    private GenerateBenchmark() {
    }

    public static void main(String[] args) {
        ClusterProject p = project();
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += InventoryGenerator.generate(p).files().size();
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t0 = System.nanoTime();
            GeneratedFiles files = InventoryGenerator.generate(p);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            sink += files.files().size();
        }
        Arrays.sort(ms);
        System.out.printf("InventoryGenerator.generate, %d nodes, %d runs after %d warm-up: "
                        + "median %.2f ms, p90 %.2f ms, max %.2f ms (target < 50 ms) [%d]%n",
                p.nodes().size(), MEASURED, WARMUP, ms[MEASURED / 2], ms[MEASURED * 9 / 10], ms[MEASURED - 1],
                sink);
    }

    static ClusterProject project() {
        ClusterProject base = ProjectDefaults.reference("bench", NODES_PER_ROLE, NODES_PER_ROLE);
        List<EsNode> nodes = new ArrayList<>();
        int i = 0;
        for (EsNode n : base.nodes()) {
            i++;
            nodes.add(n.withAddress("10.1." + (i / 250) + "." + (i % 250 + 1)));
        }
        return base.withNodes(nodes).withDatabase(base.database().withHost("10.0.0.5"));
    }
}
