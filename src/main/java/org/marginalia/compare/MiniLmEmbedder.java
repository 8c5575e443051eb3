package org.marginalia.compare;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (Apache-2.0, quantized, about 23 MB with its tokenizer), shipped inside a Maven artifact and run
 * in-process by ONNX Runtime: nothing is downloaded at run time. The model loads on first use, not at start-up, and a
 * model that failed to load is not tried again. The model is English; for other languages its vectors say little,
 * and the word-based score carries the match.
 *
 * <p>The loaded model is held once per process, not per instance: it is immutable, thread-safe and costs a second
 * and about 60 MB to load, and every open project would otherwise pay that again.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Sentences per call to the model: large enough to amortise a call, small enough to report progress often. */
    public static final int BATCH = 64;

    private static AllMiniLmL6V2QuantizedEmbeddingModel model;
    private static EmbedderUnavailableException failure;

    @Override
    public String modelName() {
        return "all-MiniLM-L6-v2-q/langchain4j-1.19.0-beta29";
    }

    @Override
    public float[][] embed(List<String> texts) throws EmbedderUnavailableException {
        AllMiniLmL6V2QuantizedEmbeddingModel loaded = model();
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        try {
            List<Embedding> embeddings = loaded.embedAll(segments).content();
            float[][] out = new float[embeddings.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Vectors.normalised(embeddings.get(i).vector());
            }
            return out;
        } catch (RuntimeException | LinkageError e) {
            throw new EmbedderUnavailableException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    private static synchronized AllMiniLmL6V2QuantizedEmbeddingModel model() throws EmbedderUnavailableException {
        if (failure != null) {
            throw failure;
        }
        if (model == null) {
            try {
                model = new AllMiniLmL6V2QuantizedEmbeddingModel();
            } catch (RuntimeException | LinkageError e) {
                failure = new EmbedderUnavailableException("the sentence model could not load: " + e, e);
                throw failure;
            }
        }
        return model;
    }
}
