package org.marginalia.importer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.marginalia.model.ImportOptions;

/**
 * Reads a PDF in a child JVM ({@link PdfChildMain}) with its own heap limit. The bytes go to a temporary file that
 * only the user can read, removed afterwards whatever happens; the child answers in {@link PdfFrames}.
 */
final class PdfChildProcess {

    /** HotSpot's exit code after {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY = 3;
    private static final long POLL_MILLIS = 200;

    private final PdfLimits limits;

    PdfChildProcess(PdfLimits limits) {
        this.limits = limits;
    }

    /** Whether this JVM can start another: a trimmed runtime image may ship without {@code bin/java}. */
    static boolean available() {
        return Files.isExecutable(javaExecutable()) && System.getProperty("java.class.path", "").length() > 0;
    }

    /** @throws ImportException the child's reason; TOO_LARGE when it ran out of memory; DAMAGED when it hung */
    PdfExtraction extract(String fileName, byte[] bytes) {
        return extract(fileName, bytes, ImportOptions.defaults());
    }

    /**
     * Reads in the child, scanned pages in the options' OCR language; the child reports no progress, and cancelling
     * ends it (CANCELLED).
     */
    PdfExtraction extract(String fileName, byte[] bytes, ImportOptions options) {
        Path temp = null;
        try {
            temp = Files.createTempFile("marginalia-pdf-", ".pdf");
            Files.write(temp, bytes);
            return extract(fileName, temp, options);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, fileName,
                    "cannot hand it to a separate PDF reader: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Reads the PDF at {@code file} in the child, where it lies (a 1 GB file is never copied nor held in memory);
     * each page the child starts on is passed to the options' progress, and cancelling ends the child (CANCELLED).
     */
    PdfExtraction extract(String fileName, Path file, ImportOptions options) {
        Process process = null;
        try {
            process = new ProcessBuilder(List.of(javaExecutable().toString(), "-Xmx" + limits.childHeap(),
                    "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), PdfChildMain.class.getName(), file.toString(), fileName,
                    options.ocrLanguage(), options.languageFolder() == null ? "" : options.languageFolder().toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .start();
            Process child = process;
            FutureTask<PdfExtraction> answer = new FutureTask<>(() -> PdfFrames.read(fileName, child.getInputStream(),
                    options.progress()));
            Thread reader = new Thread(answer, "pdf child reader " + fileName);
            reader.setDaemon(true);
            reader.start();
            if (!waitFor(process, options)) {
                throw new ImportException(ImportException.Reason.DAMAGED, fileName, "reading it took too long (over "
                        + limits.childTimeLimit().toSeconds() + " s); it may be built to make readers hang", null);
            }
            if (process.exitValue() == OUT_OF_MEMORY) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, fileName,
                        "reading it needs more than " + limits.childHeap() + "B of memory", null);
            }
            PdfExtraction extraction = answer.get(limits.childTimeLimit().toMillis(), TimeUnit.MILLISECONDS);
            if (process.exitValue() != 0) {
                throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                        "the separate PDF reader stopped with exit code " + process.exitValue(), null);
            }
            return extraction;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(ImportException.Reason.CANCELLED, fileName, null, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException known) {
                throw known;
            }
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, String.valueOf(e.getCause()), e);
        } catch (TimeoutException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, "the separate PDF reader hung", e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, fileName,
                    "cannot start a separate PDF reader: " + e.getMessage(), e);
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    /** Waits for the child within the time limit, ending it early when the import is cancelled. */
    private boolean waitFor(Process process, ImportOptions options) throws InterruptedException {
        long deadline = System.nanoTime() + limits.childTimeLimit().toNanos();
        while (System.nanoTime() < deadline) {
            if (process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (options.progress().cancelled()) {
                throw new InterruptedException("cancelled");
            }
        }
        return process.waitFor(0, TimeUnit.MILLISECONDS);
    }

    private static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Left in the temporary folder, owner-only; the app's temp directory is cleared on the next start.
                temp.toFile().deleteOnExit();
            }
        }
    }
}
