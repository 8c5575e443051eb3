package org.marginalia.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageProgress;

/**
 * The text of a PDF in one pass, with where each page begins. Each page's text is normalised to LF line ends on
 * its own and ends with a line break, so that page starts stay exact and no page runs into the next.
 */
final class PdfText extends PDFTextStripper {

    /** The text, the UTF-16 offset at which each page starts in it (the first being 0), and each page's words. */
    record Extracted(String text, int[] pageStarts, List<PageLayout> layout) {
    }

    private final List<Integer> rawStarts = new ArrayList<>();
    private final List<PdfWords> pages = new ArrayList<>();
    /** Polling on every operator would cost more than it saves; a page has thousands of them. */
    private static final int CHECK_EVERY = 256;
    private final BooleanSupplier cancelled;
    private final PageProgress progress;
    private StringWriter writer;
    private int operators;
    private int pageCount;

    private PdfText(BooleanSupplier cancelled, PageProgress progress) {
        this.cancelled = cancelled;
        this.progress = progress;
        setLineSeparator("\n");
    }

    /** @throws CancellationException when {@code cancelled} turns true: a watchdog gave up on this extraction */
    static Extracted of(PDDocument document, BooleanSupplier cancelled) throws IOException {
        return of(document, cancelled, PageProgress.NONE);
    }

    /**
     * As {@link #of(PDDocument, BooleanSupplier)}, reporting each page to {@code progress} before reading it, so a
     * long PDF shows how far it got; when the progress says cancelled, extraction stops as for {@code cancelled}.
     */
    static Extracted of(PDDocument document, BooleanSupplier cancelled, PageProgress progress) throws IOException {
        PdfText stripper = new PdfText(() -> cancelled.getAsBoolean() || progress.cancelled(), progress);
        stripper.pageCount = document.getNumberOfPages();
        stripper.writer = new StringWriter();
        stripper.writeText(document, stripper.writer);
        return stripper.assemble();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("PDF text extraction was given up");
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("PDF text extraction was given up");
        }
        progress.page(getCurrentPageNo(), pageCount);
        super.startPage(page);
        output.flush();
        rawStarts.add(writer.getBuffer().length());
        pages.add(PdfWords.startOf(page));
    }

    /** PDFBox writes a line one word at a time, with the glyphs that make it up. */
    @Override
    protected void writeString(String word, List<TextPosition> glyphs) throws IOException {
        super.writeString(word, glyphs);
        if (!pages.isEmpty()) {
            pages.get(pages.size() - 1).add(word, glyphs);
        }
    }

    private Extracted assemble() {
        String raw = writer.toString();
        StringBuilder text = new StringBuilder(raw.length() + rawStarts.size());
        int[] starts = new int[rawStarts.size()];
        List<PageLayout> layout = new ArrayList<>();
        for (int page = 0; page < starts.length; page++) {
            int end = page + 1 < starts.length ? rawStarts.get(page + 1) : raw.length();
            String pageText = LineEnds.toLf(raw.substring(rawStarts.get(page), end));
            starts[page] = text.length();
            text.append(pageText);
            if (!pageText.isEmpty() && !pageText.endsWith("\n")) {
                text.append('\n');
            }
            layout.add(pages.get(page).layout(page + 1, pageText, starts[page]));
        }
        return new Extracted(text.toString(), starts, layout);
    }
}
