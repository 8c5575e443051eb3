package org.marginalia.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;
import org.marginalia.ui.page.PagePane;
import org.marginalia.ui.page.PaneContext;
import org.marginalia.ui.edit.TextEditView;

/** One source pane: a header with the source's title and metadata, a find bar, and the highlighted text. */
final class SourcePaneView {

    private final WorkbenchViewModel vm;
    private final SourcePaneModel model;
    private final DoubleProperty fontSize;
    private final Label title = new Label("No source");
    private final Label details = new Label();
    private final Label page = new Label();
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final FindBar findBar;
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private final PagePane pages;
    private final TextEditView editing;
    private VBox root;

    SourcePaneView(WorkbenchViewModel vm, SourcePaneModel model, DoubleProperty fontSize, WindowState state) {
        this.vm = vm;
        this.model = model;
        this.fontSize = fontSize;
        this.findBar = new FindBar(model, area::requestFocus);
        this.pages = new PagePane(new PaneContext(vm, model, area, this::index,
                () -> applyHighlights(model.highlightsProperty().get()), vm.project().pages(), vm.background()),
                this::topOffset, state);
        this.editing = new TextEditView(vm.textCorrections().editorFor(model));
    }

    private int index() {
        return vm.panes().indexOf(model);
    }

    Node createView() {
        title.getStyleClass().add("pane-title");
        title.setId("source-title");
        // Start and end of a long title stay visible: they are what tells two reports of one event apart.
        title.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        details.getStyleClass().add("pane-details");
        page.getStyleClass().add("pane-details");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.setId("source-page");
        page.visibleProperty().bind(pages.pageShown().not());
        page.managedProperty().bind(page.visibleProperty());
        VBox heading = new VBox(2, title, details);
        HBox.setHgrow(heading, Priority.ALWAYS);
        MenuButton choose = new MenuButton(null, new FontIcon(Feather.BOOK));
        choose.getStyleClass().addAll("flat", "button-icon");
        choose.setAccessibleText("Show another source in this pane");
        choose.setTooltip(new Tooltip("Show another source in this pane"));
        choose.setOnShowing(e -> choose.getItems().setAll(vm.sources().stream().map(s -> {
            MenuItem item = new MenuItem(SourceTitles.shortTitle(s.document()),
                    SourcesView.iconOf(s.document().type()));
            item.setOnAction(a -> vm.openInPane(index(), s.document().id()));
            return item;
        }).toList()));
        choose.getItems().add(new MenuItem("…"));
        HBox header = new HBox(8, heading, page, pages.modeSwitch(), editing.button(), choose);
        header.getStyleClass().add("pane-header");
        header.setAlignment(Pos.CENTER_LEFT);

        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("source-text");
        area.setAccessibleText("Source text");
        area.setMouseOverTextDelay(Duration.ofMillis(450));
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        hoverText.getStyleClass().add("passage-tooltip");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(380);
        hover.getContent().add(hoverText);

        Label placeholder = PanePlaceholder.of(vm, model);
        placeholder.setId("pane-placeholder");
        root = new VBox(header, findBar.createView(), new StackPane(pages.wrap(scroll), placeholder,
                editing.createView()));
        VBox.setVgrow(root.getChildren().get(2), Priority.ALWAYS);
        root.getStyleClass().add("source-pane");
        bind();
        return root;
    }

