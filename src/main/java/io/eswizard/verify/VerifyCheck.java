package io.eswizard.verify;

import io.eswizard.ansible.CheckResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.FieldRef;

/**
 * One check of a verify run, as the wizard and the command line show it.
 *
 * @param check      which check (node-https, membership, database, lb-node, node-sso, public-route,
 *                   public-sso, idp-answers, idp-sp, ...; {@link #NOT_MADE} when a check task itself failed)
 * @param host       the inventory host whose task made or reported it
 * @param target     the inventory host it is about
 * @param what       what was checked, in plain words
 * @param cause      why it failed, in plain words; empty when it passed
 * @param fieldPath  the project setting that fixes it ({@code nodes[3].memberPort}); empty when none does
 * @param fieldLabel that setting as the wizard names it ("Nodes › store-2 › Member port"), or empty
 */
public record VerifyCheck(String check, String host, String target, String what, boolean ok, String cause,
                          String fieldPath, String fieldLabel) {

    /** A check that could not be made: its task failed without reporting, or its host was unreachable. */
    public static final String NOT_MADE = "not-made";

    static VerifyCheck of(CheckResult r, ClusterProject project) {
        String path = FieldPaths.fromPlaybook(r.field(), project);
        return new VerifyCheck(r.check(), r.host(), r.target(), r.what(), r.ok(), r.cause(), path,
                label(path, project));
    }

    static VerifyCheck notMade(String host, String what, String cause, String fieldPath, ClusterProject project) {
        return new VerifyCheck(NOT_MADE, host, host, what, false, cause, fieldPath,
                label(fieldPath, project));
    }

    /** The setting as the catalogue names it ("Nodes › store-2 › Member port"); the path when it names none. */
    static String label(String fieldPath, ClusterProject project) {
        return FieldRef.find(project, fieldPath).map(FieldRef::label).orElse(fieldPath);
    }
}
