package io.eswizard.model;

/** Where an Identity Server version keeps sso-idp-config.xml. */
public enum IsLayout implements Described {
    IS_5_1_0("5.1.0", "repository/conf/identity/sso-idp-config.xml"),
    IS_5_0_0("5.0.0", "repository/conf/security/sso-idp-config.xml");

    private final String version;
    private final String ssoConfigPath;

    IsLayout(String version, String ssoConfigPath) {
        this.version = version;
        this.ssoConfigPath = ssoConfigPath;
    }

    @Override
    public String label() {
        return "Identity Server " + version;
    }

    public String version() {
        return version;
    }

    /** Path of sso-idp-config.xml relative to IS_HOME. */
    public String ssoConfigPath() {
        return ssoConfigPath;
    }
}
