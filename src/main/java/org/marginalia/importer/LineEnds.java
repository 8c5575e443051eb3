package org.marginalia.importer;

/** Line ends made LF, so that offsets into stored text do not depend on the platform a file came from. */
final class LineEnds {

    private LineEnds() {
    }

    /** CRLF and lone CR become LF; nothing else changes. */
    static String toLf(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
