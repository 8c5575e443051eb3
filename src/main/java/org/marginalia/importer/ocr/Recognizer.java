package org.marginalia.importer.ocr;

import static org.bytedeco.leptonica.global.leptonica.L_BRING_IN_WHITE;
import static org.bytedeco.leptonica.global.leptonica.L_ROTATE_AREA_MAP;
import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.leptonica.global.leptonica.pixCreate;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixFindSkew;
import static org.bytedeco.leptonica.global.leptonica.pixGetData;
import static org.bytedeco.leptonica.global.leptonica.pixMedianFilter;
import static org.bytedeco.leptonica.global.leptonica.pixRotate;
import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.RIL_PARA;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.marginalia.model.WordBox;

/**
 * Tesseract in this process, for one language, reading one page image at a time. Before recognition the page is
 * turned grey, cleaned of speckle (3x3 median) and straightened (Leptonica's skew search); word boxes are mapped back
 * onto the image as given, so they sit on the page the reader sees. Not thread-safe: one per worker.
 */
public final class Recognizer implements AutoCloseable {

    /** Below this many degrees a page is left as it is: rotating costs more than it gains. */
    private static final float LEAST_SKEW = 0.1f;
    /** Leptonica's confidence in a skew angle below which the page is not turned. */
    private static final float LEAST_SKEW_CONFIDENCE = 2.5f;
    private static final int BINARY_THRESHOLD = 160;

    private final TessBaseAPI api = new TessBaseAPI();
    private final String language;

    public Recognizer(String language) {
        this(language, null);
    }

    /**
     * @param extraFolder a folder of the user's that may hold trained data ({@link TrainedData}); may be null
     * @throws IllegalArgumentException when a language's trained data is missing, saying where to put it
     */
    public Recognizer(String language, Path extraFolder) {
        this.language = language;
        String folder = TrainedData.folderFor(language, extraFolder).toString();
        if (api.Init(folder, language, OEM_LSTM_ONLY) != 0) {
            api.close();
            throw new IllegalStateException("Tesseract could not load the trained data for '" + language + "'");
        }
    }

    public String language() {
        return language;
    }

    /** Reads one page image scanned at {@code dpi} dots per inch (0 when unknown). */
    public RecognizedPage read(BufferedImage image, int dpi) {
        int width = image.getWidth();
        int height = image.getHeight();
        PIX grey = toPix(image);
        PIX clean = pixMedianFilter(grey, 3, 3);
        pixDestroy(grey);
        float skew = skewOf(clean);
        PIX straight = clean;
        if (Math.abs(skew) >= LEAST_SKEW) {
            straight = pixRotate(clean, (float) Math.toRadians(skew), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, width,
                    height);
            pixDestroy(clean);
        }
        try {
            api.SetImage(straight);
            if (dpi > 0) {
                api.SetSourceResolution(dpi);
            }
            if (api.Recognize(null) != 0) {
                throw new IllegalStateException("Tesseract failed to read the page");
            }
            return collect(width, height, Math.toRadians(skew));
        } finally {
            api.Clear();
            pixDestroy(straight);
        }
    }

    private RecognizedPage collect(int width, int height, double skew) {
        StringBuilder text = new StringBuilder();
        List<WordBox> words = new ArrayList<>();
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return new RecognizedPage("", width, height, words);
        }
        int[] left = new int[1];
        int[] top = new int[1];
        int[] right = new int[1];
        int[] bottom = new int[1];
        try {
            it.Begin();
            do {
                BytePointer utf8 = it.GetUTF8Text(RIL_WORD);
                if (utf8 == null) {
                    continue;
                }
                String word = utf8.getString(StandardCharsets.UTF_8).strip();
                utf8.deallocate();
                if (word.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append(it.IsAtBeginningOf(RIL_PARA) ? "\n\n" : it.IsAtBeginningOf(RIL_TEXTLINE) ? "\n" : " ");
                }
                int start = text.length();
                text.append(word);
                double confidence = Math.max(0, Math.min(1, it.Confidence(RIL_WORD) / 100.0));
                if (it.BoundingBox(RIL_WORD, left, top, right, bottom)) {
                    words.add(unrotated(word, start, text.length(), left[0], top[0], right[0], bottom[0], width,
                            height, skew, confidence));
                }
            } while (it.Next(RIL_WORD));
        } finally {
            it.deallocate();
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return new RecognizedPage(text.toString(), width, height, words);
    }

    /** The box on the image as given: the straightened page's box turned back by the skew about the centre. */
    private static WordBox unrotated(String word, int start, int end, int left, int top, int right, int bottom,
            int width, int height, double skew, double confidence) {
        double cx = width / 2.0;
        double cy = height / 2.0;
        double cos = Math.cos(-skew);
        double sin = Math.sin(-skew);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int[] corner : new int[][] {{left, top}, {right, top}, {left, bottom}, {right, bottom}}) {
            double dx = corner[0] - cx;
            double dy = corner[1] - cy;
            double x = cx + dx * cos - dy * sin;
            double y = cy + dx * sin + dy * cos;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new WordBox(word, start, end, minX, minY, maxX - minX, maxY - minY, confidence);
    }

    private static float skewOf(PIX grey) {
        PIX binary = pixConvertTo1(grey, BINARY_THRESHOLD);
        try {
            float[] angle = new float[1];
            float[] confidence = new float[1];
            if (pixFindSkew(binary, angle, confidence) != 0 || confidence[0] < LEAST_SKEW_CONFIDENCE) {
                return 0;
            }
            return angle[0];
        } finally {
            pixDestroy(binary);
        }
    }

    /** An 8-bit grey Leptonica image: four pixels to a 32-bit word, the leftmost in the highest byte. */
    private static PIX toPix(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        PIX pix = pixCreate(width, height, 8);
        int wordsPerLine = (width + 3) / 4;
        int[] data = new int[wordsPerLine * height];
        int[] rgb = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, rgb, 0, width);
            for (int x = 0; x < width; x++) {
                int p = rgb[x];
                int grey = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
                data[y * wordsPerLine + x / 4] |= grey << (24 - 8 * (x % 4));
            }
        }
        pixGetData(pix).put(data);
        return pix;
    }

    @Override
    public void close() {
        api.End();
        api.close();
    }
}
