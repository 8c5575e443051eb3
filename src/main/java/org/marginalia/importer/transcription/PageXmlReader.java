package org.marginalia.importer.transcription;

import javax.xml.stream.XMLStreamConstants;

/**
 * PAGE XML, 2013 and 2019 schemas (Transkribus, eScriptorium, OCR-D): {@code Page} (imageFilename, imageWidth,
 * imageHeight), {@code TextRegion}, {@code TextLine} and {@code Word}, each with its {@code Coords} polygon (a
 * {@code points} attribute, or {@code Point} children as in 2010) and its {@code TextEquiv} (conf, Unicode). The box of
 * a word is its polygon's bounding box. A line transcribed without words (common in Transkribus) is split at its
 * spaces, each word given its share of the line's box by its length.
 */
final class PageXmlReader {

    private final SafeXml xml;
    private final TranscriptionText out;
    private final String fileName;
    private Element line;
    private Element word;
    private boolean lineHadWords;

    private PageXmlReader(SafeXml xml, TranscriptionText out, String fileName) {
        this.xml = xml;
        this.out = out;
        this.fileName = fileName;
    }

    static Transcription read(SafeXml xml, TranscriptionText out, String fileName) {
        new PageXmlReader(xml, out, fileName).walk();
        return out.finish();
    }

    private void walk() {
        for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.name());
            } else if (line != null && xml.depth() == line.depth - 1) {
                endLine();
            } else if (word != null && xml.depth() == word.depth - 1) {
                out.word(word.text, word.box.x(), word.box.y(), word.box.width(), word.box.height(), word.confidence);
                word = null;
            }
        }
    }

    private void start(String name) {
        Element owner = word != null ? word : line;
        switch (name) {
            case "Page" -> out.page(Numbers.parse(fileName, "Page imageWidth", xml.attribute("imageWidth"), Double.NaN),
                    Numbers.parse(fileName, "Page imageHeight", xml.attribute("imageHeight"), Double.NaN),
                    xml.attribute("imageFilename"));
            case "TextRegion" -> out.block();
            case "TextLine" -> {
                out.line();
                line = new Element(xml.depth());
                lineHadWords = false;
            }
            case "Word" -> {
                word = new Element(xml.depth());
                lineHadWords = true;
            }
            case "Coords" -> {
                if (owner != null && xml.depth() == owner.depth + 1) {
                    owner.box.addPoints(fileName, xml.attribute("points"));
                }
            }
            case "Point" -> {
                if (owner != null && xml.depth() == owner.depth + 2) {
                    owner.box.add(Numbers.parse(fileName, "Point x", xml.attribute("x"), Double.NaN),
                            Numbers.parse(fileName, "Point y", xml.attribute("y"), Double.NaN));
                }
            }
            case "TextEquiv" -> {
                if (owner != null && xml.depth() == owner.depth + 1 && !owner.hasText) {
                    owner.confidence = Numbers.parse(fileName, "TextEquiv conf", xml.attribute("conf"), 1);
                    owner.inTextEquiv = true;
                }
            }
            case "Unicode" -> {
                if (owner != null && owner.inTextEquiv && xml.depth() == owner.depth + 2) {
                    owner.text = xml.textInside();
                    owner.hasText = true;
                    owner.inTextEquiv = false;
                }
            }
            default -> {
                // Glyphs, reading order, metadata and styles carry nothing kept here.
            }
        }
    }

    /** A line without words becomes words, each with its share of the line's box. */
    private void endLine() {
        if (!lineHadWords && line.hasText && !line.text.isBlank()) {
            String[] words = line.text.strip().split("\\s+");
            int characters = line.text.strip().length();
            double x = line.box.x();
            for (String each : words) {
                double width = line.box.width() * (each.length() + 1) / (characters + 1);
                out.word(each, x, line.box.y(), width, line.box.height(), line.confidence);
                x += width;
            }
        }
        line = null;
    }

    /** A line or word being read: its depth, polygon, text and confidence. */
    private static final class Element {
        private final int depth;
        private final Polygon box = new Polygon();
        private String text = "";
        private double confidence = 1;
        private boolean hasText;
        private boolean inTextEquiv;

        Element(int depth) {
            this.depth = depth;
        }
    }
}
