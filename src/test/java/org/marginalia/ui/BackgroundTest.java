package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The threaded worker: jobs run in order off the FX thread; results and failures come back on it. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTest {

    @Test
    void resultsAndFailuresArriveOnTheFxThreadInSubmissionOrder() throws Exception {
        Background background = Background.threaded();
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        background.setOnFailure(e -> {
            seen.add("failed " + e.getMessage() + " on fx " + Platform.isFxApplicationThread());
            done.countDown();
        });
        Platform.runLater(() -> {
            background.run("one", p -> Thread.currentThread().getName(), name -> {
                seen.add(name + " on fx " + Platform.isFxApplicationThread());
                done.countDown();
            });
            background.run("two", p -> {
                throw new IllegalStateException("boom");
            }, x -> seen.add("should not happen"));
            background.run("three", p -> "three", value -> {
                seen.add(value);
                done.countDown();
            });
        });
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("marginalia-background on fx true", "failed boom on fx true", "three");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.runningProperty().get()).isFalse();
        background.shutdown();
    }

    @Test
    void aLongJobCanBeCancelledAndTheStatusBarIsFreedAgain() throws Exception {
        Background background = Background.threaded();
        List<String> seen = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> background.runLong("waiting", p -> {
            while (!p.isCancelled()) {
                Thread.sleep(5);
            }
            return "cancelled";
        }, seen::add));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> background.longTaskProperty().get());
        WaitForAsyncUtils.asyncFx(background::cancel);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !background.runningProperty().get());
        assertThat(background.longTaskProperty().get()).isFalse();
        assertThat(seen).isEmpty();
        background.shutdown();
    }

    @Test
    void withoutTheWindowsHandlerAFailureReachesTheUncaughtExceptionHandlerInsteadOfVanishing() {
        List<Throwable> seen = new CopyOnWriteArrayList<>();
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
        thread.setUncaughtExceptionHandler((t, e) -> seen.add(e));
        try {
            Background.inline().run("failing", p -> {
                throw new IllegalStateException("lost?");
            }, x -> { });
        } finally {
            thread.setUncaughtExceptionHandler(before);
        }
        assertThat(seen).singleElement().satisfies(e -> assertThat(e).hasMessage("lost?"));
    }
}
