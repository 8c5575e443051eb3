package org.marginalia.importer.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
        return read(file, false);
    }

    /**
     * Reads the project; with {@code repair}, bare {@code &} and {@code <} in its text are escaped first, in a copy
     * written beside the file ({@code NAME-repaired.qdpx}), and the report says how many and where.
     */
    public QdpxProject read(Path file, boolean repair) {
        String fileName = String.valueOf(file.getFileName());
        if (!isZip(file, fileName)) {
            return readBareProject(file, fileName, repair);
        }
        try (SafeZip zip = new SafeZip(file, limits)) {
            String projectEntry = zip.find(PROJECT_FILE).orElseThrow(
                    () -> new QdpxException(Reason.NO_PROJECT_FILE, fileName, "entries are looked up at the top"));
            byte[] qde = zip.read(projectEntry);
            XmlRepair mended = repair ? XmlRepair.of(qde) : null;
            if (mended != null && !mended.places().isEmpty()) {
                Path copy = repairedCopy(file);
                writeArchive(zip, projectEntry, mended.xml(), copy);
                qde = mended.xml();
            }
            QdpxProject project = new QdeReader(fileName, path -> zip.find("sources/" + path).map(zip::read))
                    .read(qde);
            return reported(project, mended, file);
        }
    }

    private QdpxProject readBareProject(Path file, String fileName, boolean repair) {
        try {
            long size = Files.size(file);
            if (size > limits.maxEntryBytes()) {
                throw new QdpxException(Reason.TOO_LARGE, fileName, size + " bytes");
            }
            byte[] qde = Files.readAllBytes(file);
            XmlRepair mended = repair ? XmlRepair.of(qde) : null;
            if (mended != null && !mended.places().isEmpty()) {
                Files.write(repairedCopy(file), mended.xml());
                qde = mended.xml();
            }
            return reported(new QdeReader(fileName, internalPath -> Optional.empty()).read(qde), mended, file);
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, fileName, e.getMessage(), e);
        }
    }

    private static QdpxProject reported(QdpxProject project, XmlRepair mended, Path file) {
        if (mended != null) {
            for (String place : mended.places()) {
                project.tally().noted("characters escaped by --repair (in " + repairedCopy(file).getFileName()
                        + ", the original is untouched)", () -> place);
            }
        }
        return project;
    }

    /** NAME-repaired.EXT beside the original, which is never written to. */
    static Path repairedCopy(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        String repaired = dot > 0 ? name.substring(0, dot) + "-repaired" + name.substring(dot) : name + "-repaired";
        return file.resolveSibling(repaired);
    }

    private static void writeArchive(SafeZip zip, String projectEntry, byte[] qde, Path copy) {
        try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : zip.names()) {
                out.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) {
                    out.write(name.equals(projectEntry) ? qde : zip.read(name));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, String.valueOf(copy.getFileName()),
                    "the repaired copy cannot be written: " + e.getMessage(), e);
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
