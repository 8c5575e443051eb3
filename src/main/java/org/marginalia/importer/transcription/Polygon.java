package org.marginalia.importer.transcription;

/** The bounding box of a PAGE XML polygon, grown point by point; no box (all NaN) until a point arrives. */
final class Polygon {

    private double minX = Double.NaN;
    private double minY = Double.NaN;
    private double maxX = Double.NaN;
    private double maxY = Double.NaN;

    /** Adds every point of a {@code points} attribute: {@code "x,y x,y …"}. */
    void addPoints(String fileName, String points) {
        for (String point : points.strip().split("\\s+")) {
            if (point.isEmpty()) {
                continue;
            }
            int comma = point.indexOf(',');
            String x = comma < 0 ? point : point.substring(0, comma);
            String y = comma < 0 ? "" : point.substring(comma + 1);
            add(Numbers.parse(fileName, "Coords point x", x, Double.NaN),
                    Numbers.parse(fileName, "Coords point y", y, Double.NaN));
        }
    }

    void add(double x, double y) {
        minX = Double.isNaN(minX) ? x : Math.min(minX, x);
        minY = Double.isNaN(minY) ? y : Math.min(minY, y);
        maxX = Double.isNaN(maxX) ? x : Math.max(maxX, x);
        maxY = Double.isNaN(maxY) ? y : Math.max(maxY, y);
    }

    double x() {
        return minX;
    }

    double y() {
        return minY;
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
