package org.marginalia.model;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How to read a file that needs OCR or a page image: the language(s) to recognise, as Tesseract names them
 * ({@code eng}, {@code deu}, {@code lat+eng}), the folder the user keeps extra trained data in, where to report each
 * page, and where a transcription's page image is. Files that need none of it ignore it.
 *
 * @param languageFolder a folder that may hold {@code <code>.traineddata} files; {@code null} for none
 * @param pageImage      the page image of a transcription, as the user named it; {@code null} to look beside it
 * @param fileFolder     the folder the file was read from, where a transcription's named image is looked for;
 *                       {@code null} when the bytes came from elsewhere
 */
public record ImportOptions(String ocrLanguage, Path languageFolder, PageProgress progress, Path pageImage,
        Path fileFolder) {

    /** The language that ships with the build. */
    public static final String ENGLISH = "eng";
    /** Tesseract's codes ({@code chi_sim}), joined by '+'; nothing that could name another folder. */
    private static final Pattern CODES = Pattern.compile("[A-Za-z0-9_]{2,16}(\\+[A-Za-z0-9_]{2,16}){0,7}");

    public ImportOptions {
        if (ocrLanguage == null || ocrLanguage.isBlank()) {
            ocrLanguage = ENGLISH;
        }
        if (!CODES.matcher(ocrLanguage).matches()) {
            throw new IllegalArgumentException("not a Tesseract language code: '" + ocrLanguage
                    + "' (use codes such as eng, deu or lat+eng)");
        }
        progress = progress == null ? PageProgress.NONE : progress;
    }

    /** English, no extra folder, no progress. */
    public static ImportOptions defaults() {
        return new ImportOptions(ENGLISH, null, PageProgress.NONE, null, null);
    }

    /** OCR in {@code codes} with trained data also looked for in {@code folder}; no progress. */
    public static ImportOptions ocr(String codes, Path folder) {
        return new ImportOptions(codes, folder, PageProgress.NONE, null, null);
    }

    /** Whether {@code codes} is a well-formed Tesseract language code or '+' combination. */
    public static boolean isLanguageCode(String codes) {
        return codes != null && CODES.matcher(codes).matches();
    }

    /** The same options reporting to {@code to}. */
    public ImportOptions withProgress(PageProgress to) {
        return new ImportOptions(ocrLanguage, languageFolder, to, pageImage, fileFolder);
    }

    /** The same options with the page image of a transcription named. */
    public ImportOptions withPageImage(Path image) {
        return new ImportOptions(ocrLanguage, languageFolder, progress, image, fileFolder);
    }

    /** The same options for a file read from {@code folder}. */
    public ImportOptions withFolder(Path folder) {
        return new ImportOptions(ocrLanguage, languageFolder, progress, pageImage, folder);
    }
}
