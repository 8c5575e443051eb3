package org.marginalia.export.csl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marginalia.model.CitationStyle;

/** The CSL text of a style: a bundled one from the official styles package, or the user's file. */
final class StyleSources {

    /** A real CSL style is tens of kilobytes; anything far larger is not one. */
    private static final long MAX_STYLE_BYTES = 2L * 1024 * 1024;

    private StyleSources() {
    }

    static String text(CitationStyle style) {
        if (style.file().isPresent()) {
            return read(style.file().get());
        }
        try (InputStream in = CitationFormatter.class.getResourceAsStream("/" + style.id() + ".csl")) {
            if (in == null) {
                throw new CitationStyleException(style.id(), "it is not one of the bundled styles", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CitationStyleException(style.id(), e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_STYLE_BYTES) {
                throw new CitationStyleException(file.toString(), "the file is too large for a CSL style", null);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains("<style") || !text.contains("http://purl.org/net/xbiblio/csl")) {
                throw new CitationStyleException(file.toString(), "it is not a CSL style (.csl) file", null);
            }
            return text;
        } catch (IOException e) {
            throw new CitationStyleException(file.toString(), "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
