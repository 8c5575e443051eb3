package org.marginalia.project;

import java.nio.file.Path;
import java.util.Optional;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.ProblemKind;

/**
 * The project file is damaged and was not opened (nor changed). Carries the newest backup that passes SQLite's
 * checks, so the command line and the window can offer to restore it.
 */
public final class DamagedProjectException extends MarginaliaException {

    private final Path project;
    private final transient Backup newestGoodBackup;

    DamagedProjectException(Path project, Backup newestGoodBackup, String message, Throwable cause) {
        super(message, cause);
        this.project = project;
        this.newestGoodBackup = newestGoodBackup;
    }

    static DamagedProjectException of(Path project, Optional<Backup> newestGood, Throwable cause) {
        String offer = newestGood.map(b -> " Its newest good backup is " + b.file() + " (taken " + b.time() + ").")
                .orElse(" No good backup of it was found in " + BackupService.folder(project) + ".");
        return new DamagedProjectException(project, newestGood.orElse(null), cause.getMessage() + "." + offer, cause);
    }

    /** The same failure with one more sentence of advice, such as the command that restores the backup. */
    public DamagedProjectException withAdvice(String advice) {
        return new DamagedProjectException(project, newestGoodBackup, getMessage() + " " + advice, getCause());
    }

    public Path project() {
        return project;
    }

    public Optional<Backup> newestGoodBackup() {
        return Optional.ofNullable(newestGoodBackup);
    }

    @Override
    public String reasonName() {
        return "DAMAGED";
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.DAMAGED;
    }
}
