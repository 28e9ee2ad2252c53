package io.eswizard.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.SecretScrubber;
import io.eswizard.testsupport.Prerequisites;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What looks like a password is masked in the files a bundle holds; the rest of each file stays as it was. */
class PasswordLikeValuesTest {

    private static final String MASK = SecretScrubber.MASK;

    private static Path stock(String file) {
        return Prerequisites.fixtures().resolve("wso2es-2.1.0/repository/conf").resolve(file);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theKeyStorePasswordsOfTheStockCarbonXmlAreMaskedAndTheFileStaysTheSameXml() throws Exception {
        String stock = Files.readString(stock("carbon.xml"));
        PasswordLikeValues.Masked m = PasswordLikeValues.mask(stock);

        Document before = parse(stock);
        Document after = parse(m.text());
        List<String> passwords = texts(after, "//*[local-name()='Password' or local-name()='KeyPassword' "
                + "or local-name()='SvnPassword']");
        assertEquals(texts(before, "//*[local-name()='Password' or local-name()='KeyPassword' "
                + "or local-name()='SvnPassword']").size(), passwords.size());
        assertTrue(passwords.size() >= 5, passwords::toString);
        assertTrue(passwords.stream().allMatch(MASK::equals), passwords::toString);
        assertFalse(m.text().contains("wso2carbon</Password>") || m.text().contains("wso2carbon</KeyPassword>"),
                "no key store password is left");
        assertEquals(texts(before, "//*[local-name()='KeyAlias']"), texts(after, "//*[local-name()='KeyAlias']"));
        assertEquals(texts(before, "//*[local-name()='Ports']/*[local-name()='Offset']"),
                texts(after, "//*[local-name()='Ports']/*[local-name()='Offset']"));
        assertEquals(texts(before, "//*").size(), texts(after, "//*").size(), "the same elements");
        assertTrue(m.count() >= 5);
    }

    @Test
    void theAdminAndLdapPasswordsOfUserMgtAreMaskedNotThePasswordRules() throws Exception {
        String stock = Files.readString(stock("user-mgt.xml"));
        Document after = parse(PasswordLikeValues.mask(stock).text());
        Document before = parse(stock);

        assertEquals(List.of(MASK), texts(after, "//AdminUser/Password"));
        assertEquals(texts(before, "//AdminUser/UserName"), texts(after, "//AdminUser/UserName"));
        // the stock LDAP user stores are commented out: one as it is when enabled
        Document ldap = parse(PasswordLikeValues.mask("<UserStoreManager><Property name=\"ConnectionName\">uid=admin"
                + "</Property><Property name=\"ConnectionPassword\">LdapPw-1</Property></UserStoreManager>").text());
        assertEquals(List.of(MASK), texts(ldap, "//Property[@name='ConnectionPassword']"));
        assertEquals(List.of("uid=admin"), texts(ldap, "//Property[@name='ConnectionName']"));
        assertEquals(texts(before, "//Property[@name='PasswordJavaRegEx']"),
                texts(after, "//Property[@name='PasswordJavaRegEx']"));
        assertEquals(texts(before, "//Property[@name='PasswordDigest']"),
                texts(after, "//Property[@name='PasswordDigest']"));
    }

    @Test
    void keyStorePasswordAttributesOfTomcatAreMasked() throws Exception {
        Document after = parse(PasswordLikeValues.mask(Files.readString(stock("tomcat/catalina-server.xml"))).text());
        NodeList connectors = after.getElementsByTagName("Connector");
        int withKeyStore = 0;
        for (int i = 0; i < connectors.getLength(); i++) {
            Element c = (Element) connectors.item(i);
            if (c.hasAttribute("keystorePass")) {
                withKeyStore++;
                assertEquals(MASK, c.getAttribute("keystorePass"));
                assertFalse(c.getAttribute("port").isEmpty(), "other attributes stay");
            }
        }
        assertTrue(withKeyStore > 0);
    }

    @Test
    void propertiesJsonYamlAndJdbcUrlPasswordsAreMaskedAndTheirNeighboursStay() throws Exception {
        String text = "db.url=jdbc:mysql://db:3306/REG?user=wso2es&password=S3cret%26x&useSSL=false\n"
                + "Carbon.Security.KeyStore.Password=wso2carbon\nname=kept\n";
        Properties p = new Properties();
        p.load(new StringReader(PasswordLikeValues.mask(text).text()));
        assertEquals("jdbc:mysql://db:3306/REG?user=wso2es&password=" + MASK + "&useSSL=false", p.getProperty("db.url"));
        assertEquals(MASK, p.getProperty("Carbon.Security.KeyStore.Password"));
        assertEquals("kept", p.getProperty("name"));

        String json = PasswordLikeValues.mask("{\"user\": \"u\", \"password\": \"a\\\"b\", \"n\": 1}").text();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertEquals(MASK, tree.path("password").asText());
        assertEquals("u", tree.path("user").asText());

        String yaml = PasswordLikeValues.mask("databasePassword: 'x y'\nbecomePassword: plain\nuser: me\n").text();
        assertEquals("databasePassword: '" + MASK + "'\nbecomePassword: " + MASK + "\nuser: me\n", yaml);
    }

    @Test
    void aPemPrivateKeyIsRemovedACertificateStays() {
        String cert = "-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n";
        String text = cert + "-----BEGIN PRIVATE KEY-----\nMIIEkey1\nMIIEkey2\n-----END PRIVATE KEY-----\ntail\n"
                + "-----BEGIN EC PRIVATE KEY-----\ncut off";
        PasswordLikeValues.Masked m = PasswordLikeValues.mask(text);

        assertTrue(m.text().startsWith(cert), m.text());
        assertFalse(m.text().contains("MIIEkey"), m.text());
        assertFalse(m.text().contains("cut off"), "a key cut off by the end of a log is removed too");
        assertTrue(m.text().contains("\ntail\n"));
        assertEquals(2, m.count());
    }

    @Test
    void anAlreadyMaskedOrEmptyValueIsNotCounted() {
        assertEquals(0, PasswordLikeValues.mask("<Password></Password><Password>" + MASK + "</Password>\n"
                + "password=\n").count());
    }
}
