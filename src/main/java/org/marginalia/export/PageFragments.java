package org.marginalia.export;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.PageLayout;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordBox;

/**
 * Where a passage lies on its source's pages: per page, the box around the words the passage overlaps, as a W3C
 * {@code FragmentSelector} value in the Media Fragments {@code xywh} syntax.
 *
 * <p>Media Fragments URI 1.0 (section 4.2.2) allows only whole numbers, in {@code pixel} (the default) or
 * {@code percent} units. Pixels are written, with the unit spelled out ({@code xywh=pixel:x,y,w,h}): whole percents of
 * a page are too coarse to pick out a line (1 % of an A4 page is about three lines of a 10-point text). An image's
 * boxes are in its own pixels already. A PDF page has no pixels of its own; its boxes are in PDF points (1/72 inch),
 * so they are given as pixels of the page rendered at 72 dpi, the PDF's own user space, where one point is one pixel.
 * The box is rounded outwards so that it still covers every word.
 */
public final class PageFragments {

    /** The conformance IRI the W3C model names for Media Fragments. */
    public static final String MEDIA_FRAGMENTS = "http://www.w3.org/TR/media-frags/";

    private PageFragments() {
    }

    /** One page's box around a passage, in that page's pixels (72 dpi for a PDF page). */
    public record Fragment(int page, long x, long y, long width, long height) {

        /** The {@code xywh} value of a FragmentSelector. */
        public String value() {
            return "xywh=pixel:" + x + "," + y + "," + width + "," + height;
        }
    }

    /**
     * The boxes of a passage, one per page it has words on, in page order; empty when no word box overlaps it.
     *
     * @param pages the source's pages with their words (UTF-16 offsets, as the span)
     */
    public static List<Fragment> of(List<PageLayout> pages, TextSpan span) {
        List<Fragment> fragments = new ArrayList<>();
        for (PageLayout page : pages) {
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (WordBox word : page.words()) {
                if (word.start() < span.end() && span.start() < word.end()) {
                    left = Math.min(left, word.x());
                    top = Math.min(top, word.y());
                    right = Math.max(right, word.x() + word.width());
                    bottom = Math.max(bottom, word.y() + word.height());
                }
            }
            if (right >= left) {
                // Points of a PDF page are its pixels at 72 dpi; an image's boxes are in its pixels already.
                long x = Math.max(0, (long) Math.floor(left));
                long y = Math.max(0, (long) Math.floor(top));
                fragments.add(new Fragment(page.page(), x, y, (long) Math.ceil(right) - x,
                        (long) Math.ceil(bottom) - y));
            }
        }
        return fragments;
    }
}
