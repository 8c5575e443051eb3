package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowStateTest {

    private final Preferences node = Preferences.userRoot().node("marginalia-window-state-test");
    private final WindowState state = new WindowState(node);

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    @Test
    void theLastOpenedProjectComesFirstAndIsListedOnce() {
        state.opened(Path.of("/tmp/a.marginalia"));
        state.opened(Path.of("/tmp/b.marginalia"));
        state.opened(Path.of("/tmp/a.marginalia"));
        assertThat(state.recentProjects()).containsExactly(Path.of("/tmp/a.marginalia"), Path.of("/tmp/b.marginalia"));
    }

    @Test
    void splitsOpenSourcesAndSizeAreRememberedPerProject() {
        state.saveDividers("main", new double[] {0.2, 0.7});
        state.saveOpenSources(Path.of("/tmp/a.marginalia"), List.of(3L, 1L, 2L));
        state.saveSize(1000, 700, false);
        WindowState again = new WindowState(node);
        assertThat(again.dividers("main", 0.1, 0.9)).containsExactly(0.2, 0.7);
        assertThat(again.dividers("other", 0.5)).containsExactly(0.5);
        assertThat(again.openSources(Path.of("/tmp/a.marginalia"))).containsExactly(3L, 1L, 2L);
        assertThat(again.openSources(Path.of("/tmp/b.marginalia"))).isEmpty();
        assertThat(again.width()).isEqualTo(1000);
        assertThat(again.height()).isEqualTo(700);
    }
}
