package org.marginalia.project;

import java.util.List;
import org.marginalia.compare.EmbedderUnavailableException;
import org.marginalia.compare.E5Embedder;
import org.marginalia.compare.SentenceEmbedder;

/**
 * Which sentence model comparison uses: e5-small-v2, unless the system property {@value #SWITCH} is
 * {@code off}, which makes the model unavailable exactly as a failed load would (for machines where ONNX Runtime
 * cannot run, and for tests of the words-only path).
 */
final class SentenceModel {

    static final String SWITCH = "marginalia.meaning";

    private SentenceModel() {
    }

    static SentenceEmbedder embedder() {
        if ("off".equalsIgnoreCase(System.getProperty(SWITCH, ""))) {
            return new SentenceEmbedder() {
                @Override
                public String modelName() {
                    return "off";
                }

                @Override
                public float[][] embed(List<String> texts) throws EmbedderUnavailableException {
                    throw new EmbedderUnavailableException("the sentence model is turned off by " + SWITCH + "=off",
                            null);
                }
            };
        }
        return new E5Embedder();
    }
}
