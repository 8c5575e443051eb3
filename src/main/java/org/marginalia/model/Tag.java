package org.marginalia.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code of the project's codebook.
 *
 * @param parentId the parent tag, or null for a top-level tag
 * @param shortcutKey one character the user presses to apply the tag, or null
 * @param codable false for a tag folder (REFI-QDA's {@code isCodable="false"}, QualCoder's category): it holds tags
 *     but is never applied to a passage
 */
public record Tag(long id, String name, String color, String description, Long parentId, String shortcutKey,
                  boolean codable) {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Tag {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        if (!isColor(color)) {
            throw new IllegalArgumentException("tag colour must look like #RRGGBB, not '" + color + "'");
        }
        color = color.toUpperCase(Locale.ROOT);
        description = description == null ? "" : description;
        if (shortcutKey != null && shortcutKey.codePointCount(0, shortcutKey.length()) != 1) {
            throw new IllegalArgumentException("a shortcut key is one character, not '" + shortcutKey + "'");
        }
    }

    /** A tag that can be applied, as every tag was before tag folders. */
    public Tag(long id, String name, String color, String description, Long parentId, String shortcutKey) {
        this(id, name, color, description, parentId, shortcutKey, true);
    }

    public Tag withId(long newId) {
        return new Tag(newId, name, color, description, parentId, shortcutKey, codable);
    }

    public static boolean isColor(String color) {
        return color != null && COLOR.matcher(color).matches();
    }

    public Optional<Long> parent() {
        return Optional.ofNullable(parentId);
    }
}
