package org.marginalia.ui.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.marginalia.analysis.DateRange;
import org.marginalia.analysis.TimelineEntry;

/**
 * The sources on a time axis, one row each: the document's date as a thick bar, the event's date as a thin one, each
 * as wide as the range its fuzzy date means ("1950s" spans ten years); approximate dates are drawn fainter. A click
 * on a row opens its source's passages.
 */
final class TimelineCanvas extends Canvas {

    static final double ROW_HEIGHT = 26;
    static final double LABEL_WIDTH = 230;
    static final double AXIS_HEIGHT = 30;
    static final double PLOT_WIDTH = 720;
    private static final Color DOCUMENT = Color.web("#E76F51");
    private static final Color EVENT = Color.web("#264653");

    private List<TimelineEntry> entries = List.of();

    TimelineCanvas(Consumer<TimelineEntry> onSource) {
        setOnMouseClicked(e -> {
            int row = (int) Math.floor((e.getY() - AXIS_HEIGHT) / ROW_HEIGHT);
            if (e.getY() >= AXIS_HEIGHT && row < entries.size()) {
                onSource.accept(entries.get(row));
            }
        });
    }

    void show(List<TimelineEntry> shown, boolean dark) {
        entries = List.copyOf(shown);
        setWidth(LABEL_WIDTH + PLOT_WIDTH + 40);
        setHeight(AXIS_HEIGHT + ROW_HEIGHT * Math.max(1, entries.size()) + 10);
        draw(dark);
    }

    private void draw(boolean dark) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        Color ink = dark ? Color.web("#E6EDF3") : Color.web("#1F2328");
        Color grid = dark ? Color.web("#30363D") : Color.web("#D0D7DE");
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        List<DateRange> ranges = new ArrayList<>();
        entries.forEach(e -> {
            if (e.documentDate() != null) {
                ranges.add(e.documentDate());
            }
            if (e.eventDate() != null) {
                ranges.add(e.eventDate());
            }
        });
        if (ranges.isEmpty()) {
            g.setFill(ink);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("No source has a date yet: add one with Source → Details (date, event date).", 10,
                    AXIS_HEIGHT + ROW_HEIGHT / 2);
            return;
        }
        int firstYear = ranges.stream().mapToInt(r -> r.first().getYear()).min().orElseThrow();
        int lastYear = ranges.stream().mapToInt(r -> r.last().getYear()).max().orElseThrow() + 1;
        double from = LocalDate.of(firstYear, 1, 1).toEpochDay();
        double until = LocalDate.of(lastYear, 1, 1).toEpochDay();
        double scale = PLOT_WIDTH / Math.max(1, until - from);
        int step = Math.max(1, (int) Math.ceil((lastYear - firstYear) / 12.0));
        for (int year = firstYear; year <= lastYear; year += step) {
            double x = LABEL_WIDTH + (LocalDate.of(year, 1, 1).toEpochDay() - from) * scale;
            g.setStroke(grid);
            g.strokeLine(x, AXIS_HEIGHT - 4, x, getHeight());
            g.setFill(ink);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Integer.toString(year), x, AXIS_HEIGHT / 2);
        }
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            double y = AXIS_HEIGHT + ROW_HEIGHT * i;
            g.setFill(ink);
            g.setTextAlign(TextAlignment.RIGHT);
            String title = e.title().length() > 32 ? e.title().substring(0, 31) + "…" : e.title();
            g.fillText(title, LABEL_WIDTH - 10, y + ROW_HEIGHT / 2);
            bar(g, e.documentDate(), DOCUMENT, y + 5, 10, from, scale);
            bar(g, e.eventDate(), EVENT, y + 17, 5, from, scale);
        }
    }

    private static void bar(GraphicsContext g, DateRange range, Color color, double y, double height, double from,
            double scale) {
        if (range == null) {
            return;
        }
        double x = LABEL_WIDTH + (range.first().toEpochDay() - from) * scale;
        double width = Math.max(3, (range.last().toEpochDay() + 1 - range.first().toEpochDay()) * scale);
        g.setFill(color.deriveColor(0, 1, 1, range.approximate() ? 0.4 : 0.9));
        g.fillRoundRect(x, y, width, height, 4, 4);
    }
}
