package org.marginalia.importer.transcription;

/**
 * How far a transcription file is trusted. Real exports stay far inside these: a 600 dpi A2 scan is 14,000 pixels
 * across, a thick register holds a few thousand pages and a few million words.
 *
 * @param maxCoordinate the largest coordinate or size accepted, in the file's units
 */
public record TranscriptionLimits(int maxPages, int maxWords, int maxTextChars, double maxCoordinate, int maxDepth) {

    public static TranscriptionLimits standard() {
        return new TranscriptionLimits(5_000, 3_000_000, 50_000_000, 200_000, 128);
    }
}
