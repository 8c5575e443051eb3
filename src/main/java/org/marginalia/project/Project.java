package org.marginalia.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import org.marginalia.compare.SentenceEmbedder;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.ReadingOpen;
import org.marginalia.store.StoreException;

/**
 * An open project and the use cases on it: the one API that the command line and the window call. Each method of
 * its services is one transaction. Not thread-safe; the window calls it from one background thread only.
 */
public final class Project implements AutoCloseable {

    private final ProjectFile file;
    private final SourceService sources;
    private final TagService tags;
    private final PassageService passages;
    private final LinkService links;
    private final CounterpartService counterparts;
    private final ExportService exports;
    private final CompareService compare;
    private final ProjectImportService projectImports;
    private final ReanchorService reanchor;
    private final CorrectionService corrections;
    private static final String SYNC_WARNED = "synced_folder_warned";
    private final BackupService backups;
    private String syncedFolderWarning;
    private final SearchService search;
    private final AnalysisService analysis;
    private final MergeService merges;
    private final CitationService citations;
    private final ZoteroService zotero;
    private final BibliographyService bibliography;
    private final NoteService notes;
    private final PageService pages;
    private final OcrService ocr;

    private Project(ProjectFile file, SourceReader reader, Clock clock, String author) {
        this(file, reader, clock, author, SentenceModel.embedder());
    }

    private Project(ProjectFile file, SourceReader reader, Clock clock, String author, SentenceEmbedder embedder) {
        this.file = file;
        this.citations = new CitationService(file);
        this.sources = new SourceService(file, reader, clock, citations);
        this.tags = new TagService(file);
        this.passages = new PassageService(file, sources, tags, clock, author);
        this.links = new LinkService(file, passages, clock);
        this.counterparts = new CounterpartService(file, clock, author);
        this.compare = new CompareService(file, sources, passages, embedder);
        this.exports = new ExportService(file, sources, compare, citations);
        this.backups = new BackupService(file, clock);
        this.projectImports = new ProjectImportService(file, clock, backups);
        this.corrections = new CorrectionService(file, reader, compare, clock);
        this.reanchor = new ReanchorService(file, reader, compare, clock, corrections);
        this.search = new SearchService(file);
        this.analysis = new AnalysisService(file, sources);
        this.merges = new MergeService(file, backups);
        this.zotero = new ZoteroService(file, reader, clock);
        this.bibliography = new BibliographyService(file, citations, exports);
        this.notes = new NoteService(file, clock);
        this.pages = new PageService(file);
        this.ocr = new OcrService(file, reader, reanchor);
    }

    /**
     * Opens an existing project file, backing it up when its newest backup is over a day old.
     *
     * @throws DamagedProjectException when the file is damaged; it names the newest good backup to restore
     */
    public static Project open(Path path, SourceReader reader) {
        Project project = new Project(openFile(path), reader, systemClock(), defaultAuthor());
        project.sources.pruneOriginals();
        project.backups.afterOpen();
        project.warnIfSynced();
        return project;
    }

