package org.marginalia.importer.ocr;

import java.util.List;
import org.marginalia.model.WordBox;

/**
 * The text OCR read from one page image, and its words with their boxes in pixels of that image and their
 * confidences; word offsets count from the start of this page's text.
 */
public record RecognizedPage(String text, int width, int height, List<WordBox> words) {

    public RecognizedPage {
        words = List.copyOf(words);
    }
}
