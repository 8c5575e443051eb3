package org.marginalia.importer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs built in memory for the tests, so that every input is visible next to what is asserted about it. */
final class PdfFixtures {

    private PdfFixtures() {
    }

    /** One page per entry; each entry's lines are written one under the other. */
    static byte[] pages(List<List<String>> pages) {
        return build(pages, null, null);
    }

    static byte[] withInfo(List<String> lines, String title, String author, Calendar created) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreationDate(created);
        return build(List.of(lines), info, null);
    }

    static byte[] userPassword(List<String> lines, String password) {
        AccessPermission permission = new AccessPermission();
        return build(List.of(lines), null, new StandardProtectionPolicy("owner-secret", password, permission));
    }

    /** Opens without a password, but its permissions forbid copying the text. */
    static byte[] ownerPasswordOnly(List<String> lines) {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(false);
        permission.setCanExtractForAccessibility(false);
        return build(List.of(lines), null, new StandardProtectionPolicy("owner-secret", "", permission));
    }

    /** A scanned-looking page: a picture of text, with no text layer. */
    static byte[] imageOnly() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage picture = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = picture.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 120, 40);
            graphics.setColor(Color.BLACK);
            graphics.fillRect(10, 15, 100, 10);
            graphics.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 600, 240, 80);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encrypted for the holder of a certificate (the Adobe.PubSec filter). PDFBox can only write these with Bouncy
     * Castle, which Marginalia does not ship, so the encryption dictionary is written by hand; its recipient is a
     * stand-in, since without the private key no reader can open the file either way.
     */
    static byte[] certificateEncrypted() {
        return RawPdf.onePage("BT /F1 12 Tf 72 700 Td (\223\001\377) Tj ET")
                .object("<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s4 /V 2 /Length 128 "
                        + "/Recipients [<3082010606092a864886f70d010703a081f83081f5020100>] >>")
                .trailer("/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]")
                .bytes();
    }

    /** Arrays nested {@code depth} deep in the page's content, as a recursive-descent parser meets them. */
    static byte[] deeplyNested(int depth) {
        return RawPdf.onePage("BT /F1 12 Tf 72 700 Td " + "[".repeat(depth) + "(Deep)" + "]".repeat(depth) + " TJ ET")
                .bytes();
    }

    /** {@code count} pages, each with a few lines of numbered text. */
    static byte[] numberedPages(int count) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(List.of("Page " + i + " of the memorandum.", "Russia could be an ally, page " + i + "."));
        }
        return pages(pages);
    }

    static byte[] noPages() {
        try (PDDocument document = new PDDocument()) {
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Calendar utcCalendar(int year, int month, int day) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month - 1, day, 12, 0, 0);
        return calendar;
    }

    private static byte[] build(List<List<String>> pages, PDDocumentInformation info, StandardProtectionPolicy policy) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (info != null) {
                document.setDocumentInformation(info);
            }
            if (policy != null) {
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
