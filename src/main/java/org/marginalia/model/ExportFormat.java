package org.marginalia.model;

import java.util.Locale;

/** The formats a project can be exported to, with the word the command line uses and the usual file extension. */
public enum ExportFormat {
    CSV("csv", "csv", "CSV table, one row per passage and tag"),
    JSON("json", "jsonld", "W3C Web Annotation (JSON-LD)"),
    QDPX("qdpx", "qdpx", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder"),
    HTML("html", "html", "Report to read or print (HTML)"),
    MARKDOWN("md", "md", "Report to paste into a paper (Markdown)");

    private final String word;
    private final String extension;
    private final String description;

    ExportFormat(String word, String extension, String description) {
        this.word = word;
        this.extension = extension;
        this.description = description;
    }

    public String word() {
        return word;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    public static ExportFormat fromWord(String word) {
        for (ExportFormat format : values()) {
            if (format.word.equals(word.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + word + "'; use csv, json, qdpx, html or md");
    }
}
