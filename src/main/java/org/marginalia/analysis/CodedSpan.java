package org.marginalia.analysis;

import org.marginalia.model.TextSpan;

/**
 * One coder's tag on a stretch of a source, the tag named by its path so two projects' codebooks can be compared.
 *
 * @param sourceId the source in the project being analysed
 * @param tag      the tag's path, e.g. "Russia / NATO expansion", compared without regard to case
 */
public record CodedSpan(long sourceId, TextSpan span, String tag) {
}
