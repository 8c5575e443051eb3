package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time and peak resident memory of the processes this JVM starts while it runs (the child JVM a large PDF is
 * read in), sampled every 50 ms from {@code /proc}: a process's VmHWM only grows, so the last sample before it ends
 * is its peak to within the growth of 50 ms.
 */
final class ChildProbe implements AutoCloseable {

    private static final long EVERY_MS = 50;

    private final Map<Long, Long> cpuMillis = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private long peakKb;

    private ChildProbe() {
        sampler = new Thread(this::sampleUntilStopped, "child probe");
        sampler.setDaemon(true);
    }

    static ChildProbe start() {
        ChildProbe probe = new ChildProbe();
        probe.sampler.start();
        return probe;
    }

    /** @return {CPU ms summed over the children, the largest child's peak RSS in KiB} */
    long[] stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return new long[] {cpuMillis.values().stream().mapToLong(Long::longValue).sum(), peakKb};
        }
    }

    private void sampleUntilStopped() {
        while (running) {
            ProcessHandle.current().descendants().forEach(this::sample);
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample(ProcessHandle child) {
        child.info().totalCpuDuration().map(Duration::toMillis).ifPresent(ms -> cpuMillis.put(child.pid(), ms));
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(child.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Ended between listing and reading, or no /proc: the samples taken so far stand.
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
