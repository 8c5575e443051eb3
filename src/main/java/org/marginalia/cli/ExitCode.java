package org.marginalia.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marginalia.model.ProblemKind;

/**
 * The exit codes of every command, one per kind of problem, so scripts can act on them. Listed by {@code --help}
 * and in the README; a number, once given, keeps its meaning.
 */
enum ExitCode {
    OK(0, null, "success"),
    FAILED(1, ProblemKind.REFUSED, "the request was refused, or an unexpected error (the message says which)"),
    USAGE(2, null, "the command line does not parse (unknown option, missing argument)"),
    NOT_FOUND(3, ProblemKind.NOT_FOUND, "a file, source, passage or tag that was named does not exist"),
    NOT_A_PROJECT(4, ProblemKind.NOT_A_PROJECT, "the file is not a Marginalia project"),
    DAMAGED(5, ProblemKind.DAMAGED, "the project is damaged (the message names a backup to restore)"),
    NEWER_VERSION(6, ProblemKind.NEWER_VERSION, "the project was written by a newer Marginalia"),
    OPEN_ELSEWHERE(7, ProblemKind.OPEN_ELSEWHERE, "the project is open in another window or process"),
    DISK_FULL(8, ProblemKind.DISK_FULL, "the disk is full (the message names it)"),
    READ_ONLY(9, ProblemKind.READ_ONLY, "the project or its folder is read-only"),
    IMPORT_REFUSED(10, ProblemKind.IMPORT_REFUSED, "a file to import was refused (encrypted, damaged, unsupported…)"),
    EXPORT_FAILED(11, ProblemKind.EXPORT_FAILED, "an export could not be written"),
    IO(12, ProblemKind.IO, "reading or writing failed for another reason"),
    BACKUP_FAILED(13, null, "the command did its work, but the project's backup failed (the message says why)");

    private final int code;
    private final ProblemKind kind;
    private final String meaning;

    ExitCode(int code, ProblemKind kind, String meaning) {
        this.code = code;
        this.kind = kind;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    static int of(ProblemKind kind) {
        for (ExitCode exit : values()) {
            if (exit.kind == kind) {
                return exit.code;
            }
        }
        return FAILED.code;
    }

    /** For picocli's exit code list in {@code --help}. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exit : values()) {
            list.put(String.format("%3d", exit.code), exit.meaning);
        }
        return list;
    }
}
