package org.sightline.nlp.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lemmas from the word and its UD tag by English morphology rules: an irregular-verb table, suffix
 * rules for -s/-es/-ed/-ing with e-restoration and consonant undoubling, regular noun plurals. Replaces
 * OpenNLP's statistical lemmatizer, which cost four times as much as tagging (docs/extraction.md gives
 * the agreement with it). Other tags get the lower-cased word. Stateless and thread-safe.
 */
public final class RuleLemmatizer {

    /** Irregular verbs: base followed by its irregular forms, one group per entry. */
    private static final String IRREGULAR_VERBS = "be:is,are,am,was,were,been,being,'s,'re,'m,’s,’re,’m,s;"
            + "have:has,had,having,'ve,’ve,'d,’d;do:does,did,done;go:goes,went,gone;say:says,said;make:made;"
            + "take:took,taken;come:came;see:saw,seen;know:knew,known;get:got,gotten;give:gave,given;find:found;"
            + "think:thought;tell:told;become:became;show:shown;leave:left;feel:felt;bring:brought;begin:began,begun;"
            + "keep:kept;hold:held;write:wrote,written;stand:stood;hear:heard;let:let;mean:meant;set:set;meet:met;"
            + "run:ran;pay:paid;sit:sat;speak:spoke,spoken;lead:led;grow:grew,grown;lose:lost;fall:fell,fallen;"
            + "send:sent;build:built;understand:understood;draw:drew,drawn;break:broke,broken;spend:spent;cut:cut;"
            + "rise:rose,risen;drive:drove,driven;buy:bought;wear:wore,worn;choose:chose,chosen;seek:sought;"
            + "throw:threw,thrown;catch:caught;deal:dealt;win:won;fight:fought;teach:taught;eat:ate,eaten;"
            + "fly:flew,flown;forget:forgot,forgotten;sell:sold;shoot:shot;strike:struck,stricken;hit:hit;put:put;"
            + "swear:swore,sworn;withdraw:withdrew,withdrawn;undertake:undertook,undertaken;overcome:overcame;"
            + "foresee:foresaw,foreseen;forbid:forbade,forbidden;hide:hid,hidden;ride:rode,ridden;"
            + "shake:shook,shaken;steal:stole,stolen;wake:woke,woken;bear:bore,borne;beat:beaten;bind:bound;"
            + "bite:bit,bitten;blow:blew,blown;feed:fed;flee:fled;forgive:forgave,forgiven;freeze:froze,frozen;"
            + "hang:hung;lay:laid;lie:lay,lain;light:lit;mislead:misled;outdo:outdid;seize:seized;shine:shone;"
            + "shut:shut;sing:sang,sung;sink:sank,sunk;slide:slid;spin:spun;split:split;spread:spread;"
            + "stick:stuck;sting:stung;strive:strove,striven;swing:swung;tear:tore,torn;upset:upset;uphold:upheld;"
            + "withhold:withheld;wind:wound;read:read;cost:cost;hurt:hurt;quit:quit;bet:bet;broadcast:broadcast;"
            + "forecast:forecast;can:ca;will:'ll,’ll,wo;ring:rang,rung;cling:clung;fling:flung;spring:sprang,sprung;"
            + "string:strung;wring:wrung;bear:born;"
            + "add:added,adding,adds;go:going;do:doing;see:seeing;agree:agreed;decree:decreed;free:freed;guarantee:guaranteed;"
            + "disagree:disagreed;shed:shed;not:n't,n’t";
    private static final Map<String, String> VERB_FORMS = new HashMap<>();
    private static final Map<String, String> NOUN_FORMS = Map.ofEntries(Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("children", "child"), Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("criteria", "criterion"),
            Map.entry("phenomena", "phenomenon"), Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"),
            Map.entry("theses", "thesis"), Map.entry("lives", "life"), Map.entry("wives", "wife"),
            Map.entry("knives", "knife"), Map.entry("focuses", "focus"), Map.entry("biases", "bias"),
            Map.entry("buses", "bus"), Map.entry("statuses", "status"), Map.entry("viruses", "virus"),
            Map.entry("gases", "gas"), Map.entry("aliases", "alias"), Map.entry("movies", "movie"),
            Map.entry("militias", "militia"), Map.entry("personnel", "personnel"), Map.entry("police", "police"));
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "means", "headquarters",
            "physics", "politics", "economics", "logistics", "gas", "atlas", "canvas", "bias", "alias", "chaos",
            "ethos", "lens", "us", "yes", "mathematics", "whereabouts", "ethics", "aegis", "goods", "savings", "thanks",
            "proceedings", "clothes", "earnings", "surroundings", "belongings", "outskirts", "premises");
    private static final Set<String> PRONOUNS_OBJ = Set.of("me:i", "us:we", "him:he", "her:she", "them:they",
            "our:we", "his:he", "their:they", "its:it", "your:you", "my:i");
    private static final Map<String, String> PRONOUN_LEMMA = new HashMap<>();
    /** Stems that end like an e-final verb but have none ("focused", "developed", "honored"). */
    private static final Set<String> NO_E = Set.of("focus", "develop", "envelop", "gallop", "honor", "favor", "labor",
            "color", "monitor", "sponsor", "author", "tailor", "anchor", "harbor", "humor", "censor", "mentor",
            "tutor", "doctor", "motor", "factor", "flavor", "armor", "rumor", "pilot", "pivot", "riot", "ballot",
            "blossom", "ransom", "bottom", "bias", "alias", "council", "counsel", "mirror", "error");
    /** Stems that do end in e although the rules below would not restore it. */
    private static final Set<String> WITH_E = Set.of("unit", "invit", "cit", "excit", "ignit", "incit", "recit",
            "expedit", "complet", "compet", "delet", "deplet", "secret", "creat", "recreat", "interfer", "adher",
            "coher", "persever", "rever", "interven", "conven", "contraven", "phon", "zon", "aton", "clon",
            "postpon", "condon", "hon", "scal", "exhal", "inhal", "impal", "sever", "ey", "tast", "wast", "welcom", "becom", "com", "overcom", "outcom", "ow", "giv", "hav");

    static {
        for (String group : IRREGULAR_VERBS.split(";")) {
            int colon = group.indexOf(':');
            String base = group.substring(0, colon);
            VERB_FORMS.put(base, base);
            for (String f : group.substring(colon + 1).split(",")) {
                VERB_FORMS.putIfAbsent(f, base);
            }
        }
        for (String p : PRONOUNS_OBJ) {
            String[] kv = p.split(":");
            PRONOUN_LEMMA.put(kv[0], kv[1]);
        }
    }

    private RuleLemmatizer() {
    }

    /** The lemma, lower case, of {@code word} tagged {@code upos}. */
    public static String lemma(String word, String upos) {
        String w = word.toLowerCase(Locale.ROOT);
        switch (upos) {
            case "VERB":
            case "AUX":
                return verb(w);
            case "NOUN":
                return allCaps(word) ? w : noun(w); // "SLS", "MREs": acronyms keep their s
            case "PRON":
                return PRONOUN_LEMMA.getOrDefault(w, w);
            case "PART":
                return w.equals("n't") || w.equals("n’t") ? "not" : w;
            default:
                return w;
        }
    }

    public static String verb(String w) {
        String irregular = VERB_FORMS.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return n == 4 ? w.substring(0, 2) + "ie" : w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("ied")) {
            return n == 4 ? w.substring(0, 1) + "ie" : w.substring(0, n - 3) + "y";
        }
        if (n == 5 && w.endsWith("ying")) {
            return w.substring(0, 1) + "ie"; // dying, tying, lying
        }
        if (n > 3 && w.endsWith("ed") && !w.endsWith("eed")) { // need, proceed: no -ed
            return restore(w.substring(0, n - 2));
        }
        if (n > 4 && w.endsWith("ing")) {
            return restore(w.substring(0, n - 3));
        }
        if (n > 3 && w.endsWith("es") && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches")
                || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("oes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The base of a verb stem left by removing -ed or -ing: undoubling, then e-restoration. */
    private static String restore(String s) {
        int n = s.length();
        if (NO_E.contains(s)) {
            return s;
        }
        if (WITH_E.contains(s)) {
            return s + "e";
        }
        char last = s.charAt(n - 1);
        char prev = n > 1 ? s.charAt(n - 2) : ' ';
        char prev2 = n > 2 ? s.charAt(n - 3) : ' ';
        if (last == prev && "bdgmnprt".indexOf(last) >= 0) {
            return s.substring(0, n - 1); // stopped, committed, planned
        }
        if (last == 'l' && prev == 'l' && (prev2 == 'e' || prev2 == 'o') && syllables(s) >= 2) {
            return s.substring(0, n - 1); // controlled, compelled, travelled; not called, killed, install
        }
        char prev3 = n > 3 ? s.charAt(n - 4) : ' ';
        if (last == 'l' && prev == 'l' && prev2 == 'a' && syllables(s) >= 2 && ("nidu".indexOf(prev3) >= 0
                || prev3 == 't' && n > 4 && s.charAt(n - 5) != 's')) {
            return s.substring(0, n - 1); // British signalled, equalled, totalled; not recalled, installed
        }
        if (last == 'k' && prev == 'c' && prev2 == 'i') {
            return s.substring(0, n - 1); // panicked
        }
        if (last == 'v' || last == 'u' || last == 'z' && prev != 'z' || last == 'c') {
            return s + "e"; // received, argued, realized, produced
        }
        if (last == 'g') {
            return prev == 'n' && (prev2 == 'i' || prev2 == 'o') || prev == 'g' ? s : s + "e"; // urged, changed; belong
        }
        if (last == 's') {
            return prev == 's' || prev == 'a' && prev2 == 'i' ? s : s + "e"; // used, raised, released; passed, biased
        }
        if (last == 'l' && !isVowel(prev)) {
            return prev == 'l' ? s : s + "e"; // handled, enabled; called
        }
        boolean consonantBefore = prev2 != ' ' && (!isVowel(prev2) || prev2 == 'u' && n > 3 && s.charAt(n - 4) == 'q');
        if (!isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(prev) && consonantBefore) {
            // consonant-vowel-consonant: e-final for these endings (stated, decided, declared, noted,
            // determined, ruled, assumed), none for the others (visited, targeted, answered, opened)
            return "bdkmprt".indexOf(last) >= 0 && !(prev == 'e' && (last == 't' || last == 'r'))
                    && !(last == 't' && prev == 'i')
                    || last == 'n' && (prev == 'i' || prev == 'u') || last == 'l' && prev != 'a' && prev != 'e'
                    ? s + "e" : s;
        }
        if (last == 't' && prev == 'a' && (prev2 == 'i' || prev2 == 'u')) {
            return s + "e"; // negotiated, evaluated
        }
        return s;
    }

    private static boolean allCaps(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    private static int syllables(String s) {
        int groups = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i)) && (i == 0 || !isVowel(s.charAt(i - 1)))) {
                groups++;
            }
        }
        return groups;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static String noun(String w) {
        String irregular = NOUN_FORMS.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n < 4 || !w.endsWith("s") || NOT_PLURAL.contains(w) || w.endsWith("ss") || w.endsWith("us")
                || w.endsWith("is") || w.endsWith("'s") || w.endsWith("’s")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("lves")) {
            return w.substring(0, n - 3) + "f";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
                || w.endsWith("zzes") || w.endsWith("oes") && !w.endsWith("shoes") && !w.endsWith("toes")
                && !w.endsWith("canoes") && !w.endsWith("foes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }
}