    /**
     * Opens an existing project for a call that only reads it (an export): read-only and without the whole-file
     * check when the file is clean and current (see {@link ReadingOpen}), otherwise as {@link #open} does. Nothing
     * is written, so no backup is made either.
     *
     * @throws DamagedProjectException when the file is damaged; it names the newest good backup to restore
     */
    public static Project openForReading(Path path, SourceReader reader) {
        ProjectFile file;
        try {
            file = ReadingOpen.open(path);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED) {
                throw DamagedProjectException.of(path.toAbsolutePath(), BackupService.newestGood(path), e);
            }
            throw e;
        }
        Project project = new Project(file, reader, systemClock(), defaultAuthor());
        project.backups.afterOpen();
        project.warnIfSynced();
        return project;
    }

    /** Opens (or creates) a project whose comparison uses {@code embedder}: for tests of the meaning index. */
    static Project openWith(Path path, SourceReader reader, SentenceEmbedder embedder) {
        return new Project(ProjectFile.openOrCreate(path), reader, systemClock(), defaultAuthor(), embedder);
    }

    /**
     * Recognises a project in a cloud-synced folder and keeps the warning for the window or command line to show;
     * once per project and folder, so moving the project into another synced folder warns again.
     */
    private void warnIfSynced() {
        SyncedFolders.serviceFor(file.path()).ifPresent(service -> {
            String folder = file.path().getParent().toString();
            if (file.readOnly()) {
                // Cannot be recorded; warned once all the same when a writable open recorded it before.
                boolean warned = file.inTransaction(tx -> tx.projectInfo().get(SYNC_WARNED).filter(folder::equals)
                        .isPresent());
                syncedFolderWarning = warned ? null : SyncedFolders.warning(file.path(), service);
                return;
            }
            boolean first = file.inTransaction(tx -> {
                if (tx.projectInfo().get(SYNC_WARNED).filter(folder::equals).isPresent()) {
                    return false;
                }
                tx.projectInfo().put(SYNC_WARNED, folder);
                return true;
            });
            syncedFolderWarning = first ? SyncedFolders.warning(file.path(), service) : null;
        });
    }

    /** A warning that the project lies in a cloud-synced folder, the first time it is opened there. */
    public Optional<String> syncedFolderWarning() {
        return Optional.ofNullable(syncedFolderWarning);
    }

    private static ProjectFile openFile(Path path) {
        try {
            return ProjectFile.open(path);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED) {
                throw DamagedProjectException.of(path.toAbsolutePath(), BackupService.newestGood(path), e);
            }
            throw e;
        }
    }

    /** Creates a new, empty project file. */
    public static Project create(Path path, SourceReader reader) {
        return new Project(ProjectFile.create(path), reader, systemClock(), defaultAuthor());
    }

    /** Milliseconds are precise enough for "created" and "modified", and read better in exports. */
    private static Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** For tests: a fixed clock and author. */
    public static Project create(Path path, SourceReader reader, Clock clock, String author) {
        return new Project(ProjectFile.create(path), reader, clock, author);
    }

    private static String defaultAuthor() {
        return System.getProperty("user.name", "");
    }

    public SourceService sources() {
        return sources;
    }

    public TagService tags() {
        return tags;
    }

    public PassageService passages() {
        return passages;
    }

    public NoteService notes() {
        return notes;
    }

    public LinkService links() {
        return links;
    }

    public ExportService exports() {
        return exports;
    }

    /** Imports of whole projects from other tools (.qdpx). */
    public ProjectImportService projectImports() {
        return projectImports;
    }

    /** Re-imports of changed sources, their kept versions and re-anchored passages. */
    public ReanchorService reanchor() {
        return reanchor;
    }

    /** Corrections of a source's text that keep every passage, the pages' word boxes, and undo of them. */
    public CorrectionService corrections() {
        return corrections;
    }

    /** Backups of this project: list, back up now, before a bulk change. */
    public BackupService backups() {
        return backups;
    }

    /** Accepting a found counterpart: two passages and a link, as one action. */
    public CounterpartService counterparts() {
        return counterparts;
    }

    public CompareService compare() {
        return compare;
    }

    /** The pages of sources as they look: sizes, word boxes and OCR confidences. */
    public PageService pages() {
        return pages;
    }

    /** OCR of a scanned source again, as a new version with its passages re-attached. */
    public OcrService ocr() {
        return ocr;
    }

    /** Phrase search over all sources and notes. */
    public SearchService search() {
        return search;
    }

    /** Frequencies, co-occurrence, timeline and agreement with a second coder. */
    public AnalysisService analysis() {
        return analysis;
    }

    /** Adopting a second coder's coding, and undoing that. */
    public MergeService merges() {
        return merges;
    }

    /** Citations in CSL styles, bibliographies and the citation details of sources. */
    public CitationService citations() {
        return citations;
    }

    /** Sources from a local Zotero library, and passages back to Zotero as notes. */
    public ZoteroService zotero() {
        return zotero;
    }

    /** Bibliography files in and out, and passages as Zotero notes. */
    public BibliographyService bibliography() {
        return bibliography;
    }

    public Path path() {
        return file.path();
    }

    public String name() {
        return file.name();
    }

    /** Runs SQLite's integrity and foreign-key checks; empty when the file is healthy. */
    public List<String> check() {
        return file.check();
    }

    /**
     * Closes the project, backing it up first when something changed since it was opened and the newest backup is
     * over ten minutes old.
     */
    @Override
    public void close() {
        try {
            backups.beforeClose();
        } finally {
            file.close();
        }
    }

    /** For tests in this package: to count the transactions a use case commits. */
    ProjectFile file() {
        return file;
    }
}
