package org.marginalia.importer.transcription;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.marginalia.importer.ImportException;

/**
 * hOCR (XHTML, as Tesseract and others write it): elements are told by their class; {@code ocr_page} gives the page
 * size and image in its title ({@code bbox 0 0 W H; image "page.png"}), {@code ocr_carea}/{@code ocr_par} start
 * blocks, {@code ocr_line} and its kin lines, and {@code ocrx_word} the words ({@code bbox X0 Y0 X1 Y1; x_wconf 93}).
 */
final class HocrReader {

    private static final List<String> LINES = List.of("ocr_line", "ocrx_line", "ocr_header", "ocr_caption",
            "ocr_textfloat");
    private static final double PERCENT = 100;

    private HocrReader() {
    }

    static Transcription read(SafeXml xml, TranscriptionText out, String fileName) {
        for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            List<String> classes = List.of(xml.attribute("class").strip().split("\\s+"));
            String title = xml.attribute("title");
            if (classes.contains("ocr_page")) {
                double[] box = box(fileName, title, "page");
                out.page(box[2] - box[0], box[3] - box[1], property(title, "image"));
            } else if (classes.contains("ocr_carea") || classes.contains("ocr_par")) {
                out.block();
            } else if (classes.stream().anyMatch(LINES::contains)) {
                out.line();
            } else if (classes.contains("ocrx_word")) {
                double[] box = box(fileName, title, "word");
                double confidence = Numbers.parse(fileName, "x_wconf", property(title, "x_wconf"), PERCENT) / PERCENT;
                out.word(xml.textInside(), box[0], box[1], box[2] - box[0], box[3] - box[1], confidence);
            }
        }
        return out.finish();
    }

    /** x0, y0, x1, y1 of the title's bbox. */
    private static double[] box(String fileName, String title, String what) {
        String[] parts = property(title, "bbox").split("\\s+");
        if (parts.length != 4) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "a " + what + " has no bbox of four numbers in its title", null);
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Numbers.parse(fileName, what + " bbox", parts[i], Double.NaN);
        }
        return box;
    }

    /** The value of one property of an hOCR title ({@code key value; key "quoted value"}), '' when absent. */
    static String property(String title, String key) {
        for (String part : title.split(";")) {
            String stripped = part.strip();
            if (stripped.startsWith(key + " ")) {
                String value = stripped.substring(key.length() + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return "";
    }
}
