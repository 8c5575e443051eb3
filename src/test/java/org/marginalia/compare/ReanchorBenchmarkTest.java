package org.marginalia.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's figures on a small randomly edited source, as a check of what matters most to a user. */
class ReanchorBenchmarkTest {

    @Test
    void randomEditsNeverMovePassagesToTheWrongPlaceAndIntactOnesAreNotQueued() {
        for (long seed = 1; seed <= 3; seed++) {
            ReanchorBenchmark.Result r = ReanchorBenchmark.run(seed, 5000, 100, 60);
            assertThat(r.exact() + r.approximate() + r.review()).isEqualTo(100);
            assertThat(r.wrongPlaces()).as("seed %d: passages moved onto a place they are not", seed).isZero();
            assertThat(r.needlessReviews()).as("seed %d: intact passages queued for review", seed).isZero();
            assertThat(r.review()).as("seed %d: damaged passages", seed).isGreaterThan(0);
            assertThat(r.approximate()).as("seed %d: edited passages", seed).isGreaterThan(0);
        }
    }
}
