package org.marginalia.cli;

/** Tab-separated output for scripts: one record per line, so tabs and line breaks inside a field are escaped. */
final class Tsv {

    private Tsv() {
    }

    static String row(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(escape(String.valueOf(fields[i])));
        }
        return line.toString();
    }

    static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
