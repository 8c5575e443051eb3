package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrollSyncTest {

    @Test
    void withoutLinksPositionsMapProportionally() {
        assertThat(ScrollSync.map(500, 1000, 3000, List.of())).isEqualTo(1500);
        assertThat(ScrollSync.map(1000, 1000, 3000, List.of())).isEqualTo(3000);
    }

    @Test
    void linkedPassagesLineUpAndPositionsBetweenThemInterpolate() {
        List<ScrollSync.Anchor> links = List.of(new ScrollSync.Anchor(200, 900));
        assertThat(ScrollSync.map(200, 1000, 1000, links)).isEqualTo(900);
        assertThat(ScrollSync.map(100, 1000, 1000, links)).isEqualTo(450);
        assertThat(ScrollSync.map(600, 1000, 1000, links)).isEqualTo(950);
    }
}
