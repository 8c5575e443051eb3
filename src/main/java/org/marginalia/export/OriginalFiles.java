package org.marginalia.export;

import org.marginalia.model.SourceType;

/** Recognises the picture formats a scan comes in by their first bytes. */
final class OriginalFiles {

    private OriginalFiles() {
    }

    /** "pdf" for a PDF (or a source imported as one), "jpg", "png" or "tif" for a picture, else null. */
    static String extension(byte[] bytes, SourceType type) {
        if (starts(bytes, '%', 'P', 'D', 'F')) {
            return "pdf";
        }
        String picture = pictureExtension(bytes);
        return picture != null ? picture : type == SourceType.PDF ? "pdf" : null;
    }

    /** "jpg", "png" or "tif" for a JPEG, PNG or TIFF file; null for anything else. */
    static String pictureExtension(byte[] bytes) {
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (starts(bytes, 'I', 'I', 0x2A, 0x00) || starts(bytes, 'M', 'M', 0x00, 0x2A)) {
            return "tif";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
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
