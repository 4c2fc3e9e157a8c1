package org.sightline.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of the index: their names (the ones a query uses, docs/user-guide.md), which are full text and which
 * keywords, which are facets. One entry per document, claim and actor; {@link #KIND} tells which.
 */
public final class Schema {

    /** Bumped when the fields change: an index of another version is rebuilt. 2: offsets of the snippet fields. */
    public static final String VERSION = "2";

    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String DOC = "doc";
    public static final String FINGERPRINT = "fingerprint";

    // documents
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String PUBLISHER = "publisher";
    public static final String AUTHOR = "author";
    public static final String DATE = "date";
    public static final String MONTH = "month";
    public static final String LANGUAGE = "language";
    // claims
    public static final String SOURCE = "source";
    public static final String CUE = "cue";
    public static final String CONTENT = "content";
    public static final String TYPE = "type";
    public static final String MODALITY = "modality";
    public static final String STATUS = "status";
    /** Actors of a claim (source and targets), of a document (mentioned), or the actor itself. */
    public static final String ACTOR = "actor";
    // actors
    public static final String NAME = "name";
    public static final String ALIAS = "alias";
    public static final String ACTOR_KIND = "actorkind";
    /** Stored only: the title of a claim's document, for showing the hit. */
    public static final String DOC_TITLE = "doctitle";

    /** Full-text fields searched by words without a field name. */
    public static final String[] DEFAULT_FIELDS = { TITLE, TEXT, CONTENT, SOURCE, CUE, NAME, ALIAS, ACTOR, PUBLISHER, AUTHOR };

    /** The fields a hit of each kind shows a snippet from, best first. */
    public static final Map<String, List<String>> SNIPPET_FIELDS_OF_KIND = Map.of("document", List.of(TEXT, TITLE), "claim", List.of(CONTENT),
            "actor", List.of(NAME, ALIAS));

    /** Fields snippets are cut from (those of every kind): stored, with offsets in the postings. */
    public static final List<String> SNIPPET_FIELDS = SNIPPET_FIELDS_OF_KIND.values().stream().flatMap(List::stream).sorted().toList();

    /** Fields whose whole value is one term (compared lower-cased). */
    public static final List<String> KEYWORDS = List.of(ID, KIND, DOC, DATE, MONTH, LANGUAGE, TYPE, MODALITY, STATUS, ACTOR_KIND);

    /** Facets counted for every search, in the order the Search view shows them. */
    public static final List<String> FACETS = List.of(KIND, ACTOR, TYPE, MODALITY, PUBLISHER, MONTH);

    private Schema() {
    }

    /**
     * Standard tokenizer and lower case, no stop words (so that "will not" in a phrase matches as written); keyword
     * fields as one lower-cased term.
     */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer keyword = keywordAnalyzer();
        for (String k : KEYWORDS) {
            perField.put(k, keyword);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET), perField);
    }

    private static Analyzer keywordAnalyzer() {
        try {
            return CustomAnalyzer.builder().withTokenizer(KeywordTokenizerFactory.class).addTokenFilter(LowerCaseFilterFactory.class).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(ACTOR, true);
        return config;
    }
}
