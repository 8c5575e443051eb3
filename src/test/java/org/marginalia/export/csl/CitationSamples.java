package org.marginalia.export.csl;

import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/** One source of each kind the style tests cite, with every detail a historian would fill in. */
final class CitationSamples {

    static final CitedSource BOOK = new CitedSource("book",
            new SourceMetadata("The Cold War: A New History", "John Lewis Gaddis", "Penguin Press", "2005", "",
                    "", "", "", "", ""), CitationDetails.ofType("book", ""));

    static final CitedSource ARTICLE = new CitedSource("article",
            new SourceMetadata("Putin Wanted Trust, Friendship With West", "Sarah Jones", "", "2021-12-20",
                    "", "", "", "", "", ""), CitationDetails.ofType("article-newspaper", "The Moscow Times"));

    static final CitedSource WEB_PAGE = new CitedSource("web",
            new SourceMetadata("The U.S. Declassified Conversation Between Putin and Bush", "Thomas Blanton",
                    "National Security Archive", "2021-12-21", "https://nsarchive.gwu.edu/briefing-book/russia/2021",
                    "", "", "", "", ""), CitationDetails.NONE);

    static final CitedSource ARCHIVAL = new CitedSource("archival",
            new SourceMetadata("Memorandum of Conversation: President Bush and President Putin", "", "",
                    "2001-11-13", "", "George W. Bush Presidential Library", "National Security Council Records",
                    "12", "3", ""), CitationDetails.NONE);

    private CitationSamples() {
    }
}
