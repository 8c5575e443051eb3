package org.marginalia.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Born-digital PDFs written on the spot: A4 pages of Times lines, so PDFBox gives every word a box. The page
 * rendering bench draws one; tests of the page view import them.
 */
public final class TextPdf {

    public static final float FONT_SIZE = 14;
    public static final float LEFT = 72;
    public static final float TOP = 90;
    public static final float LEADING = 24;

    private TextPdf() {
    }

    /** One A4 page per list of lines, in 14 pt type. */
    public static byte[] pages(List<List<String>> pages) {
        return pages(pages, FONT_SIZE, LEADING);
    }

    /** One A4 page per list of lines, in {@code size} pt type with {@code leading} pt between baselines. */
    public static byte[] pages(List<List<String>> pages, float size, float leading) {
        try (PDDocument document = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), size);
                    content.setLeading(leading);
                    content.newLineAtOffset(LEFT, PDRectangle.A4.getHeight() - TOP);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
