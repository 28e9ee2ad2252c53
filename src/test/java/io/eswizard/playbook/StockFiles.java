package io.eswizard.playbook;

import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the stock WSO2 files (Prerequisites.fixtures()) for a test to edit. */
final class StockFiles {

    static final String CARBON = "wso2es-2.1.0/repository/conf/carbon.xml";
    static final String AXIS2 = "wso2es-2.1.0/repository/conf/axis2/axis2.xml";
    static final String REGISTRY = "wso2es-2.1.0/repository/conf/registry.xml";
    static final String MASTER_DATASOURCES = "wso2es-2.1.0/repository/conf/datasources/master-datasources.xml";
    static final String SSO_IDP_500 = "wso2is-5.0.0/repository/conf/security/sso-idp-config.xml";
    static final String PUBLISHER_JSON = "wso2es-2.1.0/repository/deployment/server/jaggeryapps/publisher/config/publisher.json";

    private StockFiles() {
    }

    static Path fixtures() {
        return Prerequisites.fixtures();
    }

    /** A fresh copy of the stock file in its own folder under {@code dir} (so backups can be counted). */
    static Path copy(String stock, Path dir) throws IOException {
        Path folder = Files.createTempDirectory(dir, "conf-");
        Path target = folder.resolve(Path.of(stock).getFileName().toString());
        Files.copy(fixtures().resolve(stock), target);
        return target;
    }
}
