package io.eswizard.ui.components;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The cluster as a picture: load balancer on top, publisher and store nodes below it,
 * database and Identity Server at the bottom. Redrawn from the project on every change.
 */
public final class TopologyView extends Pane {

    private static final double BOX_W = 180;
    private static final double BOX_H = 80;
    private static final double GAP = 16;
    private static final double ROW_GAP = 46;

    public TopologyView() {
        getStyleClass().add("esw-topology");
        setId("review-topology");
    }

    public void show(ClusterProject p) {
        Group picture = new Group();
        List<EsNode> publishers = p.nodesWithRole(NodeRole.PUBLISHER).toList();
        List<EsNode> stores = p.nodesWithRole(NodeRole.STORE).toList();
        int widest = Math.max(2, Math.max(publishers.size() + stores.size(), 3));
        double width = widest * (BOX_W + GAP);
        double lbY = 8;
        double nodesY = lbY + BOX_H + ROW_GAP;
        double backY = nodesY + BOX_H + ROW_GAP;

        double lbX = width / 2 - BOX_W / 2;
        box(picture, lbX, lbY, "esw-topo-lb", "Load balancer (NGINX)",
                orDash(p.loadBalancer().address()) + "  :" + p.loadBalancer().httpsPort(),
                p.hostNames().publisher() + "\n" + p.hostNames().store());

        double x = (width - (publishers.size() + stores.size()) * (BOX_W + GAP) + GAP) / 2;
        double dbX = p.sso().enabled() ? width / 2 - BOX_W - GAP : width / 2 - BOX_W / 2;
        double isX = width / 2 + GAP;
        for (EsNode n : concat(publishers, stores)) {
            String style = n.role() == NodeRole.PUBLISHER ? "esw-topo-publisher" : "esw-topo-store";
            line(picture, lbX + BOX_W / 2, lbY + BOX_H, x + BOX_W / 2, nodesY);
            line(picture, x + BOX_W / 2, nodesY + BOX_H, dbX + BOX_W / 2, backY);
            if (p.sso().enabled()) {
                line(picture, x + BOX_W / 2, nodesY + BOX_H, isX + BOX_W / 2, backY);
            }
            box(picture, x, nodesY, style, n.name() + " (" + n.role().id() + ")",
                    orDash(n.address()) + "  :" + n.httpsPort(), "member port " + n.memberPort());
            x += BOX_W + GAP;
        }
        box(picture, dbX, backY, "esw-topo-db", "MySQL database",
                orDash(p.database().host()) + "  :" + p.database().port(), "app user " + p.database().appUser());
        if (p.sso().enabled()) {
            box(picture, isX, backY, "esw-topo-is", "Identity Server " + p.sso().layout().version(),
                    orDash(p.sso().isAddress()) + "  :" + p.sso().isHttpsPort(), "single sign-on");
        }
        getChildren().setAll(picture);
        setPrefSize(width + 16, backY + BOX_H + 16);
        setMinHeight(backY + BOX_H + 16);
    }

    private static List<EsNode> concat(List<EsNode> a, List<EsNode> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String orDash(String address) {
        return address == null || address.isBlank() ? "(no address)" : address;
    }

    private static void line(Group g, double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("esw-topo-link");
        g.getChildren().add(0, l);
    }

    private static void box(Group g, double x, double y, String style, String title, String address,
                                 String detail) {
        Rectangle r = new Rectangle(x, y, BOX_W, BOX_H);
        r.setArcWidth(10);
        r.setArcHeight(10);
        r.getStyleClass().addAll("esw-topo-box", style);
        Text t = new Text(x + 8, y + 6, title + "\n" + address + "\n" + detail);
        t.setTextOrigin(VPos.TOP);
        t.setTextAlignment(TextAlignment.LEFT);
        t.setWrappingWidth(BOX_W - 16);
        t.getStyleClass().add("esw-topo-text");
        Rectangle clip = new Rectangle(x, y, BOX_W, BOX_H);
        t.setClip(clip);
        g.getChildren().addAll(r, t);
    }
}
