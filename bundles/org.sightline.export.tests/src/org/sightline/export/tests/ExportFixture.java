package org.sightline.export.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.ClaimType;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Modality;
import org.sightline.model.Polarity;
import org.sightline.model.io.CorpusBuilder;
import org.sightline.testing.SampleArticle;

/**
 * The corpus every export test writes: the shared hand-marked sample (d1, a1..a12, c1..c20, see
 * {@link SampleArticle}) in a corpus whose name needs escaping, dated so that every format writes a date, and
 * <ul>
 * <li>d2, a hostile text written for these tests: HTML script tags, spreadsheet formulas, Markdown markup, a CRLF, a
 * form feed; an actor whose name is a formula (a13) and one whose id is not an XML name ({@code org:truth/1}); a
 * formula claim with a source (c21) and a multi-line claim full of markup without one (c22).</li>
 * </ul>
 * Ids are allocated in creation order, so the numbering in the comments is the real one.
 */
public final class ExportFixture {

    /** The text of d2. Every line is a trap for one of the formats. */
    public static final String HOSTILE_TEXT = "Leak: <script>alert(\"pwned\")</script> & friends\n"
            + "=HYPERLINK(\"http://evil.example\",\"click\"), the spokesman said, adding \"no comment, really\".\n"
            + "- not a list\n"
            + "1. not a list either\n"
            + "# not a heading *not bold* _not italic_ [not a link](http://evil.example) `code` | pipe ~strike~\n"
            + "@SUM(A1:A2) and +1+2 and -3\n"
            + "    indented four spaces\r\n"
            + "form\ffeed and the Ministry of Truth.\n";

    public final SampleArticle sample;
    public final Corpus corpus;
    public final Document hostile;
    public final Actor spokesman, truthMinistry;
    public final Claim formula, leak;

    public ExportFixture() {
        CorpusBuilder b = new CorpusBuilder("Pentagon and North Korea, \"sample\"");
        sample = new SampleArticle(b);
        sample.article.setPublished(LocalDate.of(2026, 11, 26)); // the text file has none; the formats must write one
        hostile = b.document("https://evil.example/leak?x=<b>&y=\"1\"", "<b>Leak</b> & \"friends\"", HOSTILE_TEXT);
        spokesman = b.actor("@Spokesman, \"Ministry\"", ActorKind.PERSON, "=1+1", "the spokesman;aide", "back\\slash"); // a13
        truthMinistry = b.actor("Ministry of Truth", ActorKind.GOVERNMENT_BODY, null); // a14, id replaced below
        truthMinistry.setId("org:truth/1");
        spokesman.setPartOf(truthMinistry);
        b.mention(spokesman, hostile, "the spokesman", 0);
        b.mention(truthMinistry, hostile, "Ministry of Truth", 0);
        formula = b.claim(hostile) // c21: content before source and cue
                .content("=HYPERLINK(\"http://evil.example\",\"click\")", 0)
                .source(spokesman, "the spokesman", 0).cue("said")
                .type(ClaimType.STATEMENT).modality(Modality.ASSERTED).confidence(1.0).polarity(Polarity.NEUTRAL)
                .targets(truthMinistry).build();
        leak = b.claim(hostile) // c22: multi-line content full of markup, no source
                .content(HOSTILE_TEXT.substring(HOSTILE_TEXT.indexOf("<script>"), HOSTILE_TEXT.indexOf("form\ffeed") + 9), 0)
                .type(ClaimType.ACCUSATION).modality(Modality.PROBABLE).confidence(0.0000001).polarity(Polarity.NEGATIVE)
                .build();
        corpus = b.corpus();
    }

    /** All claims in creation (= corpus) order. */
    public List<Claim> claims() {
        List<Claim> all = new ArrayList<>(Arrays.asList(sample.claims).subList(1, sample.claims.length));
        all.add(formula);
        all.add(leak);
        return List.copyOf(all);
    }
}
