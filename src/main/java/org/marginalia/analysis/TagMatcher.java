package org.marginalia.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, for each tag of another coder's codebook, the tag of ours it means: first by the whole path without regard to
 * case or spacing ("Russia / NATO" = "russia/nato"), then by the name alone when exactly one of our tags has it (the
 * other coder nested "Trust" differently). Tags that match neither way are new.
 */
public final class TagMatcher {

    private TagMatcher() {
    }

    /** @return for each of their paths, our path, or empty when the tag is new to us */
    public static Map<String, Optional<String>> match(List<String> ourPaths, List<String> theirPaths) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, List<String>> byName = new HashMap<>();
        for (String path : ourPaths) {
            byKey.put(TagKeys.of(path), path);
            byName.computeIfAbsent(TagKeys.of(lastName(path)), k -> new ArrayList<>()).add(path);
        }
        Map<String, Optional<String>> matched = new LinkedHashMap<>();
        for (String theirs : theirPaths) {
            String ours = byKey.get(TagKeys.of(theirs));
            if (ours == null) {
                List<String> sameName = byName.getOrDefault(TagKeys.of(lastName(theirs)), List.of());
                ours = sameName.size() == 1 ? sameName.get(0) : null;
            }
            matched.put(theirs, Optional.ofNullable(ours));
        }
        return matched;
    }

    private static String lastName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
