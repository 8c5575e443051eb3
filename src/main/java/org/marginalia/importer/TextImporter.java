package org.marginalia.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/**
 * Imports plain text and Markdown files as they are: the encoding is found by {@link TextDecoder}, a byte order mark
 * is dropped and line ends become LF; nothing else changes (no trimming, no Unicode normalisation), so that a passage
 * quoted from the file is found at the same place in the stored text. The title is the first line that says something.
 */
public final class TextImporter implements SourceImporter {

    /** Lines that web pages saved as text often start with, and that are never the title. */
    private static final Set<String> BOILERPLATE = Set.of("skip to content", "skip to main content",
            "jump to content", "jump to navigation", "menu", "search", "advertisement", "home");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final SourceType type;
    private final List<String> extensions;

    private TextImporter(SourceType type, List<String> extensions) {
        this.type = type;
        this.extensions = extensions;
    }

    /** For {@code .txt} files. */
    public static TextImporter plainText() {
        return new TextImporter(SourceType.TEXT, List.of("txt", "text"));
    }

    /** For {@code .md} files; the text is kept as written, with its markup. */
    public static TextImporter markdown() {
        return new TextImporter(SourceType.MARKDOWN, List.of("md", "markdown"));
    }

    @Override
    public SourceType type() {
        return type;
    }

    /** Plain text has no signature; it is chosen by extension only. */
    @Override
    public boolean sniff(byte[] head) {
        return false;
    }

    @Override
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, bytes);
        String text = LineEnds.toLf(decoded.text());
        if (text.isBlank()) {
            throw new ImportException(ImportException.Reason.EMPTY, fileName,
                    bytes.length == 0 ? "the file is empty" : "it holds only white space", null);
        }
        if (TextChecks.looksBinary(text)) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "it holds binary data (control characters), not text", null);
        }
        SourceMetadata metadata = SourceMetadata.titled(Titles.firstOf(titleLine(text), Titles.fromFileName(fileName)));
        return new ImportedSource(metadata, type, fileName, bytes, Fingerprint.sha256Hex(bytes), text,
                PageStarts.none()).withWarnings(decoded.warning().stream().toList());
    }

    private String titleLine(String text) {
        for (String line : text.split("\n", 50)) {
            String candidate = type == SourceType.MARKDOWN ? MARKDOWN_HEADING.matcher(line).replaceAll("") : line;
            candidate = candidate.strip();
            if (HAS_WORD.matcher(candidate).find() && !BOILERPLATE.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return "";
    }
}
