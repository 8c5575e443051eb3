package org.marginalia.importer.transcription;

import javax.xml.stream.XMLStreamConstants;

/**
 * ALTO XML, versions 2 to 4 (ABBYY, Transkribus, eScriptorium, Tesseract): {@code Page} (WIDTH, HEIGHT),
 * {@code TextBlock}, {@code TextLine} and {@code String} (CONTENT, HPOS, VPOS, WIDTH, HEIGHT, WC), and the page image
 * named in {@code sourceImageInformation/fileName}. Coordinates are kept in the file's measurement unit (pixels in
 * nearly every export), which the page's size is given in too.
 */
final class AltoReader {

    private AltoReader() {
    }

    static Transcription read(SafeXml xml, TranscriptionText out, String fileName) {
        String image = "";
        for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.name()) {
                case "fileName" -> image = xml.textInside();
                case "Page" -> out.page(number(xml, fileName, "WIDTH"), number(xml, fileName, "HEIGHT"), image);
                case "TextBlock" -> out.block();
                case "TextLine" -> out.line();
                case "String" -> out.word(xml.attribute("CONTENT"), number(xml, fileName, "HPOS"),
                        number(xml, fileName, "VPOS"), number(xml, fileName, "WIDTH"),
                        number(xml, fileName, "HEIGHT"), Numbers.parse(fileName, "WC", xml.attribute("WC"), 1));
                default -> {
                    // Styles, illustrations, print space and the rest carry no words.
                }
            }
        }
        return out.finish();
    }

    private static double number(SafeXml xml, String fileName, String attribute) {
        return Numbers.parse(fileName, xml.name() + " " + attribute, xml.attribute(attribute), Double.NaN);
    }
}
