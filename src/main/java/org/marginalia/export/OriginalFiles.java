package org.marginalia.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marginalia.model.SourceType;

/** Recognises the picture formats a scan comes in by their first bytes. */
final class OriginalFiles {

    /** Each picture format's extension and the first bytes of its files. */
    private static final Map<String, List<byte[]>> PICTURES = Map.of(
            "jpg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            "tif", List.of(new byte[] {'I', 'I', 0x2A, 0x00}, new byte[] {'M', 'M', 0x00, 0x2A}));

    private OriginalFiles() {
    }

    /** "pdf" for a PDF (or a source imported as one), "jpg", "png" or "tif" for a picture, else null. */
    static String extension(byte[] bytes, SourceType type) {
        if (starts(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return "pdf";
        }
        String picture = pictureExtension(bytes);
        return picture != null ? picture : type == SourceType.PDF ? "pdf" : null;
    }

    /** "jpg", "png" or "tif" for a JPEG, PNG or TIFF file; null for anything else. */
    static String pictureExtension(byte[] bytes) {
        for (Map.Entry<String, List<byte[]>> format : PICTURES.entrySet()) {
            for (byte[] magic : format.getValue()) {
                if (starts(bytes, magic)) {
                    return format.getKey();
                }
            }
        }
        return null;
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
