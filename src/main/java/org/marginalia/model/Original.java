package org.marginalia.model;

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

    /** The bytes in memory: only an {@link InMemory} original has them at hand. */
    byte[] bytes();

    /** The bytes of a file in memory. */
    record InMemory(byte[] bytes) implements Original {
        @Override
        public long size() {
            return bytes.length;
        }
    }

    /** A file on disk, read only when stored; it must not change meanwhile (its hash is checked while storing). */
    record OnDisk(Path path, long size) implements Original {
        /** Not at hand: the file is read from {@link #path()} in pieces when it is stored. */
        @Override
        public byte[] bytes() {
            throw new IllegalStateException(path + " is read in pieces when stored, never whole");
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
