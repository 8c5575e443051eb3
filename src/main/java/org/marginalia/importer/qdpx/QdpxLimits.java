package org.marginalia.importer.qdpx;

/**
 * How much a project archive may hold before it is refused as hostile or absurd.
 *
 * @param maxRatio the largest uncompressed/compressed size ratio allowed for an entry over 1 MiB; plain text
 *        rarely compresses better than 20:1, zip bombs reach 1000:1
 */
public record QdpxLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    /** 10,000 entries, 256 MiB per entry, 512 MiB in all, 200:1. */
    public static QdpxLimits defaults() {
        return new QdpxLimits(10_000, 256L << 20, 512L << 20, 200);
    }
}
