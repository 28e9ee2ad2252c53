package io.eswizard.ansible;

/**
 * One check of verify.yml as a task result reports it (the {@code esw_checks} list of the verify
 * modules, ansible/module_utils/es_verify.py).
 *
 * @param host   the inventory host whose task reported it
 * @param target the inventory host the check is about (a node the load balancer reaches, ...)
 * @param what   what was checked, in plain words
 * @param cause  why it failed, in plain words; empty when it passed
 * @param field  the project setting that fixes it, as the playbook names it ({@code sso.storeIssuer},
 *               {@code nodes[store-2].memberPort}: a node by name); empty when no setting does
 */
public record CheckResult(String check, String host, String target, String what, boolean ok, String cause,
                          String field) {
}
