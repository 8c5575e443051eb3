package org.marginalia.project;

import org.marginalia.model.Annotation;
import org.marginalia.model.ReviewFlag;

/**
 * A passage in the review queue, with what a person needs to decide: the quote the user marked (still stored on the
 * passage), why it is there, and the text of the best place found (empty when there is none).
 */
public record ReviewItem(Annotation passage, ReviewFlag flag, String candidateText) {
}
