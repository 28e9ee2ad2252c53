package io.eswizard.validation;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every rule a project must pass before it is run or exported; the command line and each wizard
 * page call this one validator, so no rule exists twice.
 *
 * <p>Each {@link Problem} names its field through the catalogue ({@link io.eswizard.model.field.Field}):
 * the path in project-file terms ({@code nodes[2].portOffset}, {@code clustering.wellKnownMembers}), the
 * page that shows it and a label for people ("Nodes › store-1 › Port offset"). A finding about a whole
 * list rather than one element (e.g. "no store node") names the list, {@code nodes}.
 *
 * <p>Order is deterministic: line breaks in any text setting, then project, connection, database, nodes,
 * clustering, host names, SSO, load balancer, packs, then the cross-page rules (port clashes, reachability
 * of loopback addresses); within a page, field order.
 */
public final class ClusterValidator {

    private ClusterValidator() {
    }

    public static List<Problem> validate(ClusterProject p) {
        List<Problem> lineBreaks = new ArrayList<>();
        SingleLineRules.check(p, lineBreaks);
        Set<String> broken = lineBreaks.stream().map(Problem::fieldPath).collect(Collectors.toSet());
        List<Problem> out = new ArrayList<>();
        Machines machines = new Machines(p.connection());
        // production-only warnings (availability, public names) are left out for a sandbox
        boolean production = !machines.sandbox(p);
        ProjectRules.check(p, out);
        ConnectionRules.check(p, out);
        DatabaseRules.check(p, out);
        NodeRules.check(p, machines, production, out);
        ClusteringRules.check(p, out);
        HostNameRules.check(p, production, out);
        SsoRules.check(p, out);
        LoadBalancerRules.check(p, machines, production, out);
        PackRules.check(p, out);
        PortClashRules.check(p, machines, out);
        ReachabilityRules.check(p, machines, out);
        // a value with a line break gets that one finding: the others would only repeat it less clearly
        out.removeIf(pr -> broken.contains(pr.fieldPath()));
        lineBreaks.addAll(out);
        return List.copyOf(lineBreaks);
    }

    /** The project's findings, then those about the passwords of this session ({@link PasswordRules}). */
    public static List<Problem> validate(ClusterProject p, Secrets secrets) {
        List<Problem> out = new ArrayList<>(validate(p));
        out.addAll(PasswordRules.check(p, secrets));
        return List.copyOf(out);
    }

    public static ValidationReport report(ClusterProject p) {
        return new ValidationReport(validate(p));
    }
}
