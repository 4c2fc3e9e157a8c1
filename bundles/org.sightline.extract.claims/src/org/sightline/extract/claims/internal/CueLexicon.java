package org.sightline.extract.claims.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;

/**
 * Attribution cues by lemma with the claim type they signal by default. Seeded from the CAMEO verb
 * classes (01 make public statement, 02 appeal, 03 express intent to cooperate, 04 consult, 05 engage
 * in diplomatic cooperation, 10 demand, 11 disapprove, 12 reject, 13 threaten) plus the belief and
 * knowledge verbs PARC annotates; inflected forms are generated so the cue is found even where the
 * tagger mislabels the verb.
 */
final class CueLexicon {

    static final Map<String, ClaimType> VERBS = new HashMap<>();
    static final Map<String, String> FORMS = new HashMap<>();
    /** Prepositions or particles that belong to the cue ("call for", "commented on"). */
    static final Map<String, Set<String>> PARTICLES = new HashMap<>();
    /** Cue adjectives after be/remain ("remains committed to", "made clear"). */
    static final Map<String, ClaimType> ADJECTIVES = new HashMap<>();
    /** Verbs whose recipient may stand between cue and "that" ("reassure allies that"). */
    static final Set<String> RECIPIENT = Set.of("tell", "reassure", "assure", "warn", "remind", "inform", "notify",
            "caution", "convince", "persuade", "advise", "brief", "promise", "show");
    /** Verbs that are cues only with a complement marker ("that", a quote, a colon) or an extended cue. */
    static final Set<String> WEAK = Set.of("feel", "see", "find", "view", "regard", "show", "signal", "press", "post",
            "send", "extend", "offer", "project", "release", "provide", "convey", "express", "respond", "reply",
            "raise", "aim", "plan", "question", "add");

    /** Nouns that carry an attitude or speech act after "express/extend/offer ... our". */
    static final Set<String> EXPRESSIVE_NOUNS = Set.of("condolences", "condolence", "sympathy", "sympathies", "thanks",
            "gratitude", "appreciation", "support", "commitment", "concern", "concerns", "desire", "wishes", "regret",
            "solidarity", "congratulations", "confidence", "opposition", "hope", "determination", "intention",
            "readiness", "willingness", "position", "view", "belief", "disregard", "contempt", "respect");

    /** Nominal cues ("Daesh's contempt for", "allegations that", "fears of") with their default type. */
    static final Map<String, ClaimType> NOUNS = new HashMap<>();
    /** Nominal cues that attribute even without a named holder ("a disregard for", "reports of"). */
    static final Set<String> SOURCELESS_NOUNS = Set.of("contempt", "disregard", "allegations", "allegation",
            "accusations", "fears", "reports", "warnings", "speculation", "rumors", "rumours", "claims", "belief",
            "suspicions", "concerns", "hopes", "expectations");
    /** Prepositions linking a nominal cue to its content. */
    static final Set<String> NOUN_LINKS = Set.of("for", "to", "of", "about", "over", "on", "that", "against");
    /** Labels a source gives itself: "ISIL's self-proclaimed capital". */
    static final Set<String> SELF_LABELS = Set.of("self-proclaimed", "self-declared", "self-styled", "self-described");

    private static void noun(ClaimType type, String... nouns) {
        for (String w : nouns) {
            NOUNS.put(w, type);
        }
    }

    private static void v(ClaimType type, String... lemmas) {
        for (String l : lemmas) {
            VERBS.put(l, type);
        }
    }

