package org.marginalia.importer.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.marginalia.importer.qdpx.QdpxException.Reason;

/**
 * A zip archive opened for reading only the entries asked for, within {@link QdpxLimits}. Nothing is ever written to
 * disk, but entry paths that would leave a target folder are refused all the same: such an archive is hostile.
 */
final class SafeZip implements AutoCloseable {

    private static final long RATIO_CHECK_FROM = 1L << 20;

    private final ZipFile zip;
    private final String fileName;
    private final QdpxLimits limits;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    /** Entry names by their lower-case form: looking each source up by scanning every entry was quadratic. */
    private final Map<String, String> byLowerCase = new HashMap<>();
    private long totalRead;

    SafeZip(Path file, QdpxLimits limits) {
        this.fileName = String.valueOf(file.getFileName());
        this.limits = limits;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new QdpxException(Reason.NOT_A_PROJECT, fileName, e.getMessage(), e);
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, fileName, e.getMessage(), e);
        }
        try {
            index();
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private void index() {
        if (zip.size() > limits.maxEntries()) {
            throw new QdpxException(Reason.TOO_MANY_ENTRIES, fileName,
                    zip.size() + " entries, at most " + limits.maxEntries() + " allowed");
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            checkPath(entry.getName());
            declared += Math.max(0, entry.getSize());
            if (declared > limits.maxTotalBytes()) {
                throw new QdpxException(Reason.TOO_LARGE, fileName,
                        "the entries declare more than " + limits.maxTotalBytes() + " bytes");
            }
            entries.put(entry.getName(), entry);
            byLowerCase.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry.getName());
        }
    }

    private void checkPath(String name) {
        String path = name.replace('\\', '/');
        boolean absolute = path.startsWith("/") || path.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + path + "/").contains("/../");
        if (absolute || climbs || name.indexOf('\0') >= 0) {
            throw new QdpxException(Reason.UNSAFE_PATH, fileName, "entry '" + name + "'");
        }
    }

    /** The entry's exact name, looking the folder and file up without regard to case ("Sources/" or "sources/"). */
    Optional<String> find(String path) {
        if (entries.containsKey(path)) {
            return Optional.of(path);
        }
        return Optional.ofNullable(byLowerCase.get(path.toLowerCase(Locale.ROOT)));
    }

    byte[] read(String name) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("no entry " + name);
        }
        long allowed = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - totalRead);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, allowed + 1));
            if (bytes.length > allowed) {
                throw new QdpxException(Reason.TOO_LARGE, fileName, "entry '" + name + "' unpacks to more than "
                        + (allowed == limits.maxEntryBytes() ? "the " + allowed + " bytes allowed per entry"
                                : "the " + limits.maxTotalBytes() + " bytes allowed in all"));
            }
            long compressed = Math.max(1, entry.getCompressedSize());
            if (bytes.length > RATIO_CHECK_FROM && bytes.length / compressed > limits.maxRatio()) {
                throw new QdpxException(Reason.SUSPICIOUS_COMPRESSION, fileName, "entry '" + name + "' unpacks "
                        + bytes.length + " bytes from " + compressed);
            }
            totalRead += bytes.length;
            return bytes;
        } catch (ZipException e) {
            throw new QdpxException(Reason.NOT_A_PROJECT, fileName, "entry '" + name + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new QdpxException(Reason.UNREADABLE, fileName, "entry '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Every entry's name, in the archive's order. */
    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only read from; nothing to lose.
        }
    }
}
