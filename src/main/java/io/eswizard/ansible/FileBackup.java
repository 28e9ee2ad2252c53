package io.eswizard.ansible;

/**
 * The copy a run kept of a file before it changed it.
 *
 * @param host   the inventory host the task ran for (the file is on its machine)
 * @param path   the file
 * @param backup the copy of the file as it was before the change, next to it
 */
public record FileBackup(String host, String path, String backup) {
}
