package org.marginalia.project;

/**
 * The outcome of correcting a source's text: what happened to each passage (as a re-import reports it), what became
 * of the word boxes of its pages, and what undoing it needs.
 *
 * @param boxesKept      word boxes over unchanged words, moved to their new offsets
 * @param boxesCorrected word boxes over a word replaced one for one, now carrying the corrected word
 * @param boxesDropped   word boxes over deleted or rewritten words
 * @param undo           what puts the source back as it was; {@code null} for a re-import of a whole new file
 */
public record Correction(ReanchorReport report, int boxesKept, int boxesCorrected, int boxesDropped,
                         CorrectionUndo undo) {

    /** Whether the source has pages whose word boxes were carried over. */
    public boolean hasPages() {
        return boxesKept + boxesCorrected + boxesDropped > 0;
    }
}
