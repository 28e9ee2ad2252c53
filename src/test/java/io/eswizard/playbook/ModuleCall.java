package io.eswizard.playbook;

import java.util.Map;

/** One task of the test playbook: a module with its arguments, in check mode or not, always with diff. */
record ModuleCall(String module, Map<String, Object> args, boolean checkMode) {

    static ModuleCall xml(Map<String, Object> args) {
        return new ModuleCall("es_xml_edit", args, false);
    }

    static ModuleCall json(Map<String, Object> args) {
        return new ModuleCall("es_json_edit", args, false);
    }

    ModuleCall inCheckMode() {
        return new ModuleCall(module, args, true);
    }
}
