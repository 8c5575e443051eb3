package org.marginalia;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test's child JVM on the test class path, whose output lines arrive in a queue so the test can kill it
 * (SIGKILL, as {@code kill -9}) at a moment of its choosing, and still read every line it printed before dying.
 */
public final class ChildJvm {

    private static final String END = "\u0000end";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final List<String> all = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The child was killed mid-line; what arrived is what it acknowledged.
            }
            lines.add(END);
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with small-heap, quick-start flags (C1 only, serial GC). */
    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-Xss512k",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        sqliteLibrary().ifPresent(lib -> command.addAll(1, List.of("-Dorg.sqlite.lib.path=" + lib.getParent(),
                "-Dorg.sqlite.lib.name=" + lib.getFileName())));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /**
     * The SQLite library this JVM unpacked: children load it in place instead of each unpacking a copy that a kill
     * would leave behind.
     */
    private static java.util.Optional<Path> sqliteLibrary() throws IOException {
        String dir = System.getProperty("org.sqlite.tmpdir");
        if (dir == null) {
            return java.util.Optional.empty();
        }
        try (var files = java.nio.file.Files.list(Path.of(dir))) {
            return files.filter(f -> f.getFileName().toString().startsWith("sqlite-")
                    && !f.getFileName().toString().endsWith(".lck"))
                    .max(java.util.Comparator.comparing(f -> f.toFile().lastModified()));
        }
    }

    /** The next line (of standard output and error together), or null when the output ended or the wait timed out. */
    public String next(long timeoutMillis) throws InterruptedException {
        String line = lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (line == null || line.equals(END)) {
            if (line != null) {
                lines.add(END);
            }
            return null;
        }
        all.add(line);
        return line;
    }

    /** Kills the child with SIGKILL and returns every line it printed, including those not read yet. */
    public List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
        reader.join(60_000);
        for (String line = next(0); line != null; line = next(0)) {
            // collects the rest into all
        }
        return List.copyOf(all);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the child to end by itself. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
