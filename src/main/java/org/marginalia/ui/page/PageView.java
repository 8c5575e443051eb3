package org.marginalia.ui.page;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.PageLayout;

/**
 * The page of a source as it looks, with its passages drawn as boxes: page buttons and zoom above, the page below.
 * A click or a dragged region is handed on in page units; what they mean is decided elsewhere.
 */
final class PageView {

    /** Below this many pixels of movement a press and release is a click, not a drag. */
    private static final double DRAG_SLOP = 4;
    private static final double MIN_WIDTH = 160;

    private final PageViewModel model;
    private final Button previous = button(Feather.CHEVRON_LEFT, "Previous page");
    private final Button next = button(Feather.CHEVRON_RIGHT, "Next page");
    private final TextField number = new TextField();
    private final Label count = new Label();
    private final Button zoomOut = button(Feather.ZOOM_OUT, "Zoom out (Ctrl+-)");
    private final Button fit = button(Feather.MAXIMIZE_2, "Fit the page's width");
    private final Button zoomIn = button(Feather.ZOOM_IN, "Zoom in (Ctrl+=)");
    private final ImageView picture = new ImageView();
    private final Pane marks = new Pane();
    private final Rectangle band = new Rectangle();
    private final StackPane sheet = new StackPane(picture, marks);
    private final ScrollPane scroll = new ScrollPane();
    private final PageImages images = new PageImages();
    private List<PageMark> shown = List.of();
    private Point2D pressed;
    private Consumer<Point2D> onClick = p -> { };
    private Consumer<PageBox> onRegion = r -> { };
    private VBox root;

    PageView(PageViewModel model) {
        this.model = model;
    }

    Node createView() {
        number.setPrefColumnCount(3);
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.setAccessibleText("Page number");
        number.setTooltip(new Tooltip("Go to page"));
        count.getStyleClass().add("pane-details");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox pages = new HBox(4, previous, number, count, next);
        pages.setAlignment(Pos.CENTER_LEFT);
        HBox zoom = new HBox(4, zoomOut, fit, zoomIn);
        zoom.setAlignment(Pos.CENTER_LEFT);
        // On a narrow pane the zoom buttons go to a second line rather than out of sight.
        FlowPane bar = new FlowPane(16, 2, pages, zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("page-bar");
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        marks.setManaged(false);
        band.getStyleClass().add("page-region");
        band.setVisible(false);
        sheet.setAlignment(Pos.TOP_LEFT);
        sheet.getStyleClass().add("page-sheet");
        StackPane centred = new StackPane(sheet);
        centred.getStyleClass().add("page-desk");
        scroll.setContent(centred);
        scroll.setFitToWidth(true);
        scroll.setPannable(false);
        scroll.getStyleClass().add("page-scroll");
        scroll.setAccessibleText("The page as it looks; drag over words to select their text");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(bar, scroll);
        root.getStyleClass().add("page-view");
        // The page is as wide as the view: it must never hold the view wide (and squeeze the text beside it).
        bar.setMinWidth(0);
        scroll.setMinWidth(0);
        root.setMinWidth(MIN_WIDTH);
        bind();
        return root;
    }

    private void bind() {
        previous.setOnAction(e -> model.previousPage());
        next.setOnAction(e -> model.nextPage());
        zoomIn.setOnAction(e -> model.zoomIn());
        zoomOut.setOnAction(e -> model.zoomOut());
        fit.setOnAction(e -> model.fitWidth());
        number.setOnAction(e -> {
            try {
                model.showPage(Integer.parseInt(number.getText().strip()));
            } catch (NumberFormatException notANumber) {
                number.setText(String.valueOf(model.pageProperty().get()));
            }
        });
        model.pageProperty().addListener((o, a, n) -> number.setText(String.valueOf(n)));
        model.pageCountProperty().addListener((o, a, n) -> count.setText("of " + n));
        previous.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(1));
        next.disableProperty().bind(model.pageProperty().greaterThanOrEqualTo(model.pageCountProperty()));
        model.imageProperty().addListener((o, a, img) -> {
            picture.setImage(img == null ? null : images.toImage(img));
            resize();
        });
        model.zoomProperty().addListener((o, a, z) -> resize());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || Math.abs(a.getWidth() - b.getWidth()) > 0.5) {
                resize();
            }
        });
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        sheet.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        sheet.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** Ids follow the pane's position, as the text's do. */
    void renumber(int position) {
        root.setId("page-view-" + position);
        previous.setId("page-previous-" + position);
        next.setId("page-next-" + position);
        number.setId("page-number-" + position);
        zoomIn.setId("page-zoom-in-" + position);
        zoomOut.setId("page-zoom-out-" + position);
        fit.setId("page-fit-" + position);
        sheet.setId("page-sheet-" + position);
    }

    void onClick(Consumer<Point2D> action) {
        onClick = action;
    }

    void onRegion(Consumer<PageBox> action) {
        onRegion = action;
    }

    /** Draws these marks over the page, replacing the last ones. */
    void draw(List<PageMark> next) {
        shown = List.copyOf(next);
        redraw();
    }

    /** How many screen pixels one page unit takes now, or 0 before a page is shown. */
    double scale() {
        PageLayout layout = model.layout().orElse(null);
        return layout == null || picture.getImage() == null ? 0 : picture.getFitWidth() / layout.width();
    }

    private void resize() {
        PageLayout layout = model.layout().orElse(null);
        if (layout == null || scroll.getViewportBounds() == null) {
            return;
        }
        double width = Math.max(120, scroll.getViewportBounds().getWidth() - 24) * model.zoomProperty().get();
        picture.setFitWidth(width);
        double height = width * layout.height() / layout.width();
        sheet.setMinSize(width, height);
        sheet.setMaxSize(width, height);
        marks.resize(width, height);
        redraw();
    }

    private void redraw() {
        marks.getChildren().setAll(PageShapes.of(shown, scale()));
        marks.getChildren().add(band);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            pressed = new Point2D(e.getX(), e.getY());
            sheet.requestFocus();
        }
    }

    private void dragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        band.setX(Math.min(pressed.getX(), e.getX()));
        band.setY(Math.min(pressed.getY(), e.getY()));
        band.setWidth(Math.abs(e.getX() - pressed.getX()));
        band.setHeight(Math.abs(e.getY() - pressed.getY()));
        band.setVisible(true);
    }

    private void released(MouseEvent e) {
        if (pressed == null || scale() <= 0) {
            pressed = null;
            return;
        }
        double s = scale();
        Point2D from = pressed;
        pressed = null;
        band.setVisible(false);
        if (from.distance(e.getX(), e.getY()) < DRAG_SLOP) {
            onClick.accept(new Point2D(e.getX() / s, e.getY() / s));
        } else {
            onRegion.accept(PageBox.between(from.getX() / s, from.getY() / s, e.getX() / s, e.getY() / s));
        }
    }

    Node root() {
        return root;
    }

    /** The node that takes focus and keys when the user works on the page. */
    Node sheet() {
        return sheet;
    }

    private static Button button(Feather icon, String text) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(text));
        return b;
    }
}
