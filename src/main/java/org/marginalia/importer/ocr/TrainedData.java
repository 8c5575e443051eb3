package org.marginalia.importer.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where Tesseract finds its trained data. English ("fast", Apache-2.0) ships inside the build and is unpacked once
 * per run; other languages are used when their {@code .traineddata} files lie in one of the user's folders, searched
 * in this order: the folder named by the {@code marginalia.tessdata} system property, the one named by the
 * {@code TESSDATA_PREFIX} environment variable, and the folder the caller names (the app data folder's
 * {@code tessdata}). A combination ({@code lat+eng}) is read from the first folder that holds every part of it;
 * English alone always works.
 */
public final class TrainedData {

    private static final String BUNDLED = "tessdata/eng.traineddata";
    private static final String SUFFIX = ".traineddata";
    private static final String ENGLISH = "eng";
    private static Path unpacked;

    private TrainedData() {
    }

    /** The folder Tesseract is pointed at for {@code language} when no folder of the caller's is known. */
    static Path folderFor(String language) {
        return folderFor(language, null);
    }

    /**
     * The folder Tesseract is pointed at for {@code codes} ('+'-joined): the first user folder that holds them all,
     * or the bundled English.
     *
     * @throws IllegalArgumentException saying which language is missing and where to put it
     */
    static synchronized Path folderFor(String codes, Path extra) {
        List<String> languages = Arrays.stream(codes.split("\\+")).distinct().toList();
        List<Path> folders = userFolders(extra);
        for (Path folder : folders) {
            if (languages.stream().allMatch(language -> Files.isRegularFile(folder.resolve(language + SUFFIX)))) {
                return folder;
            }
        }
        if (languages.equals(List.of(ENGLISH))) {
            return english();
        }
        List<String> absent = languages.stream().filter(language -> !ENGLISH.equals(language))
                .filter(language -> folders.stream()
                        .noneMatch(folder -> Files.isRegularFile(folder.resolve(language + SUFFIX)))).toList();
        String where = folders.isEmpty() ? "the folder named by TESSDATA_PREFIX"
                : folders.get(folders.size() - 1) + (extra != null ? " (or the folder named by TESSDATA_PREFIX)" : "");
        if (!absent.isEmpty()) {
            return failWith("no trained data for " + String.join(", ", absent.stream().map(l -> "'" + l + "'")
                    .toList()) + "; download " + String.join(", ", absent.stream().map(l -> l + SUFFIX).toList())
                    + " (github.com/tesseract-ocr/tessdata_fast) and put it in " + where);
        }
        List<String> others = languages.stream().filter(language -> !ENGLISH.equals(language)).toList();
        for (Path folder : folders) {
            if (languages.contains(ENGLISH)
                    && others.stream().allMatch(language -> Files.isRegularFile(folder.resolve(language + SUFFIX)))) {
                return withEnglish(folder, others);
            }
        }
        return failWith("the trained data for " + codes + " lies in different folders; put "
                + String.join(", ", others.stream().map(l -> l + SUFFIX).toList()) + " together in " + where);
    }

    private static Path english() {
        if (unpacked == null) {
            unpacked = unpackEnglish();
        }
        return unpacked;
    }

    /**
     * Tesseract reads every language of a combination from one folder: a combination with the bundled English gets
     * a temporary folder that links (or, where links are not allowed, copies) the user's files beside English.
     */
    private static Path withEnglish(Path folder, List<String> others) {
        try {
            Path combined = Files.createTempDirectory("marginalia-tessdata");
            combined.toFile().deleteOnExit();
            link(english().resolve(ENGLISH + SUFFIX), combined.resolve(ENGLISH + SUFFIX));
            for (String language : others) {
                link(folder.resolve(language + SUFFIX).toAbsolutePath(), combined.resolve(language + SUFFIX));
            }
            return combined;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the OCR data side by side: " + e.getMessage(), e);
        }
    }

    private static void link(Path target, Path link) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
        }
        link.toFile().deleteOnExit();
    }

    private static Path failWith(String message) {
        throw new IllegalArgumentException(message);
    }

    /**
     * Why OCR in {@code codes} cannot run here, naming each missing language and where its file belongs; empty when
     * every language is available.
     */
    public static Optional<String> missing(String codes, Path extra) {
        try {
            folderFor(codes, extra);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The languages OCR can use here, English always among them. */
    public static List<String> languages(Path extra) {
        List<String> languages = new ArrayList<>(List.of(ENGLISH));
        for (Path folder : userFolders(extra)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                        .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                        .filter(name -> !languages.contains(name)).sorted().forEach(languages::add);
            } catch (IOException e) {
                // An unreadable folder offers no extra languages; the others still do.
                continue;
            }
        }
        return languages;
    }

    /** The languages OCR can use without a folder of the caller's. */
    public static List<String> languages() {
        return languages(null);
    }

    private static List<Path> userFolders(Path extra) {
        List<Path> folders = new ArrayList<>();
        String[] named = {System.getProperty("marginalia.tessdata"), System.getenv("TESSDATA_PREFIX")};
        for (String folder : named) {
            if (folder != null && !folder.isBlank()) {
                folders.add(Path.of(folder));
            }
        }
        if (extra != null) {
            folders.add(extra);
        }
        return folders;
    }

    private static Path unpackEnglish() {
        try (InputStream in = TrainedData.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks its English OCR data " + BUNDLED);
            }
            Path folder = Files.createTempDirectory("marginalia-tessdata");
            Path file = folder.resolve(ENGLISH + SUFFIX);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the English OCR data: " + e.getMessage(), e);
        }
    }
}
