package org.marginalia.project;

import java.util.List;

import org.marginalia.model.Document;

/**
 * The result of importing one file.
 *
 * @param duplicate true when the same file (by SHA-256) was already in the project; {@code document} is then the
 *     source imported before, and nothing was added
 * @param warnings what the user should check in the imported text (an encoding that had to be guessed, for example),
 *     each naming the file
 */
public record ImportOutcome(Document document, boolean duplicate, List<String> warnings) {

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }
}
