package org.marginalia.model;

/**
 * What kind of problem a {@link MarginaliaException} reports, independent of the layer that found it. The command
 * line gives each kind its own exit code, so scripts can tell "try again later" from "restore a backup".
 */
public enum ProblemKind {
    /** The request was refused: a name already taken, a passage that is not unique, a cancelled action. */
    REFUSED,
    /** A file, source, passage or tag that was named does not exist. */
    NOT_FOUND,
    /** The file exists but is not a Marginalia project. */
    NOT_A_PROJECT,
    /** The project file is damaged; a backup can be restored. */
    DAMAGED,
    /** The project was written by a newer Marginalia. */
    NEWER_VERSION,
    /** Another window or process has the project open. */
    OPEN_ELSEWHERE,
    /** The disk is full. */
    DISK_FULL,
    /** The file or its folder may not be written. */
    READ_ONLY,
    /** A file given to import was refused (encrypted, damaged, unsupported, too large, unsafe). */
    IMPORT_REFUSED,
    /** An export could not be written. */
    EXPORT_FAILED,
    /** Reading or writing failed for another reason of the operating system. */
    IO
}
