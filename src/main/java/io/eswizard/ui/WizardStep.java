package io.eswizard.ui;

import io.eswizard.ui.pages.WizardPage;
import java.util.List;
import java.util.function.Function;

/**
 * One entry of the step list.
 *
 * @param id           stable id; the step list cell gets id "step-" + id
 * @param title        shown in the step list
 * @param fieldPrefixes validator field paths shown on this page ("database", "packs.isZip")
 * @param factory      builds the page
 */
public record WizardStep(String id, String title, List<String> fieldPrefixes,
                         Function<WizardContext, WizardPage> factory) {

    /** Length of the longest prefix matching the path, or -1. */
    public int matchLength(String fieldPath) {
        int best = -1;
        for (String prefix : fieldPrefixes) {
            boolean matches = fieldPath.equals(prefix) || fieldPath.startsWith(prefix + ".")
                    || fieldPath.startsWith(prefix + "[");
            if (matches && prefix.length() > best) {
                best = prefix.length();
            }
        }
        return best;
    }
}
