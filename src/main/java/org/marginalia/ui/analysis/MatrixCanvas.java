package org.marginalia.ui.analysis;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A matrix drawn on one canvas, cells shaded by their value: a canvas rather than a grid of labels so that a
 * codebook of a hundred tags (ten thousand cells) still opens at once. A click on a cell reports its row and column.
 */
public final class MatrixCanvas extends Canvas {

    static final double CELL = 46;
    static final double ROW_HEIGHT = 24;
    static final double LABEL_WIDTH = 190;
    static final double HEADER_HEIGHT = 120;
    private static final Color SHADE = Color.web("#2A9D8F");

    /** What the matrix shows. */
    interface Cells {
        String text(int row, int column);

        /** 0 (no shade) to 1 (the strongest). */
        double shade(int row, int column);
    }

    private List<String> rows = List.of();
    private List<String> columns = List.of();
    private Cells cells;
    private boolean dark;

    MatrixCanvas(BiConsumer<Integer, Integer> onCell) {
        setOnMouseClicked(e -> {
            int column = (int) Math.floor((e.getX() - LABEL_WIDTH) / CELL);
            int row = (int) Math.floor((e.getY() - HEADER_HEIGHT) / ROW_HEIGHT);
            if (e.getX() >= LABEL_WIDTH && e.getY() >= HEADER_HEIGHT && row < rows.size() && column < columns.size()) {
                onCell.accept(row, column);
            }
        });
    }

    void show(List<String> rowNames, List<String> columnNames, Cells shownCells, boolean darkTheme) {
        rows = List.copyOf(rowNames);
        columns = List.copyOf(columnNames);
        cells = shownCells;
        dark = darkTheme;
        // Room on the right for the last column's slanted heading.
        setWidth(LABEL_WIDTH + CELL * columns.size() + 110);
        setHeight(HEADER_HEIGHT + ROW_HEIGHT * rows.size() + 8);
        draw();
    }

    /** The middle of a cell, in the canvas's coordinates (for tests and keyboard users). */
    public double cellX(int column) {
        return LABEL_WIDTH + CELL * column + CELL / 2;
    }

    public double cellY(int row) {
        return HEADER_HEIGHT + ROW_HEIGHT * row + ROW_HEIGHT / 2;
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        Color ink = dark ? Color.web("#E6EDF3") : Color.web("#1F2328");
        Color grid = dark ? Color.web("#30363D") : Color.web("#D0D7DE");
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < columns.size(); c++) {
            g.save();
            g.translate(LABEL_WIDTH + CELL * c + CELL / 2, HEADER_HEIGHT - 6);
            g.rotate(-60);
            g.setFill(ink);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(clip(columns.get(c), 22), 0, 0);
            g.restore();
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = HEADER_HEIGHT + ROW_HEIGHT * r;
            g.setFill(ink);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(clip(rows.get(r), 25), LABEL_WIDTH - 8, y + ROW_HEIGHT / 2);
            for (int c = 0; c < columns.size(); c++) {
                double x = LABEL_WIDTH + CELL * c;
                double shade = Math.max(0, Math.min(1, cells.shade(r, c)));
                g.setFill(SHADE.deriveColor(0, 1, 1, 0.08 + 0.85 * shade));
                g.fillRect(x, y, CELL, ROW_HEIGHT);
                g.setStroke(grid);
                g.strokeRect(x + 0.5, y + 0.5, CELL - 1, ROW_HEIGHT - 1);
                g.setFill(shade > 0.55 ? Color.WHITE : ink);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(cells.text(r, c), x + CELL / 2, y + ROW_HEIGHT / 2);
            }
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
