package org.marginalia.importer.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/** Page images with known text, drawn with Java2D: clean, or degraded as a poor scan is (low dpi, skew, noise). */
public final class PageImages {

    private PageImages() {
    }

    /** Lines set in {@code family} at 12 pt on a page {@code widthInches} wide, scanned at {@code dpi}. */
    public static BufferedImage clean(List<String> lines, String family, int dpi, double widthInches) {
        int size = Math.round(12f * dpi / 72f);
        int margin = dpi;
        int leading = Math.round(size * 1.5f);
        int width = (int) Math.round(widthInches * dpi);
        int height = margin * 2 + leading * lines.size();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(family, Font.PLAIN, size));
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), margin, margin + leading * (i + 1));
        }
        g.dispose();
        return image;
    }

    /** The page turned by {@code degrees} on white, with {@code speckle} of its pixels flipped to black or white. */
    public static BufferedImage degraded(BufferedImage page, double degrees, double speckle, long seed) {
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        Random random = new Random(seed);
        for (int y = 0; y < turned.getHeight(); y++) {
            for (int x = 0; x < turned.getWidth(); x++) {
                if (random.nextDouble() < speckle) {
                    turned.setRGB(x, y, random.nextBoolean() ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
        }
        return turned;
    }

    /** 1 minus the character edit distance over the expected length, with runs of white space taken as one space. */
    public static double accuracy(String expected, String actual) {
        String a = expected.strip().replaceAll("\\s+", " ");
        String b = actual.strip().replaceAll("\\s+", " ");
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / a.length();
    }
}