    private void bind() {
        model.textProperty().addListener((o, a, text) -> {
            area.replaceText(text);
            area.moveTo(0);
            area.showParagraphAtTop(0);
            // A corrected text of the same length may get highlights equal to the last ones: no change fires then.
            applyHighlights(model.highlightsProperty().get());
        });
        model.highlightsProperty().addListener((o, a, spans) -> applyHighlights(spans));
        model.secondCoderProperty().addListener((o, a, spans) -> applyHighlights(model.highlightsProperty().get()));
        model.documentProperty().addListener((o, a, d) -> showHeader(d));
        model.revealProperty().addListener((o, a, span) -> reveal(span));
        area.selectionProperty().addListener((o, a, range) -> model.textSelectionProperty()
                .set(range.getLength() == 0 ? null : new TextSpan(range.getStart(), range.getEnd())));
        area.styleProperty().bind(Bindings.createStringBinding(
                () -> ReadableMeasure.style(fontSize.get(), area.getWidth()), fontSize, area.widthProperty()));
        area.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                vm.setActivePane(index());
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.estimatedScrollYProperty().addListener((o, a, b) -> updatePage());
        area.setOnContextMenuRequested(e -> contextMenu().show(area, e.getScreenX(), e.getScreenY()));
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::snapToWords);
        root.setOnDragOver(e -> {
            if (DragPayload.SOURCE.idIn(e.getDragboard().getString()).isPresent()) {
                e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY, TransferMode.MOVE);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> DragPayload.SOURCE.idIn(e.getDragboard().getString()).ifPresent(id -> {
            vm.openInPane(index(), id);
            e.setDropCompleted(true);
            e.consume();
        }));
        showHeader(model.documentProperty().get());
    }

    /** Ids follow the pane's position, so tests and assistive tools find "the first pane" by name. */
    void renumber(int position) {
        root.setId("source-pane-" + position);
        area.setId("source-area-" + position);
        title.setId("source-title-" + position);
        findBar.renumber(position);
        pages.renumber(position);
        editing.renumber(position);
    }

    private void applyHighlights(StyleSpans<HighlightStyle> spans) {
        if (spans == null || spans.length() != area.getLength()) {
            return;
        }
        StyleSpansBuilder<String> css = new StyleSpansBuilder<>();
        for (StyleSpan<HighlightStyle> span : spans) {
            css.add(span.getStyle().toCss(), span.getLength());
        }
        area.setStyleSpans(0, pages.withUncertainWords(css.create()));
        LinkGutter gutter = model.linkGutter();
        area.setParagraphGraphicFactory(paragraph -> gutterNode(gutter, paragraph));
    }

    /** A narrow margin that carries a link icon beside each paragraph where a linked passage begins. */
    private Node gutterNode(LinkGutter gutter, int paragraph) {
        int from = area.getAbsolutePosition(paragraph, 0);
        boolean marked = gutter.marks(from, from + area.getParagraphLength(paragraph));
        Node marker = marked ? new FontIcon(Feather.LINK_2) : new Region();
        marker.getStyleClass().add("link-marker");
        StackPane margin = new StackPane(marker);
        if (SecondCoderBar.covers(model.secondCoderProperty().get(), from, from + area.getParagraphLength(paragraph))) {
            margin.getChildren().add(0, SecondCoderBar.create());
        }
        margin.setMinWidth(22);
        margin.setPrefWidth(22);
        margin.setAlignment(Pos.TOP_CENTER);
        return margin;
    }

    private void showHeader(Document d) {
        if (d == null) {
            title.setText("No source");
            title.setTooltip(null);
            details.setText("");
            page.setText("");
            return;
        }
        title.setText(d.title());
        title.setTooltip(new Tooltip(d.title()));
        List<String> parts = new ArrayList<>();
        parts.add(d.type().word().toUpperCase(Locale.ROOT));
        for (String value : List.of(d.metadata().author(), d.metadata().publisher(), d.metadata().date(),
                d.metadata().collection())) {
            if (!value.isBlank()) {
                parts.add(value);
            }
        }
        parts.add(String.format("%,d characters", d.textLength()));
        details.setText(String.join("  ·  ", parts));
        updatePage();
    }

    private void updatePage() {
        Document d = model.documentProperty().get();
        if (d == null || d.pages().isEmpty()) {
            page.setText("");
            return;
        }
        page.setText("Page " + d.pages().pageAt(topOffset()) + " of " + d.pages().pageCount());
    }

