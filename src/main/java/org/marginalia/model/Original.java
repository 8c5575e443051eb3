package org.marginalia.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The original file of a source, kept so that its pages can be drawn, read again by OCR and exported as they came.
 * A small file travels as its bytes; a large one (a 1 GB PDF of scans) stays where it is on disk until it is stored,
 * so it never has to fit in memory; a source put back by undo names the original the project still holds.
 */
public sealed interface Original {

    /** The file's length in bytes. */
    long size();

    /** The original's bytes in memory. */
    static Original of(byte[] bytes) {
        return new InMemory(bytes);
    }

    /** The original as read from a file of this size: it is read again, in pieces, when stored. */
    static Original file(Path path, long size) {
        return new OnDisk(path, size);
    }

    /** The bytes, read whole: only for originals known to be small; a {@link Kept} one is not at hand here. */
    byte[] bytes();

    /** The bytes of a file in memory. */
    record InMemory(byte[] bytes) implements Original {
        @Override
        public long size() {
            return bytes.length;
        }

        /** A fresh stream over the bytes. */
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** A file on disk, read only when stored; it must not change meanwhile (its hash is checked while storing). */
    record OnDisk(Path path, long size) implements Original {
        @Override
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    /** An original the project keeps already under this id (a removed source that undo puts back). */
    record Kept(long id, long size) implements Original {
        @Override
        public byte[] bytes() {
            throw new IllegalStateException("original " + id + " is kept in the project; read it from there");
        }
    }
}
