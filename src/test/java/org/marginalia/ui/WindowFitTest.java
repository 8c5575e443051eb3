package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window always opens inside the visible part of its screen. */
class WindowFitTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768 - 40);
    static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void boundsSavedOnABigMonitorAreClampedToALaptopScreen() {
        Rectangle2D fitted = WindowFit.fit(LAPTOP, Optional.of(new Rectangle2D(300, 200, 2400, 1300)));
        assertInside(fitted, LAPTOP);
        assertThat(fitted.getWidth()).isEqualTo(1366);
        assertThat(fitted.getHeight()).isEqualTo(728);
    }

    @Test
    void aWindowLeftOnASecondScreenToTheRightComesBack() {
        Rectangle2D fitted = WindowFit.fit(SMALL, Optional.of(new Rectangle2D(2200, -50, 900, 600)));
        assertInside(fitted, SMALL);
        assertThat(fitted.getWidth()).isEqualTo(900);
        assertThat(fitted.getHeight()).isEqualTo(600);
    }

    @Test
    void aFirstStartTakesAShareOfTheScreenCentred() {
        Rectangle2D fitted = WindowFit.fit(SMALL, Optional.empty());
        assertInside(fitted, SMALL);
        assertThat(fitted.getWidth()).as("a small screen gives the panes all its width").isEqualTo(1024);
        assertThat(fitted.getHeight()).isEqualTo(700 * WindowFit.DEFAULT_SHARE);
        Rectangle2D wide = new Rectangle2D(0, 0, 2560, 1400);
        Rectangle2D onWide = WindowFit.fit(wide, Optional.empty());
        assertThat(onWide.getWidth()).isEqualTo(2560 * WindowFit.DEFAULT_SHARE);
        assertThat(onWide.getMinX() + onWide.getWidth() / 2).isEqualTo(1280);
    }

    @Test
    void aSavedSizeWithoutAPositionIsCentred() {
        Rectangle2D fitted = WindowFit.fit(LAPTOP, Optional.of(new Rectangle2D(Double.NaN, Double.NaN, 1000, 600)));
        assertInside(fitted, LAPTOP);
        assertThat(fitted.getMinX()).isEqualTo(183);
    }

    @Test
    void aTinySavedSizeGrowsToAUsableOne() {
        Rectangle2D fitted = WindowFit.fit(LAPTOP, Optional.of(new Rectangle2D(10, 10, 200, 100)));
        assertThat(fitted.getWidth()).isEqualTo(WindowFit.MIN_WIDTH);
        assertThat(fitted.getHeight()).isEqualTo(WindowFit.MIN_HEIGHT);
    }

    @Test
    void aScreenWithAnOffsetOriginIsRespected() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1024, 700);
        assertInside(WindowFit.fit(second, Optional.of(new Rectangle2D(100, 100, 1900, 1000))), second);
    }

    private static void assertInside(Rectangle2D window, Rectangle2D screen) {
        assertThat(window.getMinX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(window.getMinY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(window.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(window.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
    }
}
