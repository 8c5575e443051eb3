package org.marginalia.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the encoding of a plain text file and decodes it: byte order mark first, then UTF-16 told by its zero bytes,
 * then strict UTF-8, then a statistical guess, then windows-1252, which decodes anything. The byte order mark is
 * dropped and nothing else is changed, so that what is stored is what the file says.
 */
final class TextDecoder {

    /**
     * How the bytes were decoded, for tests and diagnostics.
     *
     * @param warning what the user should check when the text may not read as the file meant it: the file was not
     *     valid UTF-8 and was read in a guessed or legacy encoding, or characters were replaced; empty otherwise
     */
    record Decoded(String text, Charset charset, Optional<String> warning) {

        Decoded(String text, Charset charset) {
            this(text, charset, Optional.empty());
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 8192;

    private TextDecoder() {
    }

    /** @throws ImportException DAMAGED when the bytes claim an encoding they break, or look binary */
    static Decoded decode(String fileName, byte[] bytes) {
        Optional<Decoded> unicode = byByteOrderMark(fileName, bytes).or(() -> utf16WithoutMark(bytes));
        if (unicode.isPresent()) {
            return unicode.get();
        }
        if (containsNul(bytes)) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "it holds binary data (zero bytes), not text", null);
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(dropMark(utf8.get().text()), StandardCharsets.UTF_8);
        }
        // Not UTF-8: whatever is chosen now is a guess, and a wrong guess silently turns accents into mojibake.
        Optional<Decoded> guess = guessed(bytes);
        Decoded decoded = guess.orElseGet(() -> new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252));
        String text = dropMark(decoded.text());
        return new Decoded(text, decoded.charset(), Optional.of(legacyWarning(fileName, bytes, text,
                decoded.charset(), guess.isPresent())));
    }

    private static String legacyWarning(String fileName, byte[] bytes, String text, Charset charset,
            boolean guessed) {
        long notUtf8 = replacements(new String(bytes, StandardCharsets.UTF_8));
        long replaced = replacements(text);
        return fileName + " is not valid UTF-8 (" + notUtf8 + " character" + (notUtf8 == 1 ? "" : "s")
                + " could not be read as UTF-8); it was read as " + charset.name()
                + (guessed ? " (a guess)" : " (the fallback)")
                + (replaced > 0 ? " and " + replaced + " character" + (replaced == 1 ? " was" : "s were")
                        + " replaced by U+FFFD" : "")
                + "; check its accented letters";
    }

    private static long replacements(String text) {
        return text.chars().filter(c -> c == '\uFFFD').count();
    }

    private static Optional<Decoded> byByteOrderMark(String fileName, byte[] b) {
        Charset charset;
        int skip;
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(b, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(b, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            return Optional.empty();
        }
        Optional<Decoded> decoded = strict(b, skip, charset);
        if (decoded.isEmpty()) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "it starts with a " + charset.name() + " byte order mark but is not valid " + charset.name(), null);
        }
        return decoded;
    }

    /**
     * Text in UTF-16 without a byte order mark is told by its zero bytes: mostly-Latin text has a zero in every other
     * byte, at odd positions for little-endian and even positions for big-endian, and almost none at the others.
     */
    private static Optional<Decoded> utf16WithoutMark(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return Optional.empty();
        }
        int pairs = Math.min(b.length, SAMPLE) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        Charset charset;
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 <= pairs) {
            charset = StandardCharsets.UTF_16LE;
        } else if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 <= pairs) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        return strict(b, 0, charset);
    }

    private static Optional<Decoded> guessed(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Charset.isSupported(name) ? strict(bytes, 0, Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String dropMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
