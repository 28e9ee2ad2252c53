package io.eswizard.model.field;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of settings: one entry per field, with its path in the project (record component
 * names, as in project files), the page that shows it, its label and help as the page shows them,
 * and the Ansible variable it feeds. The validator, the pages, the step list, the Run page's links
 * and the command line all name fields through these constants.
 *
 * <p>Paths: {@code database.port} is a setting of the project record; {@code secrets.databasePassword}
 * a password held in {@link Secrets}, never in the project; {@code nodes[].memberPort} a column of a
 * list, one per element ({@link #at(ClusterProject, int)} gives {@code nodes[1].memberPort}).
 */
public enum Field {
    NAME(Page.START, "name", "Project name", "es_cluster_name",
            "A name for this cluster; it appears in the generated files and the window title."),

    SSH_USER(Page.CONNECTION, "connection.sshUser", "SSH user", "ansible_user",
            "The user Ansible logs in as on every machine, e.g. admin or ubuntu."),
    SSH_PORT(Page.CONNECTION, "connection.sshPort", "SSH port", "ansible_port",
            "The port the SSH server listens on; usually 22."),
    PRIVATE_KEY_FILE(Page.CONNECTION, "connection.privateKeyFile", "Private key file",
            "ansible_ssh_private_key_file",
            "The key file on this computer, e.g. ~/.ssh/id_ed25519. Empty: use the SSH agent."),
    BECOME(Page.CONNECTION, "connection.become", "Administrator rights", "ansible_become",
            "Needed to install packages unless the SSH user is root."),
    BECOME_PASSWORD(Page.CONNECTION, "secrets.becomePassword", "Sudo password", "es_cluster_become_password",
            "What sudo asks for on the machines. Leave empty to be asked when a run starts (where you can also"
                    + " say it asks for none). Kept in memory for this session only."),
    PYTHON_INTERPRETER(Page.CONNECTION, "connection.pythonInterpreter", "Python on the machines",
            "ansible_python_interpreter",
            "The Python that Ansible runs on each machine; it needs the lxml and PyMySQL modules."),
    HOST_OVERRIDES(Page.CONNECTION, "connection.hostOverrides", "Per-machine settings", "",
            "Only for machines that differ: another user, port or key, or this computer itself."),
    OVERRIDE_ADDRESS(Page.CONNECTION, "connection.hostOverrides[].address", "Address", "",
            "The machine's address, as used for its nodes or services."),
    OVERRIDE_LOCAL(Page.CONNECTION, "connection.hostOverrides[].local", "This machine", "ansible_connection",
            "Ticked: the machine running the wizard; Ansible works on it directly, without SSH."),
    OVERRIDE_SSH_USER(Page.CONNECTION, "connection.hostOverrides[].sshUser", "SSH user", "ansible_user",
            "Empty: the user above."),
    OVERRIDE_SSH_PORT(Page.CONNECTION, "connection.hostOverrides[].sshPort", "SSH port", "ansible_port",
            "Empty: the port above."),
    OVERRIDE_PRIVATE_KEY_FILE(Page.CONNECTION, "connection.hostOverrides[].privateKeyFile", "Private key file",
            "ansible_ssh_private_key_file", "Empty: the key above."),
    OVERRIDE_BECOME_PASSWORDS(Page.CONNECTION, "secrets.becomePasswords", "Sudo password",
            "es_cluster_become_passwords",
            "Empty: the sudo password above. Kept in memory for this session only, by machine address."),

    DATABASE_HOST(Page.DATABASE, "database.host", "Database address", "es_cluster_db_host",
            "The IP address or host name the ES nodes use to reach MySQL."),
    DATABASE_PORT(Page.DATABASE, "database.port", "Port", "es_cluster_db_port", "MySQL's port; usually 3306."),
    INSTALL_DATABASE(Page.DATABASE, "database.installServer", "Installation", "es_mysql_install",
            "Untick to use a MySQL server that already runs there."),
    ADMIN_ACCESS(Page.DATABASE, "database.adminAccess", "Admin access", "es_mysql_admin_mode",
            "How the wizard logs in to create the databases and the application user."),
    ADMIN_USER(Page.DATABASE, "database.adminUser", "Admin user", "es_mysql_admin_user",
            "A MySQL user allowed to create databases and users, e.g. root."),
    ADMIN_PASSWORD(Page.DATABASE, "secrets.databaseAdminPassword", "Admin password", "es_mysql_admin_password",
            "Kept in memory for this session only; never saved in the project file."),
    APP_USER(Page.DATABASE, "database.appUser", "Application user", "es_cluster_db_user",
            "The MySQL user the ES servers log in as; the wizard creates it."),
    APP_PASSWORD(Page.DATABASE, "secrets.databasePassword", "Application password", "es_cluster_db_password",
            "Kept in memory for this session only; never saved in the project file."),
    ALLOW_ANY_HOST(Page.DATABASE, "database.allowAnyHost", "Remote access", "es_mysql_allow_any_host",
            "Normally it may connect only from the ES nodes, which is safer."),
    REGISTRY_DATABASE(Page.DATABASE, "database.registryDatabase", "Registry database",
            "es_cluster_db_registry_name", "Holds the shared registry (assets, configuration)."),
    USER_STORE_DATABASE(Page.DATABASE, "database.userStoreDatabase", "User store database",
            "es_cluster_db_userstore_name", "Holds users and roles."),
    SOCIAL_DATABASE(Page.DATABASE, "database.socialDatabase", "Social database", "es_cluster_db_social_name",
            "Holds ratings and comments of the store."),
    DRIVER_SOURCE(Page.DATABASE, "database.driverSource", "JDBC driver", "es_node_jdbc_driver",
            "The Java driver the ES servers use to talk to MySQL."),
    DRIVER_JAR(Page.DATABASE, "database.driverJar", "Driver jar", "es_node_jdbc_driver",
            "A mysql-connector-java jar file on this computer."),
    SCRIPTS_HOME(Page.DATABASE, "database.scriptsHome", "Scripts from", "es_mysql_scripts_home",
            "An ES_HOME on the database machine to take the table scripts from; empty: the first node's."),

    NODES(Page.NODES, "nodes", "Servers", "",
            "At least two publishers and two stores make a cluster that survives one server failing."),
    NODE_ROLE(Page.NODES, "nodes[].role", "Role", "es_node_role",
            "Publisher: where assets are created. Store: where users browse them."),
    NODE_NAME(Page.NODES, "nodes[].name", "Name", "inventory_hostname", "A unique short name, e.g. publisher-1."),
    NODE_ADDRESS(Page.NODES, "nodes[].address", "Address", "es_node_address",
            "The IP address the other nodes and the load balancer use to reach this one."),
    NODE_ES_HOME(Page.NODES, "nodes[].esHome", "ES_HOME", "es_node_home",
            "The folder ES 2.1.0 is (or will be) unpacked to on that machine."),
    NODE_PORT_OFFSET(Page.NODES, "nodes[].portOffset", "Port offset", "es_node_port_offset",
            "Shifts every port of the server; needed when two nodes share a machine (HTTPS = 9443 + offset)."),
    NODE_MEMBER_PORT(Page.NODES, "nodes[].memberPort", "Member port", "es_node_member_port",
            "The port the nodes use to talk to each other for clustering (Hazelcast)."),
    NODE_LOCAL_MEMBER_HOST(Page.NODES, "nodes[].localMemberHost", "Cluster address", "es_node_local_member_host",
            "Only if the nodes reach each other on another address; empty: the address."),
    ES_ZIP(Page.NODES, "packs.esZip", "ES archive", "es_packs_es_zip",
            "wso2es-2.1.0.zip on this computer, to unpack on the nodes. Empty: ES is already installed."),
    JDK_ARCHIVE(Page.NODES, "packs.jdkArchive", "JDK archive", "es_packs_jdk_archive",
            "A Java 7 or 8 archive to unpack on the nodes (ES 2.1.0 needs one). Empty: use the installed Java."),
    JAVA_HOME(Page.NODES, "packs.javaHome", "JAVA_HOME on the nodes", "es_packs_java_home",
            "Where that Java is on the nodes; empty: the system Java."),
    START_SERVERS(Page.NODES, "packs.startServers", "Start", "es_start_enabled", "Untick to only configure them."),

    CLUSTERING_DOMAIN(Page.CLUSTER, "clustering.domain", "Cluster domain", "es_cluster_domain",
            "A name shared by all nodes of this cluster; nodes with another domain stay out."),
    MEMBERSHIP_SCHEME(Page.CLUSTER, "clustering.membershipScheme", "Membership", "es_cluster_membership_scheme",
            "How nodes find each other. Well-known members works on every network."),
    WELL_KNOWN_MEMBERS(Page.CLUSTER, "clustering.wellKnownMembers", "Well-known members",
            "es_cluster_well_known_members",
            "Nodes the others contact first to join; tick at least one publisher and one store."),
    PUBLISHER_HOST_NAME(Page.CLUSTER, "hostNames.publisher", "Publisher host name", "es_cluster_publisher_hostname",
            "The name users type to reach the publisher, e.g. publisher.example.com."),
    STORE_HOST_NAME(Page.CLUSTER, "hostNames.store", "Store host name", "es_cluster_store_hostname",
            "The name users type to reach the store, e.g. store.example.com."),

    SSO_ENABLED(Page.SSO, "sso.enabled", "Single sign-on", "es_cluster_sso_enabled",
            "Untick to keep each node's own login page."),
    IS_ADDRESS(Page.SSO, "sso.isAddress", "Identity Server address", "es_cluster_sso_idp_url",
            "The IP address or host name of the Identity Server machine, as browsers and nodes reach it."),
    IS_HTTPS_PORT(Page.SSO, "sso.isHttpsPort", "HTTPS port", "es_cluster_sso_idp_url",
            "The Identity Server's HTTPS port; 9443 unless you changed its port offset."),
    IS_HOME(Page.SSO, "sso.isHome", "IS_HOME", "es_is_home",
            "The folder Identity Server is (or will be) unpacked to on that machine."),
    IS_LAYOUT(Page.SSO, "sso.layout", "Version", "es_is_layout",
            "Its version decides where its SSO settings file lives."),
    IS_ZIP(Page.SSO, "packs.isZip", "IS archive", "es_packs_is_zip",
            "The Identity Server zip on this computer, to unpack there. Empty: it is already installed."),
    PUBLISHER_ISSUER(Page.SSO, "sso.publisherIssuer", "Publisher issuer", "es_cluster_sso_issuers",
            "The name the publisher app is registered under."),
    STORE_ISSUER(Page.SSO, "sso.storeIssuer", "Store issuer", "es_cluster_sso_issuers",
            "The name the store app is registered under."),
    SOCIAL_ISSUER(Page.SSO, "sso.socialIssuer", "Social issuer", "es_cluster_sso_issuers",
            "The name the social app is registered under."),
    PUBLISHER_ACS_URL(Page.SSO, "sso.publisherAcsUrl", "Publisher return URL", "es_cluster_sso_acs_urls",
            "Where the Identity Server sends users back to the publisher. Leave empty to use the value shown"
                    + " in grey."),
    STORE_ACS_URL(Page.SSO, "sso.storeAcsUrl", "Store return URL", "es_cluster_sso_acs_urls",
            "Where the Identity Server sends users back to the store. Leave empty to use the value shown in grey."),
    SOCIAL_ACS_URL(Page.SSO, "sso.socialAcsUrl", "Social return URL", "es_cluster_sso_acs_urls",
            "Where the Identity Server sends users back to the social app. Leave empty to use the value shown"
                    + " in grey."),
    IDP_URL(Page.SSO, "sso.idpUrl", "Identity Server login URL", "es_cluster_sso_idp_url",
            "Where the nodes send users to log in. Leave empty to use the value shown in grey."),

    LB_ADDRESS(Page.LOAD_BALANCER, "loadBalancer.address", "Load balancer address", "es_cluster_lb_address",
            "The IP address of the NGINX machine; the public host names must point here."),
    INSTALL_NGINX(Page.LOAD_BALANCER, "loadBalancer.installNginx", "Installation", "es_nginx_install",
            "Untick to use an NGINX that is already installed there."),
    LB_HTTP_PORT(Page.LOAD_BALANCER, "loadBalancer.httpPort", "HTTP port", "es_cluster_public_http_port",
            "Plain HTTP requests on this port are redirected to HTTPS; usually 80."),
    LB_HTTPS_PORT(Page.LOAD_BALANCER, "loadBalancer.httpsPort", "HTTPS port", "es_cluster_public_https_port",
            "The port users connect to; usually 443."),
    TLS_MODE(Page.LOAD_BALANCER, "loadBalancer.tlsMode", "Certificate", "es_nginx_tls_mode",
            "A self-signed certificate makes browsers warn; use your own for real users."),
    CERT_FILE(Page.LOAD_BALANCER, "loadBalancer.certFile", "Certificate file", "es_nginx_cert_file",
            "The certificate in PEM format, on this computer; it must cover both host names."),
    KEY_FILE(Page.LOAD_BALANCER, "loadBalancer.keyFile", "Key file", "es_nginx_key_file",
            "The certificate's private key in PEM format, on this computer."),
    SESSION_AFFINITY(Page.LOAD_BALANCER, "loadBalancer.sessionAffinity", "Sticky sessions",
            "es_nginx_session_affinity", "The ES apps keep sessions per node; leave this on."),
    WRITE_HOST_MAPPINGS(Page.LOAD_BALANCER, "loadBalancer.writeHostMappings", "Host names", "es_hosts_enabled",
            "Lets the nodes reach the public names without DNS. Untick if your DNS already does."),
    ADMIN_NETWORKS(2, Page.LOAD_BALANCER, "loadBalancer.adminNetworks", "Admin console reachable from",
            "es_nginx_admin_networks",
            "Networks such as 10.0.0.0/24, separated by commas, from which /carbon and /services pass through the"
                    + " load balancer. Empty: from none; the console stays reachable on each node directly.");

    private static final String SECRETS = "secrets.";
    static final String ITEM = "[]";

    /** The schema of the first project files, which have every setting without a {@code since}. */
    private static final int FIRST_SCHEMA = 1;

    private final Page page;
    private final String path;
    private final String label;
    private final String ansibleVariable;
    private final String help;
    private final int since;

    Field(Page page, String path, String label, String ansibleVariable, String help) {
        this(FIRST_SCHEMA, page, path, label, ansibleVariable, help);
    }

    /** A setting that project files have from schema {@code since} on; older files get its default. */
    Field(int since, Page page, String path, String label, String ansibleVariable, String help) {
        this.since = since;
        this.page = page;
        this.path = path;
        this.label = label;
        this.ansibleVariable = ansibleVariable;
        this.help = help;
    }

    public Page page() {
        return page;
    }

    /** The path in project-file terms; {@code []} marks a list element, e.g. {@code nodes[].address}. */
    public String path() {
        return path;
    }

    /** The label as its page shows it, e.g. "Member port". */
    public String label() {
        return label;
    }

    /** The line under the input and its tooltip. */
    public String help() {
        return help;
    }

    /**
     * The variable of the generated inventory, vars or secrets files this setting feeds; empty for a whole
     * list and for a per-machine override's address, which picks the machine the override's values are for.
     */
    public Optional<String> ansibleVariable() {
        return ansibleVariable.isEmpty() ? Optional.empty() : Optional.of(ansibleVariable);
    }

    /** The schema version of the first project files with this setting. */
    public int since() {
        return since;
    }

    /** The schema project files are written in: the newest {@link #since()} of any setting. */
    public static int schemaVersion() {
        return Arrays.stream(values()).mapToInt(Field::since).max().orElse(FIRST_SCHEMA);
    }

    /** A password: held in the session's {@link Secrets}, never in the project or its file. */
    public boolean isSecret() {
        return path.startsWith(SECRETS);
    }

    /** A column of a list, such as a node's address: one value per element. */
    public boolean isItem() {
        return path.contains(ITEM);
    }

    /** The list this is a column of ({@link #NODES} for {@code nodes[].address}). */
    public Optional<Field> list() {
        if (!isItem()) {
            return Optional.empty();
        }
        String listPath = path.substring(0, path.indexOf(ITEM));
        return Arrays.stream(values()).filter(f -> f.path.equals(listPath)).findFirst();
    }

    /** This setting of the project; for a column of a list use {@link #at(ClusterProject, int)}. */
    public FieldRef ref() {
        return FieldRef.of(this);
    }

    /** This column at element {@code index} of the project's list, labelled with the element's name. */
    public FieldRef at(ClusterProject project, int index) {
        return FieldRef.at(this, project, index);
    }

    /** This column at element {@code index}, which people know as {@code itemName} (e.g. "store-2"). */
    public FieldRef at(int index, String itemName) {
        return FieldRef.at(this, index, itemName);
    }

    /** The fields a page shows, in the order the page shows them. */
    public static List<Field> on(Page page) {
        return Arrays.stream(values()).filter(f -> f.page == page).toList();
    }
}
