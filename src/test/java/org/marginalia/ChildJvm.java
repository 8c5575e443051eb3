package org.marginalia;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        Optional<Path> library = sqliteLibrary();
        if (library.isPresent()) {
            command.addAll(1, List.of("-Dorg.sqlite.lib.path=" + library.get().getParent(),
                    "-Dorg.sqlite.lib.name=" + library.get().getFileName()));
        } else {
            command.add(1, "-Dorg.sqlite.tmpdir=" + Files.createTempDirectory("marginalia-child-"));
        }
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /**
     * The exact SQLite library this JVM loaded, read from the kernel's list of its mappings, so children load that
     * very file in place instead of each unpacking a copy that a kill would leave behind. Never "the newest file in
     * the folder": every Marginalia process of the user shares that folder, and another's library may vanish at any
     * moment (that made the kill -9 test flaky while other Marginalia processes ran). Where there is no such list
     * (not Linux), the child unpacks its own copy into a folder of its own.
     */
    private static Optional<Path> sqliteLibrary() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(maps)) {
            return lines.map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(file -> file.contains("sqlitejdbc") && !file.endsWith("(deleted)"))
                    .map(Path::of).filter(Files::isRegularFile).findFirst();
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
