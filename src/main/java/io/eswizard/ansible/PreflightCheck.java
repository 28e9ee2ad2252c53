package io.eswizard.ansible;

/**
 * One finding of the preflight.
 *
 * @param host   inventory host, or {@link #CONTROLLER} for this machine
 * @param check  what was checked, e.g. "reachable"
 * @param detail what was found
 * @param remedy what to do about it when it failed, in plain words; empty when ok
 */
public record PreflightCheck(String host, String check, boolean ok, String detail, String remedy) {

    public static final String CONTROLLER = "this machine";

    static PreflightCheck ok(String host, String check, String detail) {
        return new PreflightCheck(host, check, true, detail, "");
    }

    static PreflightCheck failed(String host, String check, String detail, String remedy) {
        return new PreflightCheck(host, check, false, detail, remedy);
    }
}
