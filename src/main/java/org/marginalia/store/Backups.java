package org.marginalia.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of one project, kept beside it in {@code NAME.marginalia.backups/}: the last {@value #KEEP_LAST} plus
 * one a week for {@value #KEEP_WEEKS} weeks. A backup is written with {@code VACUUM INTO} to an owner-only temporary
 * file, synced and only then renamed into place, so the folder never holds a half-written backup under a backup's
 * name, whatever the moment the program dies. Each backup carries the project's own id (in {@code project_info}, as
 * the whole file is copied) and pruning deletes only backups that carry it. A backups folder reached through a
 * symbolic link is refused: two projects sharing one folder would otherwise each count the other's backups.
 */
public final class Backups {

    static final int KEEP_LAST = 5;
    static final int KEEP_WEEKS = 4;
    private static final String SUFFIX = ".marginalia";
    private static final String PARTIAL = ".part";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{8}T\\d{9}Z)-([a-z-]+)\\.marginalia");

    private final Path project;
    private final Path folder;
    private final Clock clock;

    public Backups(Path project, Clock clock) {
        this.project = project.toAbsolutePath();
        this.folder = this.project.resolveSibling(this.project.getFileName() + ".backups");
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** The complete backups, newest first; temporary files of interrupted backups are not listed. */
    public List<BackupFile> list() {
        List<BackupFile> backups = new ArrayList<>();
        refuseUnusableFolder();
        if (!Files.exists(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path entry : entries) {
                parse(entry).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw StoreException.fromIo(e, folder);
        }
        backups.sort(Comparator.comparing(BackupFile::time).reversed());
        return backups;
    }

    /** The newest backup that opens and passes SQLite's checks, for offering when the project itself is damaged. */
    public Optional<BackupFile> newestGood() {
        try {
            return list().stream().filter(b -> ProjectFileCheck.problem(b.file()).isEmpty()).findFirst();
        } catch (StoreException e) {
            // An unusable backups folder offers nothing; the damage is what the user is told about.
            return Optional.empty();
        }
    }

    /** A symlinked folder may be shared with another project, and a plain file of that name makes every backup fail. */
    private void refuseUnusableFolder() {
        if (Files.isSymbolicLink(folder)) {
            throw new StoreException(StoreException.Reason.CONFLICT, project, "its backups folder " + folder
                    + " is a symbolic link; Marginalia keeps backups only in a real folder beside the project, so"
                    + " that two projects never prune each other's backups");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(StoreException.Reason.CONFLICT, project, "its backups folder " + folder
                    + " is a file, not a folder; rename or remove that file so backups can be written");
        }
    }

    /** Shorthand for {@code new Backups(project, clock).newestGood()}, for a project that will not open. */
    public static Optional<BackupFile> newestGood(Path project) {
        return new Backups(project, Clock.systemUTC()).newestGood();
    }

    /**
     * Copies the database open on {@code connection} into a new backup, then prunes old ones. The connection must
     * not be inside a transaction; SQLite refuses to VACUUM in one.
     */
    BackupFile create(Connection connection, String reason) {
        Path temp = null;
        try {
            refuseUnusableFolder();
            String owner = ProjectIdentity.of(connection);
            PrivateFiles.createDirectories(folder);
            removePartials();
            temp = PrivateFiles.createTempFile(folder, ".backup-", PARTIAL);
            try (Statement statement = connection.createStatement()) {
                // VACUUM INTO accepts an existing empty file, which keeps the owner-only mode given above.
                statement.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            }
            PrivateFiles.sync(temp);
            Path target = freeName(clock.instant(), reason);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.syncDirectory(folder);
            prune(clock.instant(), owner);
            return parse(target).orElseThrow();
        } catch (SQLException e) {
            throw backupFailed(StoreException.from(e, folder));
        } catch (IOException e) {
            throw backupFailed(StoreException.fromIo(e, folder));
        } finally {
            deleteQuietly(temp);
        }
    }

    private StoreException backupFailed(StoreException e) {
        return new StoreException(e.reason(), project, "its backup could not be written to " + folder + " ("
                + e.getMessage() + ")", e);
    }

    /**
     * Keeps the last few and the oldest of each of the last weeks of this project's backups; deletes the others.
     * Files that do not carry {@code owner} (another project's, or ones too old or damaged to say) are left alone.
     */
    void prune(Instant now, String owner) {
        List<BackupFile> all = owner == null ? List.of()
                : list().stream().filter(b -> owner.equals(ProjectIdentity.of(b.file()))).toList();
        Set<Path> keep = new HashSet<>();
        all.stream().limit(KEEP_LAST).forEach(b -> keep.add(b.file()));
        for (int week = 0; week < KEEP_WEEKS; week++) {
            Instant from = now.minus(Duration.ofDays(7L * (week + 1)));
            Instant to = now.minus(Duration.ofDays(7L * week));
            all.stream().filter(b -> b.time().isAfter(from) && !b.time().isAfter(to))
                    .min(Comparator.comparing(BackupFile::time)).ifPresent(b -> keep.add(b.file()));
        }
        for (BackupFile backup : all) {
            if (!keep.contains(backup.file())) {
                deleteQuietly(backup.file());
            }
        }
    }

    private Path freeName(Instant time, String reason) {
        Instant t = time;
        while (true) {
            Path candidate = folder.resolve(STAMP.format(t) + "-" + reason + SUFFIX);
            if (!Files.exists(candidate)) {
                return candidate;
            }
            t = t.plusMillis(1);
        }
    }

    /** Leftovers of a backup interrupted by a crash: never complete, so never worth keeping. */
    private void removePartials() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".backup-*" + PARTIAL)) {
            for (Path entry : entries) {
                deleteQuietly(entry);
            }
        }
    }

    private static Optional<BackupFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant time = Instant.from(STAMP.parse(m.group(1)));
            return Optional.of(new BackupFile(file, time, Files.size(file), m.group(2)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover is pruned by the next backup; the backup's own outcome is what matters.
            }
        }
    }
}
