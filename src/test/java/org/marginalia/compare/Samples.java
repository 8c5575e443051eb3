package org.marginalia.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two sample articles about the 2001 Bush–Putin talk. */
final class Samples {

    private Samples() {
    }

    /** The article that paraphrases the transcript: "Perhaps Russia could be an Ally". */
    static String paraphrase() {
        return read("000_7ff5d61a483c6a56.txt");
    }

    /** The article that quotes it: "Perhaps Russia could be a member (of NATO)". */
    static String report() {
        return read("001_787e3ca0482940cb.txt");
    }

    private static String read(String name) {
        Path dir = Path.of(System.getProperty("marginalia.seeds", "assets/samples"));
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
