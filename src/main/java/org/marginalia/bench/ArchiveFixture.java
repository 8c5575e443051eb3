package org.marginalia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import org.marginalia.store.ProjectFile;

/**
 * The generated archive for {@code bench --archive}: at scale 1, 10,000 sources (text, and a few PDFs imported
 * through the project API) with 20 passages each (200,000) and 500 tags, 50 folders of 9. The texts reuse a pool of
 * pseudo-English paragraphs in varied order, each source with its own heading, so no two are alike and the whole is
 * about 40 MB of text, not gigabytes. Built once per scale and kept in the temporary folder's
 * {@code marginalia-bench} folder; the bench works on a copy.
 */
final class ArchiveFixture {

    /**
     * Raised when what the fixture holds or its schema changes, so an older cached copy is not used (2: the sources
     * list's covering index; an older copy would be upgraded on every run's first open; 3: originals in pieces and
     * a page's words as one value).
     */
    private static final int VERSION = 3;
    static final int TAGS = 500;
    static final int PASSAGES_PER_SOURCE = 20;
    static final int PDFS = 3;
    private static final int FOLDER_SIZE = 10;
    private static final int POOL = 64;
    private static final int PARAGRAPHS = 8;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948"};

    private final int sources;
    private final Consumer<String> progress;

    ArchiveFixture(int sources, Consumer<String> progress) {
        this.sources = sources;
        this.progress = progress;
    }

    int sources() {
        return sources;
    }

    int passages() {
        return sources * PASSAGES_PER_SOURCE;
    }

    /** The cached project, built first when it is not there yet. */
    Path cached() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "marginalia-bench");
        Path project = folder.resolve(String.format(Locale.ROOT, "archive-v%d-%d.marginalia", VERSION, sources));
        if (Files.exists(project)) {
            progress.accept("using the cached archive " + project);
            return project;
        }
        Files.createDirectories(folder);
        Path partial = folder.resolve(project.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        build(partial, folder);
        Files.move(partial, project, StandardCopyOption.ATOMIC_MOVE);
        return project;
    }

    private void build(Path project, Path folder) throws IOException {
        progress.accept(String.format(Locale.ROOT, "building the archive: %,d sources, %,d passages, %d tags "
                + "(cached for later runs)", sources, passages(), TAGS));
        try (Project created = Project.create(project, Importers.standard()::read)) {
            for (int i = 0; i < PDFS; i++) {
                Path pdf = PdfBench.generate(folder.resolve("archive-" + i + ".pdf"), 5 + 5 * i);
                long id = created.sources().importFile(pdf).document().id();
                Files.delete(pdf);
                // The PDFs' passages come through the use case, as a reader tagging them would make them.
                for (int p = 0; p < PASSAGES_PER_SOURCE; p++) {
                    created.passages().create(id, new TextSpan(100 + p * 60, 140 + p * 60), List.of(), "");
                }
            }
        }
        try (ProjectFile file = ProjectFile.open(project)) {
            file.inTransaction(tx -> {
                List<Long> tagIds = new ArrayList<>();
                Long folderId = null;
                for (int t = 0; t < TAGS; t++) {
                    boolean isFolder = t % FOLDER_SIZE == 0;
                    Tag tag = tx.tags().insert(new Tag(0, String.format(Locale.ROOT, "code %03d", t),
                            COLOURS[t % COLOURS.length], "generated code " + t, isFolder ? null : folderId, null));
                    folderId = isFolder ? tag.id() : folderId;
                    tagIds.add(tag.id());
                }
                PseudoEnglish english = new PseudoEnglish(1914);
                String[] pool = new String[POOL];
                for (int p = 0; p < POOL; p++) {
                    pool[p] = english.text(500);
                }
                Random random = new Random(1918);
                Instant now = Instant.parse("2001-06-16T12:00:00Z");
                for (int s = PDFS; s < sources; s++) {
                    String text = text(s, pool, random);
                    long id = tx.documents().insert(source(s, text), now);
                    for (int p = 0; p < PASSAGES_PER_SOURCE; p++) {
                        int start = random.nextInt(text.length() - 200);
                        TextSpan span = new TextSpan(start, start + 20 + random.nextInt(150));
                        long passage = tx.annotations().insert(new Annotation(0, id, span, span.of(text), "", "",
                                p % 5 == 0 ? "note " + s + "." + p : "", "bench", now, now, List.of()));
                        // Skewed as real codebooks are: a few codes carry most passages.
                        int tag = (int) Math.min(TAGS - 1, Math.abs(random.nextGaussian()) * TAGS / 4);
                        tx.annotationTags().add(passage, tagIds.get(tag));
                    }
                    if (s % 1000 == 0) {
                        progress.accept(String.format(Locale.ROOT, "  %,d sources", s));
                    }
                }
                return null;
            });
        }
        deleteBackups(project);
    }

    private static void deleteBackups(Path project) throws IOException {
        Path backups = project.resolveSibling(project.getFileName() + ".backups");
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(backups);
        }
    }

    private static String text(int s, String[] pool, Random random) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Box %d, folder %d, item %d%n%n",
                s / 1000, s / 50, s));
        for (int p = 0; p < PARAGRAPHS; p++) {
            text.append(pool[random.nextInt(POOL)]).append("\n\n");
        }
        return text.toString();
    }

    private static ImportedSource source(int s, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String title = String.format(Locale.ROOT, "Letter %05d, box %d", s, s / 1000);
        return new ImportedSource(SourceMetadata.titled(title), SourceType.TEXT, "item-" + s + ".txt", bytes,
                sha256(bytes), text, PageStarts.none(), List.of(), List.of());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
