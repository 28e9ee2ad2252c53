package io.eswizard.model;

/**
 * One WSO2 Enterprise Store server.
 *
 * @param name            unique name; also the node's inventory host name
 * @param role            publisher or store
 * @param address         the address other nodes and the load balancer use to reach this node
 * @param esHome          ES_HOME, the folder the ES 2.1.0 pack is (or will be) unpacked to
 * @param portOffset      carbon.xml port offset; HTTPS is 9443 + offset
 * @param memberPort      Hazelcast clustering port (localMemberPort)
 * @param localMemberHost clustering address (localMemberHost); empty = {@code address}
 */
public record EsNode(
        String name,
        NodeRole role,
        String address,
        String esHome,
        int portOffset,
        int memberPort,
        String localMemberHost) {

    public static final int BASE_HTTPS_PORT = 9443;
    public static final int BASE_HTTP_PORT = 9763;
    public static final int DEFAULT_MEMBER_PORT = 4000;
    public static final String DEFAULT_ES_HOME = "/opt/wso2es-2.1.0";

    public static EsNode of(String name, NodeRole role, String address) {
        return new EsNode(name, role, address, DEFAULT_ES_HOME, 0, DEFAULT_MEMBER_PORT, "");
    }

    public int httpsPort() {
        return BASE_HTTPS_PORT + portOffset;
    }

    public int httpPort() {
        return BASE_HTTP_PORT + portOffset;
    }

    /** The clustering address actually used: the override, or the node's address. */
    public String effectiveMemberHost() {
        return localMemberHost == null || localMemberHost.isBlank() ? address : localMemberHost;
    }

    public EsNode withName(String v) {
        return new EsNode(v, role, address, esHome, portOffset, memberPort, localMemberHost);
    }

    public EsNode withRole(NodeRole v) {
        return new EsNode(name, v, address, esHome, portOffset, memberPort, localMemberHost);
    }

    public EsNode withAddress(String v) {
        return new EsNode(name, role, v, esHome, portOffset, memberPort, localMemberHost);
    }

    public EsNode withEsHome(String v) {
        return new EsNode(name, role, address, v, portOffset, memberPort, localMemberHost);
    }

    public EsNode withPortOffset(int v) {
        return new EsNode(name, role, address, esHome, v, memberPort, localMemberHost);
    }

    public EsNode withMemberPort(int v) {
        return new EsNode(name, role, address, esHome, portOffset, v, localMemberHost);
    }

    public EsNode withLocalMemberHost(String v) {
        return new EsNode(name, role, address, esHome, portOffset, memberPort, v);
    }
}
