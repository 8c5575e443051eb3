package org.marginalia.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marginalia.importer.ocr.TrainedData;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageProgress;

/**
 * The languages OCR reads in, named as Tesseract names them ({@code eng}, {@code deu}, {@code lat+eng}). English ships
 * with the program; other languages are read when their {@code .traineddata} file lies in the app data folder's
 * {@code tessdata} folder, or in the folder named by {@code TESSDATA_PREFIX}.
 */
public final class OcrLanguages {

    /** Tesseract's codes of the languages comparison knows, to ISO 639-1 as {@code document.language} stores. */
    private static final Map<String, String> ISO_639_1 = Map.of("eng", "en", "deu", "de", "fra", "fr", "rus", "ru",
            "spa", "es", "ita", "it", "por", "pt", "nld", "nl");

    private OcrLanguages() {
    }

    /** The folder the user puts extra trained data in: {@code tessdata} in the app data folder. */
    public static Path folder() {
        return AppDirectories.dataDirectory().resolve("tessdata");
    }

    /** The languages OCR can read here, English first. */
    public static List<String> available() {
        return TrainedData.languages(folder());
    }

    /**
     * Options to read in {@code codes} (English when blank), reporting to {@code progress}.
     *
     * @throws ProjectException INVALID when {@code codes} is not a Tesseract language code or combination
     */
    public static ImportOptions options(String codes, PageProgress progress) {
        String language = codes == null || codes.isBlank() ? ImportOptions.ENGLISH : codes.strip();
        if (!ImportOptions.isLanguageCode(language)) {
            throw new ProjectException(ProjectException.Reason.INVALID, "'" + codes + "' is not an OCR language;"
                    + " use Tesseract's codes such as eng, deu, fra or lat+eng");
        }
        return new ImportOptions(language, folder(), progress, null, null);
    }

    /** The ISO 639-1 code of the first language in {@code codes}, or '' when comparison does not know it. */
    static String isoCode(String codes) {
        return ISO_639_1.getOrDefault(codes.split("\\+")[0], "");
    }
}
