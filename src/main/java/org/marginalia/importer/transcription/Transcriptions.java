package org.marginalia.importer.transcription;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.marginalia.importer.ImportException;

/** Tells the transcription formats apart by their content and reads each with its hardened reader ({@link SafeXml}). */
public final class Transcriptions {

    /** The formats read: hOCR, ALTO XML (v2–v4), PAGE XML (2013, 2019). */
    public enum Format { HOCR, ALTO, PAGE_XML }

    private static final int SNIFF_WINDOW = 64 * 1024;

    private Transcriptions() {
    }

    /** The format the first bytes of a file show, if they show one. */
    public static Optional<Format> detect(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, SNIFF_WINDOW), StandardCharsets.ISO_8859_1);
        if (start.contains("<PcGts") || start.contains(":PcGts")) {
            return Optional.of(Format.PAGE_XML);
        }
        if (start.contains("<alto") || start.contains(":alto")) {
            return Optional.of(Format.ALTO);
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.contains("ocr_page") || lower.contains("ocr-system") || lower.contains("ocrx_word")
                || lower.contains("ocr-capabilities")) {
            return Optional.of(Format.HOCR);
        }
        return Optional.empty();
    }

    /**
     * @throws ImportException UNSUPPORTED when the file is none of the formats; UNSAFE for a DTD, entities, absurd
     *     sizes or counts; DAMAGED for XML that is not well-formed, negative sizes or missing numbers; EMPTY without
     *     words
     */
    public static Transcription read(String fileName, byte[] bytes, TranscriptionLimits limits) {
        Format format = detect(bytes).orElseThrow(() -> new ImportException(ImportException.Reason.UNSUPPORTED,
                fileName, "not an hOCR, ALTO or PAGE XML transcription", null));
        TranscriptionText out = new TranscriptionText(fileName, limits);
        try (SafeXml xml = new SafeXml(bytes, fileName, limits.maxDepth(), format == Format.HOCR)) {
            return switch (format) {
                case HOCR -> HocrReader.read(xml, out, fileName);
                case ALTO -> AltoReader.read(xml, out, fileName);
                case PAGE_XML -> PageXmlReader.read(xml, out, fileName);
            };
        }
    }
}
