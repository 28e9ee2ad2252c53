package io.eswizard.standin;

import io.eswizard.e2e.EsStandInFiles;
import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** An ES home made of the stock files and the stand-in, for the stand-in's own tests. */
final class StandInHome {

    final Path home;

    private StandInHome(Path home) {
        this.home = home;
    }

    /** A home whose axis2.xml clusters with WKA: this member and the well-known members given. */
    static StandInHome create(Path dir, String domain, String host, int port, int offset, List<String> wka)
            throws Exception {
        Path fixture = Prerequisites.fixtures().resolve("wso2es-2.1.0");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(fixture.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        EsStandInFiles.install(dir);
        Path axis2 = dir.resolve("repository/conf/axis2/axis2.xml");
        Document d = parse(axis2);
        Element clustering = (Element) d.getElementsByTagName("clustering").item(0);
        clustering.setAttribute("enable", "true");
        for (Node n = clustering.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && "parameter".equals(p.getTagName())) {
                switch (p.getAttribute("name")) {
                    case "membershipScheme" -> p.setTextContent("wka");
                    case "domain" -> p.setTextContent(domain);
                    case "localMemberHost" -> p.setTextContent(host);
                    case "localMemberPort" -> p.setTextContent(Integer.toString(port));
                    default -> { }
                }
            }
        }
        Element members = (Element) clustering.getElementsByTagName("members").item(0);
        while (members.getFirstChild() != null) {
            members.removeChild(members.getFirstChild());
        }
        for (String m : wka) {
            Element member = d.createElement("member");
            Element h = d.createElement("hostName");
            h.setTextContent(m.split(":")[0]);
            Element p = d.createElement("port");
            p.setTextContent(m.split(":")[1]);
            member.appendChild(h);
            member.appendChild(p);
            members.appendChild(member);
        }
        write(d, axis2);
        Path carbonXml = dir.resolve("repository/conf/carbon.xml");
        Document carbon = parse(carbonXml);
        carbon.getElementsByTagName("Offset").item(0).setTextContent(Integer.toString(offset));
        write(carbon, carbonXml);
        return new StandInHome(dir);
    }

    /** Runs bin/wso2server.sh with a command; returns its exit status and output (stdout and stderr). */
    Result run(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/wso2server.sh").toString(), command)
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    Path log() {
        return home.resolve("repository/logs/wso2carbon.log");
    }

    record Result(int status, String output) {
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static void write(Document d, Path file) throws Exception {
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(file.toFile()));
    }
}
