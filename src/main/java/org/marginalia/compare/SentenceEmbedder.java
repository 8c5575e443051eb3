package org.marginalia.compare;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are, so that "he denied any plan to
 * resign" can meet "I am not going anywhere" although they share no word.
 */
public interface SentenceEmbedder {

    /** A name for the model and its version; stored vectors are only reused under the same name. */
    String modelName();

    /** Unit-length vectors, one per text, in order. */
    float[][] embed(List<String> texts) throws EmbedderUnavailableException;
}
