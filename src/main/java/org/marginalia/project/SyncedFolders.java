package org.marginalia.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a folder kept in step by a cloud or peer sync service, by the names those services give their folders
 * and the marker files they leave. A live database in one is the commonest cause of damaged projects in tools like
 * this: the service copies the file halfway through a write, or two computers write it at once.
 */
final class SyncedFolders {

    /** Folder names (lower case) each service creates, including macOS's CloudStorage and iCloud locations. */
    private static final Map<String, String> NAMES = Map.of(
            "dropbox", "Dropbox", "onedrive", "OneDrive", "google drive", "Google Drive", "googledrive",
            "Google Drive", "my drive", "Google Drive", "icloud drive", "iCloud", "mobile documents", "iCloud",
            "cloudstorage", "a cloud storage service");
    /** Files or folders a service leaves at the top of the folder it syncs. */
    private static final Map<String, String> MARKERS = Map.of(
            ".dropbox", "Dropbox", ".dropbox.cache", "Dropbox", ".stfolder", "Syncthing",
            ".sync", "Resilio Sync", ".tresorit", "Tresorit");

    private SyncedFolders() {
    }

    /** The service that syncs the folder holding {@code project}, if one is recognised. */
    static Optional<String> serviceFor(Path project) {
        for (Path dir = project.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path name = dir.getFileName();
            if (name != null) {
                String lower = name.toString().toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> known : NAMES.entrySet()) {
                    if (lower.equals(known.getKey()) || lower.startsWith(known.getKey() + " ")
                            || lower.startsWith(known.getKey() + "-")) {
                        return Optional.of(known.getValue());
                    }
                }
            }
            for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
                if (Files.exists(dir.resolve(marker.getKey()))) {
                    return Optional.of(marker.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The warning to show, naming the service and the safe alternative. */
    static String warning(Path project, String service) {
        return "Project " + project + " is in a folder synced by " + service + ". A project that is open while it"
                + " syncs can be damaged. Keep the project on a local disk, and put exports or backups"
                + " (File > Export, 'marginalia export', a copy of NAME.marginalia.backups) into the synced folder"
                + " instead.";
    }
}
