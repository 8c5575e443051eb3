package org.marginalia.export.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * The author field as CSL names. Users type authors the way they read them: {@code Last, First} or
 * {@code First Last}, several joined by {@code ;} or {@code and}; an institution goes in braces
 * ({@code {National Security Archive}}) so no style inverts it. A name of more than three words without a comma is
 * also taken whole, because such names are nearly always institutions.
 */
final class CslNames {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*;\\s*|\\s+and\\s+");

    private CslNames() {
    }

    static CSLName[] parse(String authors) {
        List<CSLName> names = new ArrayList<>();
        for (String name : SEPARATOR.split(authors.strip())) {
            if (!name.isBlank()) {
                names.add(one(name.strip()));
            }
        }
        return names.toArray(CSLName[]::new);
    }

    private static CSLName one(String name) {
        if (name.startsWith("{") && name.endsWith("}")) {
            return new CSLNameBuilder().literal(name.substring(1, name.length() - 1).strip()).build();
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new CSLNameBuilder().family(name.substring(0, comma).strip())
                    .given(name.substring(comma + 1).strip()).build();
        }
        String[] words = name.split("\\s+");
        if (words.length == 1 || words.length > 3) {
            return new CSLNameBuilder().literal(name).build();
        }
        int last = name.lastIndexOf(' ');
        return new CSLNameBuilder().given(name.substring(0, last).strip()).family(name.substring(last + 1)).build();
    }

    /** The names back as the author field, {@code Last, First} joined by {@code ;}. */
    static String format(CSLName[] names) {
        List<String> out = new ArrayList<>();
        for (CSLName name : names == null ? new CSLName[0] : names) {
            if (name.getLiteral() != null) {
                out.add("{" + name.getLiteral() + "}");
            } else if (name.getGiven() == null) {
                out.add(String.valueOf(name.getFamily()));
            } else {
                out.add(name.getFamily() + ", " + name.getGiven());
            }
        }
        return String.join("; ", out);
    }
}
