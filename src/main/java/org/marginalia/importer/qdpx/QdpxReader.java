package org.marginalia.importer.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.marginalia.importer.qdpx.QdpxException.Reason;

/**
 * Reads a REFI-QDA project: a .qdpx archive (project.qde plus a {@code sources/} folder, in either case) or a bare
 * project.qde, whose sources can then only be those with inline text.
 *
 * <p>Hostile files are refused with a {@link QdpxException}: DTDs and entities (XXE, billion laughs), entry paths
 * that leave the archive, and archives past the {@link QdpxLimits}.
 */
public final class QdpxReader {

    private static final String PROJECT_FILE = "project.qde";

    private final QdpxLimits limits;

    public QdpxReader() {
        this(QdpxLimits.defaults());
    }

    public QdpxReader(QdpxLimits limits) {
        this.limits = limits;
    }

    /** @throws QdpxException naming the file when it is not a project, is damaged, or looks hostile */
    public QdpxProject read(Path file) {
        String fileName = String.valueOf(file.getFileName());
        if (!isZip(file, fileName)) {
            return readBareProject(file, fileName);
        }
        try (SafeZip zip = new SafeZip(file, limits)) {
            String projectEntry = zip.find(PROJECT_FILE).orElseThrow(
                    () -> new QdpxException(Reason.NO_PROJECT_FILE, fileName, "entries are looked up at the top"));
            byte[] qde = zip.read(projectEntry);
            return new QdeReader(fileName, SafeXml.parse(qde, fileName),
                    internalPath -> zip.find("sources/" + internalPath).map(zip::read)).read();
        }
    }

    private QdpxProject readBareProject(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size > limits.maxEntryBytes()) {
                throw new QdpxException(Reason.TOO_LARGE, fileName, size + " bytes");
            }
            byte[] qde = Files.readAllBytes(file);
            return new QdeReader(fileName, SafeXml.parse(qde, fileName), internalPath -> Optional.empty()).read();
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, fileName, e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, fileName, e.getMessage(), e);
        }
    }
}
