package org.marginalia.ui.analysis;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.marginalia.analysis.CodeCounts;

/** Passages per tag as a bar chart beside its table; a bar or a row opens its passages. */
final class FrequencyPane {

    /** One line of the table. */
    record Row(int index, String tag, int passages) {
    }

    private final AnalysisViewModel vm;
    private final CategoryAxis tagAxis = new CategoryAxis();
    private final NumberAxis countAxis = new NumberAxis();
    private final BarChart<Number, String> chart = new BarChart<>(countAxis, tagAxis);
    private final TableView<Row> table = new TableView<>();

    FrequencyPane(AnalysisViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        chart.setId("frequency-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle("Passages per tag");
        countAxis.setMinorTickVisible(false);
        // Passages are counted in whole numbers: no "2.25" ticks on a small project.
        countAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        table.setId("frequency-table");
        TableColumn<Row, String> tag = new TableColumn<>("Tag");
        tag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().tag()));
        tag.setPrefWidth(200);
        TableColumn<Row, Integer> passages = new TableColumn<>("Passages");
        passages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().passages()));
        passages.setPrefWidth(90);
        table.getColumns().add(tag);
        table.getColumns().add(passages);
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (row.getItem() != null) {
                    vm.openFrequency(row.getItem().index());
                }
            });
            return row;
        });
        // A hundred-tag codebook makes the chart taller than the window: it scrolls, as the table does.
        ScrollPane scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        SplitPane split = new SplitPane(scroll, table);
        split.setDividerPositions(0.65);
        return split;
    }

    /** The node a PNG export takes a picture of. */
    Node figure() {
        return chart;
    }

    void show(AnalysisResults r) {
        CodeCounts counts = r.counts();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        table.getItems().clear();
        // The category axis lists from the bottom up: add in reverse so the first tag is on top, as in the table.
        for (int i = counts.tagIds().size() - 1; i >= 0; i--) {
            String name = r.tagName(counts.tagIds().get(i));
            XYChart.Data<Number, String> bar = new XYChart.Data<>(counts.total(i), name);
            int row = i;
            bar.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    node.setId("frequency-bar-" + row);
                    node.setOnMouseClicked(e -> vm.openFrequency(row));
                }
            });
            series.getData().add(bar);
        }
        for (int i = 0; i < counts.tagIds().size(); i++) {
            table.getItems().add(new Row(i, r.tagName(counts.tagIds().get(i)), counts.total(i)));
        }
        chart.getData().setAll(series);
        chart.setMinHeight(Math.max(300, 22.0 * counts.tagIds().size()));
    }
}
