package org.marginalia.importer.transcription;

import javax.xml.stream.XMLStreamConstants;
import org.marginalia.importer.ImportException;

/**
 * ALTO XML, versions 2 to 4 (ABBYY, Transkribus, eScriptorium, Tesseract): {@code Page} (WIDTH, HEIGHT),
 * {@code TextBlock}, {@code TextLine} and {@code String} (CONTENT, HPOS, VPOS, WIDTH, HEIGHT, WC), and the page image
 * named in {@code sourceImageInformation/fileName}. Sizes and coordinates are in the unit
 * {@code Description/MeasurementUnit} names: {@code pixel} (the default, and nearly every export), {@code mm10}
 * (1/10 mm) or {@code inch1200} (1/1200 inch), which the importer turns into pixels of the page image; any other unit
 * is refused.
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
                case "MeasurementUnit" -> out.unit(unit(xml.textInside().strip(), fileName, out));
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

    private static String unit(String unit, String fileName, TranscriptionText out) {
        if (out.inPage()) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "its MeasurementUnit comes after the first page", null);
        }
        if (!unit.equals(Transcription.PIXEL) && Transcription.unitsPerInch(unit) == 0) {
            String shown = unit.length() > 40 ? unit.substring(0, 40) + "…" : unit;
            throw new ImportException(ImportException.Reason.UNSUPPORTED, fileName, "its MeasurementUnit '" + shown
                    + "' is not one ALTO defines (pixel, mm10, inch1200)", null);
        }
        return unit;
    }

    private static double number(SafeXml xml, String fileName, String attribute) {
        return Numbers.parse(fileName, xml.name() + " " + attribute, xml.attribute(attribute), Double.NaN);
    }
}
