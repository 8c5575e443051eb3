package org.marginalia.ui.analysis;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.marginalia.analysis.CodeCounts;
import org.marginalia.analysis.CooccurrenceMatrix;
import org.marginalia.analysis.CooccurrenceUnit;
import org.marginalia.model.Document;
import org.marginalia.ui.Background;

/**
 * The Analysis window: tag frequencies, the co-occurrence matrix, the code × source matrix and the timeline, with tag
 * and source subsets, each figure exportable as CSV and PNG. It only binds; {@link AnalysisViewModel} computes.
 */
public final class AnalysisView {

    private static final String DOCUMENT_DATE = "document date";
    private static final String EVENT_DATE = "event date";

    private final AnalysisViewModel vm;
    private final Background background;
    private final BooleanProperty dark;
    private final Consumer<String> notice;
    private final Runnable undo;
    private final ChoiceBox<String> overTimeBy = new ChoiceBox<>();
    private final FrequencyPane frequencies;
    private final MatrixCanvas cooccurrence;
    private final MatrixCanvas bySource;
    private final TimelineCanvas timeline;
    private final StackedBarChart<String, Number> overTime = new StackedBarChart<>(new CategoryAxis(),
            new NumberAxis());
    private final CheckComboBox<Long> tagFilter = new CheckComboBox<>();
    private final CheckComboBox<Long> sourceFilter = new CheckComboBox<>();
    private final ChoiceBox<CooccurrenceUnit> unit = new ChoiceBox<>();
    private final CheckBox jaccard = new CheckBox("Jaccard");
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private VBox timelineBox;
    private boolean filtersFilled;

    /**
     * @param notice shows a line in the main window's status bar
     * @param undo   the main window's Undo, so Ctrl+Z here takes back an adoption made here
     */
    public AnalysisView(AnalysisViewModel vm, Background background, BooleanProperty dark, Consumer<String> notice,
            Runnable undo) {
        this.vm = vm;
        this.undo = undo;
        this.background = background;
        this.dark = dark;
        this.notice = notice;
        this.frequencies = new FrequencyPane(vm);
        this.cooccurrence = new MatrixCanvas(vm::openCooccurrence);
        this.bySource = new MatrixCanvas(vm::openBySource);
        this.timeline = new TimelineCanvas(vm::openSource);
    }

