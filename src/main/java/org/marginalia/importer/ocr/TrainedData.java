package org.marginalia.importer.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where Tesseract finds its trained data. English ("fast", Apache-2.0) ships inside the build and is unpacked once
 * per run; other languages are used when their {@code .traineddata} files lie in the folder named by the
 * {@code marginalia.tessdata} system property or the {@code TESSDATA_PREFIX} environment variable.
 */
public final class TrainedData {

    private static final String BUNDLED = "tessdata/eng.traineddata";
    private static final String SUFFIX = ".traineddata";
    private static Path unpacked;

    private TrainedData() {
    }

    /** The folder Tesseract is pointed at for {@code language}: the user's, or the bundled English. */
    static synchronized Path folderFor(String language) {
        Path user = userFolder();
        if (user != null && Files.isRegularFile(user.resolve(language + SUFFIX))) {
            return user;
        }
        if (!"eng".equals(language)) {
            throw new IllegalArgumentException("no trained data for language '" + language + "'; put "
                    + language + SUFFIX + " in the folder named by -Dmarginalia.tessdata or TESSDATA_PREFIX");
        }
        if (unpacked == null) {
            unpacked = unpackEnglish();
        }
        return unpacked;
    }

    /** The languages OCR can use here, English always among them. */
    public static List<String> languages() {
        List<String> languages = new ArrayList<>(List.of("eng"));
        Path user = userFolder();
        if (user != null && Files.isDirectory(user)) {
            try (Stream<Path> files = Files.list(user)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                        .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                        .filter(name -> !languages.contains(name)).sorted().forEach(languages::add);
            } catch (IOException e) {
                // An unreadable folder offers no extra languages; English still works.
                return languages;
            }
        }
        return languages;
    }

    private static Path userFolder() {
        String folder = System.getProperty("marginalia.tessdata", System.getenv("TESSDATA_PREFIX"));
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    private static Path unpackEnglish() {
        try (InputStream in = TrainedData.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks its English OCR data " + BUNDLED);
            }
            Path folder = Files.createTempDirectory("marginalia-tessdata");
            Path file = folder.resolve("eng" + SUFFIX);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the English OCR data: " + e.getMessage(), e);
        }
    }
}
