package org.marginalia.importer.transcription;

import java.util.List;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageStarts;

/**
 * What a transcription file holds: its text in reading order, where each page starts, each page's words with boxes
 * and confidences (origin {@code transcription}), and the file name of the image each page names ('' for none).
 */
public record Transcription(String text, PageStarts pages, List<PageLayout> layout, List<String> imageNames) {

    public Transcription {
        layout = List.copyOf(layout);
        imageNames = List.copyOf(imageNames);
    }
}
