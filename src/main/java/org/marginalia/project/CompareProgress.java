package org.marginalia.project;

/** Progress and cancel for long comparison work, such as embedding every sentence of a long source. */
public interface CompareProgress {

    /** No progress shown, never cancelled: for the command line and tests. */
    CompareProgress NONE = new CompareProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are finished. */
    void update(long done, long total);

    /** Whether the user asked to stop; the work then stops at the next step and stores nothing. */
    boolean cancelled();
}
