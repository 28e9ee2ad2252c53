package io.eswizard.model;

/**
 * Optional product archives on this machine for the playbook to unpack on the targets.
 * Empty paths mean the products are already installed at ES_HOME / IS_HOME.
 *
 * @param esZip        wso2es-2.1.0.zip
 * @param isZip        the Identity Server zip
 * @param jdkArchive   a JDK 7/8 archive (ES 2.1.0 needs Java 7 or 8)
 * @param javaHome     where the JDK is (or is unpacked to) on the targets; empty = the system Java
 * @param startServers start the servers after configuring them and check that they joined
 */
public record ProductPacks(String esZip, String isZip, String jdkArchive, String javaHome, boolean startServers) {

    public static ProductPacks defaults() {
        return new ProductPacks("", "", "", "", true);
    }
}