    static {
        v(ClaimType.STATEMENT, "say", "tell", "add", "state", "note", "explain", "comment", "remark", "declare",
                "mention", "reply", "respond", "write", "describe", "observe", "stress", "emphasize", "emphasise",
                "underscore", "underline", "highlight", "reiterate", "repeat", "point", "insist", "contend",
                "acknowledge", "admit", "concede", "affirm", "assert", "clarify", "express", "extend", "offer",
                "convey", "send", "welcome", "praise", "congratulate", "thank", "applaud", "commend", "appreciate",
                "mourn", "raise", "speculate", "question", "wonder", "discuss", "argue", "claim", "recall", "testify",
                "brief", "inform", "notify", "remind", "tweet", "post", "agree", "hail", "laud");
        v(ClaimType.ANNOUNCEMENT, "announce", "confirm", "report", "reveal", "disclose", "indicate", "identify",
                "release", "publish", "unveil", "signal", "provide");
        v(ClaimType.ASSESSMENT, "believe", "think", "assess", "estimate", "conclude", "judge", "consider", "suspect",
                "understand", "recognize", "recognise", "realize", "find", "see", "view", "regard", "feel",
                "suggest", "doubt", "say", "hope", "want", "wish", "expect");
        v(ClaimType.PREDICTION, "predict", "forecast", "anticipate", "expect", "foresee");
        v(ClaimType.COMMITMENT, "pledge", "promise", "vow", "guarantee", "intend", "plan", "undertake",
                "resolve", "swear", "aim");
        v(ClaimType.REASSURANCE, "assure", "reassure");
        v(ClaimType.WARNING, "warn", "caution", "threaten", "fear", "worry", "alert");
        v(ClaimType.DENIAL, "deny", "reject", "dismiss", "refute", "rebut", "disavow", "dispute");
        v(ClaimType.ACCUSATION, "accuse", "blame", "allege", "charge", "condemn", "criticize", "criticise", "denounce",
                "decry", "deplore", "protest", "slam");
        v(ClaimType.DEMAND, "demand", "urge", "call", "ask", "request", "appeal", "recommend", "propose", "implore",
                "encourage", "insist");
        v(ClaimType.STATEMENT, "reaffirm", "convey", "voice", "echo");
        v(ClaimType.COMMITMENT, "design", "mean");
        noun(ClaimType.ACCUSATION, "contempt", "disregard", "allegations", "allegation", "accusations", "accusation",
                "condemnation", "criticism");
        noun(ClaimType.WARNING, "fears", "fear", "warnings", "warning", "concerns", "concern", "threats");
        noun(ClaimType.ASSESSMENT, "belief", "view", "assessment", "conviction", "suspicions", "doubts", "opinion",
                "speculation");
        noun(ClaimType.STATEMENT, "claims", "claim", "reports", "statement", "condolences", "wishes", "hopes", "hope",
                "gratitude", "thanks", "appreciation", "rumors", "rumours", "insistence", "assertion");
        noun(ClaimType.COMMITMENT, "commitment", "pledge", "promise", "determination", "intention", "resolve");
        noun(ClaimType.PREDICTION, "expectations", "expectation", "prediction", "predictions", "forecast");
        noun(ClaimType.DEMAND, "calls", "demands", "demand", "appeal", "appeals", "request");
        noun(ClaimType.DENIAL, "denial", "denials", "rejection");
        noun(ClaimType.REASSURANCE, "assurances", "assurance");
        VERBS.put("say", ClaimType.STATEMENT);
        VERBS.put("hope", ClaimType.STATEMENT);
        VERBS.put("expect", ClaimType.PREDICTION);
        VERBS.put("insist", ClaimType.STATEMENT);
        PARTICLES.put("comment", Set.of("on"));
        PARTICLES.put("call", Set.of("for", "on", "upon"));
        PARTICLES.put("hope", Set.of("for"));
        PARTICLES.put("point", Set.of("out"));
        PARTICLES.put("speculate", Set.of("on", "about"));
        PARTICLES.put("appeal", Set.of("for", "to"));
        PARTICLES.put("ask", Set.of("for"));
        PARTICLES.put("agree", Set.of("on", "to"));
        PARTICLES.put("insist", Set.of("on"));
        PARTICLES.put("warn", Set.of("of", "against", "about"));
        PARTICLES.put("aim", Set.of("at"));
        PARTICLES.put("provide", Set.of());
        ADJECTIVES.put("committed", ClaimType.COMMITMENT);
        ADJECTIVES.put("determined", ClaimType.COMMITMENT);
        ADJECTIVES.put("steadfast", ClaimType.COMMITMENT);
        ADJECTIVES.put("confident", ClaimType.ASSESSMENT);
        ADJECTIVES.put("concerned", ClaimType.WARNING);
        ADJECTIVES.put("convinced", ClaimType.ASSESSMENT);
        ADJECTIVES.put("grateful", ClaimType.STATEMENT);
        ADJECTIVES.put("clear", ClaimType.STATEMENT);
        ADJECTIVES.put("absolute", ClaimType.COMMITMENT);
        ADJECTIVES.put("adamant", ClaimType.STATEMENT);
        for (String lemma : VERBS.keySet()) {
            for (String f : inflect(lemma)) {
                FORMS.putIfAbsent(f, lemma);
            }
        }
        String[][] irregular = {{"said", "say"}, {"says", "say"}, {"told", "tell"}, {"thought", "think"},
            {"knew", "know"}, {"known", "know"}, {"found", "find"}, {"saw", "see"}, {"seen", "see"}, {"felt", "feel"}, {"knew", "know"},
            {"wrote", "write"}, {"written", "write"}, {"sent", "send"}, {"understood", "understand"},
            {"foresaw", "foresee"}, {"swore", "swear"}, {"sworn", "swear"}, {"made", "make"}};
        for (String[] p : irregular) {
            FORMS.put(p[0], p[1]);
        }
    }

    private static String[] inflect(String l) {
        String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
        String s = l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("x") ? l + "es"
                : l.endsWith("y") && !l.matches(".*[aeiou]y") ? l.substring(0, l.length() - 1) + "ies" : l + "s";
        String ed = l.endsWith("e") ? l + "d"
                : l.endsWith("y") && !l.matches(".*[aeiou]y") ? l.substring(0, l.length() - 1) + "ied"
                : l.matches(".*[^aeiou][aeiou][pt]") && l.length() <= 4 ? l + l.charAt(l.length() - 1) + "ed" : l + "ed";
        String ing = l.endsWith("ie") ? l.substring(0, l.length() - 2) + "ying"
                : l.endsWith("e") && !l.endsWith("ee") ? stem + "ing"
                : l.matches(".*[^aeiou][aeiou][pt]") && l.length() <= 4 ? l + l.charAt(l.length() - 1) + "ing" : l + "ing";
        return new String[] {l, s, ed, ing, l.equals("commit") ? "committed" : ed};
    }

    private CueLexicon() {
    }
}