    /**
     * Roughly where the text at the top of the pane starts, from the scroll position alone: asking RichTextFX for
     * its first visible paragraph while it lays out can fail, and a page number or a scroll partner needs no more.
     */
    int topOffset() {
        Double total = area.totalHeightEstimateProperty().getValue();
        if (total == null || total <= 0 || area.getLength() == 0) {
            return 0;
        }
        double fraction = Math.max(0, Math.min(1, area.getEstimatedScrollY() / total));
        return (int) Math.round(fraction * area.getLength());
    }

    private void reveal(TextSpan span) {
        if (span == null || span.end() > area.getLength()) {
            return;
        }
        // Bring the passage in, then move it up to a third of the pane's height so its context shows around it.
        area.moveTo(span.start());
        area.requestFollowCaret();
        area.layout();
        area.getCaretBounds().ifPresent(caret -> {
            javafx.geometry.Bounds pane = area.localToScreen(area.getBoundsInLocal());
            if (pane != null) {
                area.scrollYBy(caret.getMinY() - (pane.getMinY() + pane.getHeight() / 3));
            }
        });
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || area.getSelection().getLength() > 0) {
            return;
        }
        area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(offset -> vm.clickAt(index(), offset));
    }

    /** A drag that ends inside a word takes the whole word; with Alt held, exactly the characters dragged over. */
    private void snapToWords(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || area.getSelection().getLength() == 0) {
            return;
        }
        TextSpan dragged = new TextSpan(area.getSelection().getStart(), area.getSelection().getEnd());
        TextSpan snapped = model.snapped(dragged, e.isAltDown());
        if (!snapped.equals(dragged)) {
            area.selectRange(snapped.start(), snapped.end());
        }
    }

    private void keyPressed(KeyEvent e) {
        String key = e.getText();
        if (!e.isShortcutDown() && !e.isAltDown() && key != null && key.length() == 1
                && vm.passages().applyTagByKey(index(), key)) {
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            vm.passages().markPassage(index());
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            vm.passages().deleteSelected();
            e.consume();
        }
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        int pane = index();
        for (TagItem t : vm.tags()) {
            String label = (t.tag().shortcutKey() == null ? "" : t.tag().shortcutKey() + "   ") + t.tag().name();
            MenuItem item = new MenuItem(label, TagSwatch.of(t.tag().color()));
            item.setOnAction(e -> vm.passages().applyTag(pane, t.tag().id()));
            menu.getItems().add(item);
        }
        MenuItem mark = new MenuItem("Mark passage");
        mark.setAccelerator(KeyCombination.keyCombination("Enter"));
        mark.setOnAction(e -> vm.passages().markPassage(pane));
        MenuItem newTag = new MenuItem("New tag from selection…");
        newTag.setOnAction(e -> vm.passages().newTagFromSelection(pane));
        boolean noSelection = model.textSelectionProperty().get() == null;
        mark.setDisable(noSelection);
        newTag.setDisable(noSelection);
        MenuItem link = new MenuItem("Link passages…");
        link.setOnAction(e -> vm.passages().linkSelected());
        MenuItem delete = new MenuItem("Delete passage");
        delete.setDisable(model.selectedPassageProperty().get() == null);
        delete.setOnAction(e -> vm.passages().deleteSelected());
        menu.getItems().addAll(new SeparatorMenuItem(), mark, newTag, new SeparatorMenuItem(), link, delete);
        return menu;
    }

    private void showHover(MouseOverTextEvent e) {
        List<Annotation> under = model.passagesAt(e.getCharacterIndex());
        if (under.isEmpty()) {
            return;
        }
        hoverText.setText(PassageHover.describe(under, vm.tags()));
        hover.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 14);
    }

    void showFind() {
        findBar.show();
    }

    Node root() {
        return root;
    }

    InlineCssTextArea area() {
        return area;
    }

    SourcePaneModel model() {
        return model;
    }
}
