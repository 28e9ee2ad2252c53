package io.eswizard.ui.components;

import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cluster as a picture: load balancer on top, publisher and store nodes below it, database and
 * Identity Server at the bottom. Redrawn from the project on every change. Each box is one inventory
 * host; {@link #showStates} colours boxes by a run's or a verify's results, with an icon so the state
 * does not rest on colour alone. With {@link #setFitToWidth} the picture shrinks to the width it gets.
 */
public final class TopologyView extends Pane {

    /** A host's state as the picture shows it. */
    public enum BoxState {
        WAITING(null), RUNNING(Feather.LOADER), OK(Feather.CHECK_CIRCLE), CHANGED(Feather.EDIT_3),
        FAILED(Feather.X_CIRCLE);

        private final Feather icon;

        BoxState(Feather icon) {
            this.icon = icon;
        }

        String styleClass() {
            return "esw-state-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private double boxW = 180;
    private double boxH = 80;
    private double gap = 16;
    private double rowGap = 46;
    private boolean compact;

    private final Group picture = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, Rectangle> boxes = new HashMap<>();
    private final Map<String, FontIcon> marks = new HashMap<>();
    private Map<String, BoxState> states = Map.of();
    private double naturalWidth;
    private double naturalHeight;
    private boolean fitToWidth;

    public TopologyView() {
        getStyleClass().add("esw-topology");
        setId("review-topology");
        picture.getTransforms().add(scale);
        getChildren().add(picture);
    }

    /** Smaller boxes with the name and address only, for a picture beside other things (Verify). */
    public void setCompact(boolean compact) {
        this.compact = compact;
        boxW = compact ? 150 : 180;
        boxH = compact ? 44 : 80;
        gap = compact ? 12 : 16;
        rowGap = compact ? 26 : 46;
    }

    /** Shrinks the picture to the width the view gets (never enlarges it). */
    public void setFitToWidth(boolean fit) {
        fitToWidth = fit;
        if (fit) {
            setMinWidth(0);
        }
        requestLayout();
    }

    public void show(ClusterProject p) {
        picture.getChildren().clear();
        boxes.clear();
        marks.clear();
        List<EsNode> publishers = p.nodesWithRole(NodeRole.PUBLISHER).toList();
        List<EsNode> stores = p.nodesWithRole(NodeRole.STORE).toList();
        int widest = Math.max(2, Math.max(publishers.size() + stores.size(), 3));
        double width = widest * (boxW + gap);
        double lbY = 8;
        double nodesY = lbY + boxH + rowGap;
        double backY = nodesY + boxH + rowGap;

        double lbX = width / 2 - boxW / 2;
        box(InventoryGenerator.LOAD_BALANCER_HOST, lbX, lbY, "esw-topo-lb", "Load balancer (NGINX)",
                orDash(p.loadBalancer().address()) + "  :" + p.loadBalancer().httpsPort(),
                p.hostNames().publisher() + "\n" + p.hostNames().store());

        double x = (width - (publishers.size() + stores.size()) * (boxW + gap) + gap) / 2;
        double dbX = p.sso().enabled() ? width / 2 - boxW - gap : width / 2 - boxW / 2;
        double isX = width / 2 + gap;
        for (EsNode n : Stream.concat(publishers.stream(), stores.stream()).toList()) {
            String style = n.role() == NodeRole.PUBLISHER ? "esw-topo-publisher" : "esw-topo-store";
            line(lbX + boxW / 2, lbY + boxH, x + boxW / 2, nodesY);
            line(x + boxW / 2, nodesY + boxH, dbX + boxW / 2, backY);
            if (p.sso().enabled()) {
                line(x + boxW / 2, nodesY + boxH, isX + boxW / 2, backY);
            }
            box(n.name(), x, nodesY, style, n.name() + " (" + n.role().id() + ")",
                    orDash(n.address()) + "  :" + n.httpsPort(), "member port " + n.memberPort());
            x += boxW + gap;
        }
        box(InventoryGenerator.DATABASE_HOST, dbX, backY, "esw-topo-db", "MySQL database",
                orDash(p.database().host()) + "  :" + p.database().port(), "app user " + p.database().appUser());
        if (p.sso().enabled()) {
            box(InventoryGenerator.IDENTITY_SERVER_HOST, isX, backY, "esw-topo-is",
                    "Identity Server " + p.sso().layout().version(),
                    orDash(p.sso().isAddress()) + "  :" + p.sso().isHttpsPort(), "single sign-on");
        }
        naturalWidth = width + 16;
        naturalHeight = backY + boxH + 16;
        applyStates();
        requestLayout();
    }

    /**
     * Colours each box by its host's state (inventory host names: node names, "database",
     * "load-balancer", "identity-server"); hosts not in the map keep their role's colour.
     */
    public void showStates(Map<String, BoxState> byHost) {
        states = Map.copyOf(byHost);
        applyStates();
    }

    /** The state a box shows, for tests; null when it shows its role's colour. */
    public BoxState stateOf(String host) {
        return states.get(host);
    }

    private void applyStates() {
        boxes.forEach((host, box) -> {
            for (BoxState s : BoxState.values()) {
                box.getStyleClass().remove(s.styleClass());
            }
            BoxState state = states.get(host);
            FontIcon mark = marks.get(host);
            if (state != null) {
                box.getStyleClass().add(state.styleClass());
            }
            mark.setVisible(state != null && state.icon != null);
            if (state != null && state.icon != null) {
                mark.setIconCode(state.icon);
                mark.getStyleClass().removeAll("esw-ok", "esw-error", "esw-muted");
                mark.getStyleClass().add(state == BoxState.FAILED ? "esw-error"
                        : state == BoxState.RUNNING ? "esw-muted" : "esw-ok");
            }
        });
    }

    private double factor(double width) {
        if (!fitToWidth || naturalWidth <= 0 || width <= 0) {
            return 1;
        }
        return Math.min(1, (width - snappedLeftInset() - snappedRightInset()) / naturalWidth);
    }

    /** The height follows the width it gets (the picture shrinks to fit). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return fitToWidth ? javafx.geometry.Orientation.HORIZONTAL : null;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + naturalWidth + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double f = width > 0 ? factor(width) : 1;
        return snappedTopInset() + naturalHeight * f + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double f = factor(getWidth());
        scale.setX(f);
        scale.setY(f);
        picture.relocate(snappedLeftInset(), snappedTopInset());
    }

    private static String orDash(String address) {
        return address == null || address.isBlank() ? "(no address)" : address;
    }

    private void line(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("esw-topo-link");
        picture.getChildren().add(0, l);
    }

    private void box(String host, double x, double y, String style, String title, String address, String detail) {
        Rectangle r = new Rectangle(x, y, boxW, boxH);
        r.setArcWidth(10);
        r.setArcHeight(10);
        r.getStyleClass().addAll("esw-topo-box", style);
        r.setId("topo-" + host);
        // compact: "publisher-1", "Load balancer"; the role or product in brackets is left out
        Text t = new Text(x + 8, y + 6, compact ? title.replaceFirst(" \\(.*\\)$", "") + "\n" + address
                : title + "\n" + address + "\n" + detail);
        t.setTextOrigin(VPos.TOP);
        t.setTextAlignment(TextAlignment.LEFT);
        t.setWrappingWidth(boxW - 30);
        t.getStyleClass().add("esw-topo-text");
        t.setClip(new Rectangle(x, y, boxW - 22, boxH));
        FontIcon mark = Icons.of(Feather.CIRCLE, "esw-topo-mark");
        mark.relocate(x + boxW - 22, y + 6);
        mark.setVisible(false);
        boxes.put(host, r);
        marks.put(host, mark);
        picture.getChildren().addAll(r, t, mark);
    }
}
