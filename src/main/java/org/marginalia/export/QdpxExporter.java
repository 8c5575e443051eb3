package org.marginalia.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.marginalia.model.Document;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.SourceType;

/**
 * Writes a project as a REFI-QDA project exchange file (.qdpx): a zip holding {@code project.qde} (QDA-XML 1.0, see
 * {@link QdeWriter}) and a flat {@code sources/} folder with each source's plain text as UTF-8 without a BOM, named by
 * its GUID. A PDF source travels as its original bytes ({@code sources/<guid>.pdf}) plus its text representation, on
 * which its passages are placed; without original bytes it is written as a plain text source. A scan or photograph
 * (a JPEG, PNG or TIFF original) travels the same way as a {@code PictureSource} whose {@code TextDescription} is the
 * text (OCR or transcription) that carries the passages.
 */
public final class QdpxExporter {

    private static final int BUFFER = 1 << 16;

    /** What goes in the {@code origin} attribute, e.g. "Marginalia 0.1.0". */
    private final String origin;

    public QdpxExporter(String origin) {
        this.origin = origin == null || origin.isBlank() ? "Marginalia" : origin;
    }

    /**
     * @param originalBytes the original file of a source by document id, or null when it is not at hand; not asked
     *        for text, Markdown and HTML sources
     */
    public void write(ProjectSnapshot snapshot, Function<Long, byte[]> originalBytes, OutputStream out)
            throws IOException {
        write(snapshot, new SourceOriginals() {
            @Override
            public byte[] head(long documentId, int length) {
                return originalBytes.apply(documentId);
            }

            @Override
            public void copyTo(long documentId, OutputStream to) throws IOException {
                to.write(originalBytes.apply(documentId));
            }
        }, out);
    }

    /**
     * @param originals the original files of the sources, copied into the zip one at a time as it is written; not
     *        asked for text, Markdown and HTML sources
     */
    public void write(ProjectSnapshot snapshot, SourceOriginals originals, OutputStream out) throws IOException {
        Guids guids = new Guids(snapshot.projectName());
        Map<Long, String> extensions = new LinkedHashMap<>();
        for (Document document : snapshot.documents()) {
            if (document.type() != SourceType.TEXT && document.type() != SourceType.MARKDOWN
                    && document.type() != SourceType.HTML) {
                byte[] head = originals.head(document.id(), SourceOriginals.HEAD);
                String extension = head == null ? null : OriginalFiles.extension(head, document.type());
                if (extension != null) {
                    extensions.put(document.id(), extension);
                }
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // The fastest deflate level: at the default one, compressing the project.qde of 100,000 codes took most of
        // the export's time, for a file a fifth smaller.
        zip.setLevel(Deflater.BEST_SPEED);
        // project.qde goes straight into its entry as it is written, never whole in memory.
        zip.putNextEntry(new ZipEntry("project.qde"));
        BufferedWriter qde = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), BUFFER);
        new QdeWriter(origin, guids, snapshot, extensions).write(qde);
        qde.flush();
        zip.closeEntry();
        for (Document document : snapshot.documents()) {
            String guid = Guids.qda(guids.source(document.sha256()));
            byte[] text = snapshot.textOf(document.id()).getBytes(StandardCharsets.UTF_8);
            if (extensions.containsKey(document.id())) {
                // Copied through the zip a piece at a time, so a gigabyte scan is never whole in memory.
                zip.putNextEntry(new ZipEntry("sources/" + guid + "." + extensions.get(document.id())));
                originals.copyTo(document.id(), zip);
                zip.closeEntry();
                put(zip, "sources/" + Guids.qda(guids.representation(document.sha256())) + ".txt", text);
            } else {
                put(zip, "sources/" + guid + ".txt", text);
            }
        }
        // finish, not close: the caller owns the stream.
        zip.finish();
        out.flush();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