    /** Opens the view in its own window beside the workbench and starts computing. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Analysis — Marginalia");
        // Most of the workbench's size, so it fits on the small laptop screens students use.
        Scene scene = new Scene(createView(), Math.min(1100, owner.getWidth() * 0.9),
                Math.min(720, owner.getHeight() * 0.9));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), undo);
        // Over the workbench, inset a little, rather than wherever the window system puts a new window.
        stage.setX(owner.getX() + owner.getWidth() * 0.05);
        stage.setY(owner.getY() + owner.getHeight() * 0.05);
        stage.setOnHidden(e -> vm.closed());
        stage.show();
        vm.refresh();
        return stage;
    }

    BorderPane createView() {
        cooccurrence.setId("cooccurrence-matrix");
        bySource.setId("source-matrix");
        timeline.setId("timeline");
        overTime.setId("codes-over-time");
        overTime.setAnimated(false);
        overTime.setPrefHeight(260);
        tabs.setId("analysis-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        overTimeBy.setId("codes-over-time-by");
        overTimeBy.getItems().setAll(DOCUMENT_DATE, EVENT_DATE);
        overTimeBy.setValue(DOCUMENT_DATE);
        overTimeBy.setAccessibleText("Codes over time by");
        overTimeBy.valueProperty().addListener((o, a, by) -> {
            if (vm.resultsProperty().get() != null) {
                draw(vm.resultsProperty().get());
            }
        });
        HBox by = new HBox(8, new Label("Codes over time by"), overTimeBy);
        by.setAlignment(Pos.CENTER_LEFT);
        by.setPadding(new Insets(0, 8, 0, 8));
        timelineBox = new VBox(8, legend(), scroll(timeline), by, overTime);
        tabs.getTabs().addAll(new Tab("Frequencies", frequencies.createView()),
                new Tab("Co-occurrence", scroll(cooccurrence)),
                new Tab("Tags × sources", scroll(bySource)),
                new Tab("Timeline", timelineBox),
                new Tab("Two coders", new TwoCodersPane(vm).createView()));
        BorderPane root = new BorderPane(tabs);
        root.setTop(toolbar());
        status.setId("analysis-status");
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
        bind();
        return root;
    }

    private Node toolbar() {
        tagFilter.setId("analysis-tag-filter");
        tagFilter.setTitle("All tags");
        tagFilter.setAccessibleText("Tags to analyse");
        sourceFilter.setId("analysis-source-filter");
        sourceFilter.setTitle("All sources");
        sourceFilter.setAccessibleText("Sources to analyse");
        unit.setId("cooccurrence-unit");
        unit.getItems().setAll(CooccurrenceUnit.values());
        unit.setValue(vm.unit());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(CooccurrenceUnit u) {
                return u == null ? "" : u.description();
            }

            @Override
            public CooccurrenceUnit fromString(String s) {
                return null;
            }
        });
        unit.setAccessibleText("Co-occurrence unit");
        jaccard.setId("cooccurrence-jaccard");
        Button csv = new Button("Export CSV…");
        csv.setId("analysis-export-csv");
        csv.setOnAction(e -> exportCsv());
        Button png = new Button("Export PNG…");
        png.setId("analysis-export-png");
        png.setOnAction(e -> exportPng());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tagFilter.setPrefWidth(170);
        sourceFilter.setPrefWidth(170);
        Label together = new Label("Together in:");
        for (Region fixed : List.of(together, unit, jaccard, csv, png)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, tagFilter, sourceFilter, together, unit, jaccard, spacer, csv, png);
        bar.setPadding(new Insets(8));
        bar.setStyle("-fx-alignment: center-left");
        return bar;
    }

    private void bind() {
        vm.resultsProperty().addListener((o, old, results) -> {
            if (results != null) {
                fillFilters(results);
                draw(results);
            }
        });
        dark.addListener((o, a, b) -> {
            if (vm.resultsProperty().get() != null) {
                draw(vm.resultsProperty().get());
            }
        });
        tagFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Long>) c -> filter());
        sourceFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Long>) c -> filter());
        unit.valueProperty().addListener((o, a, chosen) -> vm.setUnit(chosen));
        jaccard.selectedProperty().addListener((o, a, on) -> vm.setJaccard(on));
    }

    private void filter() {
        int tags = tagFilter.getCheckModel().getCheckedItems().size();
        int sources = sourceFilter.getCheckModel().getCheckedItems().size();
        tagFilter.setTitle(tags == 0 ? "All tags" : tags + (tags == 1 ? " tag" : " tags"));
        sourceFilter.setTitle(sources == 0 ? "All sources" : sources + (sources == 1 ? " source" : " sources"));
        if (filtersFilled) {
            vm.setSelection(new HashSet<>(tagFilter.getCheckModel().getCheckedItems()),
                    new HashSet<>(sourceFilter.getCheckModel().getCheckedItems()));
        }
    }

    private void fillFilters(AnalysisResults r) {
        if (filtersFilled) {
            return;
        }
        tagFilter.setConverter(converter(r::tagName));
        tagFilter.getItems().setAll(r.coding().tagIds());
        sourceFilter.setConverter(converter(r.coding()::sourceTitle));
        sourceFilter.getItems().setAll(r.coding().sources().stream().map(Document::id).toList());
        filtersFilled = true;
    }

    private void draw(AnalysisResults r) {
        frequencies.show(r);
        CooccurrenceMatrix m = r.matrix();
        List<String> tagNames = m.tagIds().stream().map(r::tagName).toList();
        double max = Math.max(1, m.maxOffDiagonal());
        cooccurrence.show(tagNames, tagNames, new MatrixCanvas.Cells() {
            @Override
            public String text(int row, int column) {
                return vm.jaccard() ? String.format(Locale.ROOT, "%.2f", m.jaccard(row, column))
                        : Integer.toString(m.count(row, column));
            }

            @Override
            public double shade(int row, int column) {
                return row == column ? 0 : vm.jaccard() ? m.jaccard(row, column) : m.count(row, column) / max;
            }
        }, dark.get());
        CodeCounts counts = r.counts();
        double maxCell = Math.max(1, counts.maxCell());
        bySource.show(counts.tagIds().stream().map(r::tagName).toList(),
                counts.sourceIds().stream().map(r.coding()::sourceTitle).toList(), new MatrixCanvas.Cells() {
                    @Override
                    public String text(int row, int column) {
                        return Integer.toString(counts.count(row, column));
                    }

                    @Override
                    public double shade(int row, int column) {
                        return counts.count(row, column) / maxCell;
                    }
                }, dark.get());
        timeline.show(r.timeline().entries(), dark.get());
        overTime.setTitle("Passages per tag by year of the " + (EVENT_DATE.equals(overTimeBy.getValue())
                ? "events the source reports" : "source's date"));
        overTime.getData().clear();
        for (long tagId : counts.tagIds()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(r.tagName(tagId));
            (EVENT_DATE.equals(overTimeBy.getValue()) ? r.timeline().codesByEventYear()
                    : r.timeline().codesByDocumentYear()).forEach((year, byTag) ->
                    series.getData().add(new XYChart.Data<>(Integer.toString(year), byTag.getOrDefault(tagId, 0))));
            overTime.getData().add(series);
        }
        status.setText(r.coding().passages().size() + " passages, " + counts.tagIds().size() + " tags, "
                + counts.sourceIds().size() + " sources; " + m.unitCount() + " units of " + m.unit().description()
                + ". Click a bar, a cell or a source to list its passages.");
    }

    private static Node legend() {
        Label legend = new Label("Thick bar: the source's date. Thin bar: the date of the events it reports. "
                + "Faint: an approximate date (c.). Click a source to list its passages.");
        legend.setPadding(new Insets(6, 8, 0, 8));
        legend.setWrapText(true);
        return legend;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setPannable(true);
        return pane;
    }

    private static StringConverter<Long> converter(LongFunction<String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(Long id) {
                return id == null ? "" : names.apply(id);
            }

            @Override
            public Long fromString(String s) {
                return null;
            }
        };
    }

    private AnalysisViewModel.Figure figure() {
        int tab = tabs.getSelectionModel().getSelectedIndex();
        return tab < AnalysisViewModel.Figure.values().length ? AnalysisViewModel.Figure.values()[tab]
                : AnalysisViewModel.Figure.AGREEMENT;
    }

    private Node figureNode() {
        return switch (figure()) {
            case FREQUENCIES -> frequencies.figure();
            case COOCCURRENCE -> cooccurrence;
            case BY_SOURCE -> bySource;
            case TIMELINE -> timelineBox;
            case AGREEMENT -> tabs.getSelectionModel().getSelectedItem().getContent();
        };
    }

    private void exportCsv() {
        choose("CSV table", "*.csv").ifPresent(path -> vm.exportCsv(figure(), path, this::done));
    }

    private void exportPng() {
        choose("PNG picture", "*.png").ifPresent(path -> {
            BufferedImage image = PngWriter.picture(figureNode(), dark.get());
            background.run("Writing the picture", p -> {
                PngWriter.write(image, path);
                return path;
            }, written -> done("Wrote " + written.getFileName()));
        });
    }

    private void done(String message) {
        status.setText(message);
        notice.accept(message);
    }

    private Optional<Path> choose(String description, String pattern) {
        return FigureFileChooser.choose(tabs.getSelectionModel().getSelectedItem(), description, pattern);
    }
}
