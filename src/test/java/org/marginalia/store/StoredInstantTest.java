package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stored-time shortcut must print exactly what {@code Instant.parse(s).toString()} prints, for every form. */
class StoredInstantTest {

    @Test
    void canonicalTextIsTakenAsItIsAndEveryOtherFormGoesThroughTheParser() {
        for (String stored : new String[] {"2001-06-16T12:00:00Z", "2026-12-02T08:27:26.572Z",
                "2026-12-02T08:27:26.572100Z", "2026-12-02T08:27:26.572100300Z", "2026-12-02T08:27:26.000Z",
                "2026-12-02T08:27:26.500000Z", "2026-12-02T08:27:26.5Z", "2024-02-29T23:59:59Z",
                "2026-12-31T00:00:00.000000001Z",
                "1969-07-20T20:17:40.5Z", "1969-07-20T20:17:40.500Z", "0999-01-01T00:00:00Z"}) {
            assertThat(StoredInstant.canonical(stored)).as(stored).isEqualTo(Instant.parse(stored).toString());
            assertThat(StoredInstant.parse(stored)).as(stored).isEqualTo(Instant.parse(stored));
        }
        assertThat(StoredInstant.isCanonical("2026-12-02T08:27:26.572Z")).isTrue();
        assertThat(StoredInstant.isCanonical("2026-12-02T08:27:26.000Z")).as("toString drops a zero fraction")
                .isFalse();
        assertThat(StoredInstant.isCanonical("2026-13-02T08:27:26Z")).isFalse();
    }
}
