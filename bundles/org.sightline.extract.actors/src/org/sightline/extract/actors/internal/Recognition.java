package org.sightline.extract.actors.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.actors.api.GazetteerEntry;
import org.sightline.lexicon.api.CueLexicon;
import org.sightline.nlp.api.AnnotatedText;

/** Actor recognition over one document; see {@link org.sightline.extract.actors.api.ActorRecognizer}. */
public final class Recognition {

    private static final Set<String> CORE_TITLES = Set.of("Gen.", "Gen", "General", "Lt.", "Col.", "Maj.", "Capt.",
            "Cmdr.", "Cdr.", "Adm.", "Brig.", "Sgt.", "Spc.", "Pfc.", "Cpl.", "Pvt.", "Sergeant", "Colonel", "Major",
            "Captain", "Lieutenant", "Admiral", "President", "Minister", "Secretary", "Ambassador", "Senator", "Sen.",
            "Rep.", "Gov.", "Governor", "Mr.", "Ms.", "Mrs.", "Dr.", "Chancellor", "King", "Queen", "Prince", "Pope",
            "Officer", "Chairman", "Spokesman", "Spokeswoman", "Director", "Envoy", "Commander", "Premier", "Speaker",
            "Airman", "Specialist", "Operator", "Sheikh", "Emir", "Commodore", "Marshal", "Brigadier", "Mayor",
            "Ayatollah", "Professor", "Prof.",
            // abbreviations the tokenizer splits from their dot ("Col" + "."); the dot is taken with them
            "Col", "Lt", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Spc", "Pfc", "Cpl", "Pvt", "Sen", "Rep",
            "Gov", "Mr", "Ms", "Mrs", "Dr", "Prof");
    private static final Set<String> TITLE_MODIFIERS = Set.of("Vice", "Prime", "Deputy", "Under", "Assistant", "Press",
            "Chief", "Petty", "Senior", "Staff", "Master", "First", "Defense", "Defence", "Foreign", "State", "Army",
            "Navy", "Air", "Force", "Marine", "Special", "Warfare", "1st", "2nd", "3rd", "Class", "Supreme", "Rear",
            "Command", "Homeland", "Security", "Interior", "Lt.", "Maj.", "Brig.", "Sgt.", "Gen.", "Gen", "Technical",
            "Sergeant", "Lance", "Corporal", "Private", "Seaman", "Coast", "Guard", "General", "Attorney",
            "Affairs", "Communications", "Public", "Operations");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "To", "For", "And", "Of",
            "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "As", "With", "From", "By",
            "Department", "Ministry", "Office", "Command", "Forces", "Force");
    private static final Set<String> ORG_HEADS_MILITARY = Set.of("Forces", "Force", "Army", "Navy", "Command", "Brigade",
            "Brigades", "Battalion", "Corps", "Guard", "Division", "Regiment", "Squadron", "Wing", "Battery", "Militia",
            "Fleet", "Marines", "Group");
    private static final Set<String> ORG_HEADS_GOVERNMENT = Set.of("Ministry", "Department", "Council", "Committee",
            "Agency", "Office", "Bureau", "Commission", "Assembly", "Parliament", "Government", "Administration",
            "Cabinet", "Senate", "Congress", "Court");
    private static final Set<String> ORG_HEADS_OTHER = Set.of("Coalition", "Party", "Front", "Organization",
            "Organisation", "Union", "Movement", "Alliance", "Institute", "Association", "Foundation", "Network",
            "Resolve", "Center", "Centre", "Company", "Corporation", "University", "Authority", "Mission");
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "and", "-", "–", "on", "al", "de");
    private static final Set<String> GROUP_NOUNS = Set.of("analysts", "experts", "critics", "lawmakers", "officials",
            "allies", "partners", "diplomats", "observers", "legislators", "senators", "leaders", "commanders",
            "authorities", "militants", "insurgents", "rebels", "protesters", "investigators", "researchers",
            "economists", "scholars", "spokesmen", "sources", "activists", "fighters", "planners", "strategists",
            "policymakers", "negotiators", "opponents", "supporters", "residents", "governments", "members",
            "counterparts", "neighbors", "neighbours", "commentators", "academics", "specialists", "hawks", "skeptics",
            "sceptics", "watchers", "ministers", "generals", "troops", "soldiers", "forces");
    private static final Set<String> GROUP_MODIFIER_NOUNS = Set.of("defense", "defence", "military", "security",
            "intelligence", "government", "industry", "policy", "party", "opposition", "state", "administration",
            "congressional", "pentagon", "foreign", "coalition", "allied", "arms", "nuclear", "regional");
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "several", "other", "others", "few", "more",
            "most", "all", "both", "these", "those", "such", "any", "the", "a", "an", "two", "three", "no");

    /** Speech and thought verbs: a name or pronoun right before one is the speaker ("Ash Carter said"). */
    private static final CueLexicon CUES = CueLexicon.shared();
    /** Role nouns before an untitled name ("spokesman John Kirby", "analyst Anna Weber"). */
    private static final Set<String> ROLE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "secretary", "ambassador", "envoy", "analyst", "researcher", "professor", "commander", "official",
            "lawmaker", "senator", "diplomat", "chief", "director", "leader", "president", "premier", "adviser",
            "advisor", "negotiator", "expert", "general", "colonel", "governor", "mayor", "deputy", "aide");
    /** Words that make a capitalised run a place, medium or firm rather than a person ("Fox News said"). */
    private static final Set<String> NOT_PERSON_WORDS = Set.of("Province", "City", "County", "State", "Street",
            "Square", "Base", "Airport", "Island", "Islands", "House", "Palace", "Times", "Post", "News", "Journal",
            "Herald", "Telegraph", "Guardian", "Press", "Television", "Radio", "TV", "Hospital", "Bank", "Inc",
            "Ltd", "Airlines", "Airways", "Agency", "Channel", "Network", "Media", "Daily", "Weekly", "Review",
            "Monitor", "Observatory", "Watch", "Group", "Institute", "University", "Center", "Centre", "Camp");
    /** Head nouns of "the ministry", "the agency": a later short reference to a body named before. */
    private static final Set<String> BODY_HEADS = Set.of("ministry", "department", "agency", "office", "embassy",
            "council", "committee", "commission", "command", "bureau", "administration", "alliance", "coalition",
            "organization", "organisation", "group", "army", "military");

    private final AnnotatedText t;
    private final String text;
    private final AliasIndex index;
    private final int n;
    private final int[] owner; // mention index occupying each token, -1 if free
    private final List<M> mentions = new ArrayList<>();
    private final Map<String, Builder> actors = new LinkedHashMap<>();
    private final Map<String, String> personByLast = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final boolean[] heading;
    private final List<Pending> pending = new ArrayList<>();

    private static final class M {
        final int first;
        final int end; // token, exclusive
        final String key;
        boolean removed;

        M(int first, int end, String key) {
            this.first = first;
            this.end = end;
            this.key = key;
        }
    }

    private record Pending(int first, int end, GazetteerEntry entry, boolean adjective) {
    }

    private static final class Builder {
        final String key;
        String name;
        final ActorKind kind;
        final String code;
        String partOf;
        String role;
        final Set<String> aliases = new LinkedHashSet<>();

        Builder(String key, String name, ActorKind kind, String code, String partOf, String role) {
            this.key = key;
            this.name = name;
            this.kind = kind;
            this.code = code;
            this.partOf = partOf;
            this.role = role;
        }
    }

    public Recognition(AnnotatedText text, AliasIndex index) {
        this.t = text;
        this.text = text.text();
        this.index = index;
        this.n = text.tokenCount();
        this.owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        heading = new boolean[text.sentenceCount()];
        for (int s = 0; s < heading.length; s++) {
            heading[s] = isHeading(s);
        }
    }

    public ActorResult run() {
        for (int s = 0; s < t.sentenceCount(); s++) {
            gazetteerPass(s);
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!heading[s]) {
                titledPeople(s);
            }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!heading[s]) {
                organisations(s);
            }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (!heading[s]) {
                untitledPeople(s);
            }
        }
        laterNames();
        for (Pending p : pending) {
            genericOrAdjective(p);
        }
        groups();
        definiteBodies();
        pronouns();
        subjectPronouns();
        return result();
    }

    // ---- headings -------------------------------------------------------------------------------

    /** A whole line without closing punctuation and of at most 12 words: a heading or page furniture. */
    private boolean isHeading(int s) {
        int b = t.sentenceBegin(s);
        int e = t.sentenceEnd(s);
        boolean lineStart = b == 0 || text.charAt(b - 1) == '\n' || text.lastIndexOf('\n', b - 1) >= 0
                && text.substring(text.lastIndexOf('\n', b - 1) + 1, b).isBlank();
        boolean lineEnd = e == text.length() || text.indexOf('\n', e) < 0
                || text.substring(e, text.indexOf('\n', e)).isBlank();
        char last = text.charAt(e - 1);
        int words = t.sentenceEndToken(s) - t.sentenceFirstToken(s);
        return lineStart && lineEnd && ".!?:;\"”'’)".indexOf(last) < 0 && words <= 12
                && !(s > 0 && text.charAt(t.sentenceEnd(s - 1) - 1) == ':');
    }

    // ---- gazetteer --------------------------------------------------------------------------------

    private void gazetteerPass(int s) {
        int end = t.sentenceEndToken(s);
        for (int i = t.sentenceFirstToken(s); i < end; i++) {
            if (owner[i] >= 0 || !Character.isLetter(t.token(i).charAt(0))) {
                continue;
            }
            StringBuilder key = new StringBuilder(AliasIndex.normalise(t.token(i)));
            int bestEnd = -1;
            List<AliasIndex.Form> best = null;
            for (int j = i; j < end && j < i + index.maxWords() * 3; j++) {
                if (j > i) {
                    String tok = t.token(j);
                    if (tok.equals("'s") || tok.equals("’s")) {
                        break;
                    }
                    if (t.tokenBegin(j) > t.tokenEnd(j - 1)) {
                        key.append(' ');
                    }
                    key.append(AliasIndex.normalise(tok));
                }
                String k = key.toString();
                List<AliasIndex.Form> forms = index.lookup(k);
                if (forms != null) {
                    List<AliasIndex.Form> fitting = new ArrayList<>();
                    String surface = text.substring(t.tokenBegin(i), t.tokenEnd(j));
                    for (AliasIndex.Form f : forms) {
                        if (AliasIndex.casingFits(f.text(), surface)) {
                            fitting.add(f);
                        }
                    }
                    if (!fitting.isEmpty()) {
                        best = fitting;
                        bestEnd = j + 1;
                    }
                }
                if (!index.isPrefix(k)) {
                    break;
                }
            }
            if (best == null) {
                continue;
            }
            best.sort(Comparator.comparingInt(AliasIndex.Form::priority)
                    .thenComparing(f -> f.adjective() ? 1 : 0));
            AliasIndex.Form f = best.get(0);
            if (f.adjective() || f.entry().generic()) {
                pending.add(new Pending(i, bestEnd, f.entry(), f.adjective()));
                continue;
            }
            if (heading[s] && f.entry().kind() == ActorKind.PERSON) {
                continue;
            }
            addMention(i, bestEnd, entryActor(f.entry()));
            i = bestEnd - 1;
        }
    }

    private String entryActor(GazetteerEntry e) {
        String key;
        if (e.kind() == ActorKind.STATE || e.kind() == ActorKind.INTERNATIONAL_ORGANIZATION) {
            key = e.code() != null ? e.code() : norm(e.name());
        } else if (e.kind() == ActorKind.PERSON) {
            key = personKey(List.of(e.name().split(" ")));
        } else if (e.partOf() != null) {
            key = ensureParent(e.partOf()) + "." + norm(e.name());
        } else {
            key = norm(e.name());
        }
        // parent first: computeIfAbsent must not add to the map from inside its function
        String parent = e.partOf() == null ? null : ensureParent(e.partOf());
        Builder b = actors.computeIfAbsent(key, k -> new Builder(k, e.name(), e.kind(), e.code(), parent, e.role()));
        if (e.kind() == ActorKind.PERSON) {
            String[] parts = e.name().split(" ");
            personByLast.putIfAbsent(parts[parts.length - 1], key);
        }
        return b.key;
    }

    /** The key of the actor with this code, created without mentions when the text does not name it. */
    private String ensureParent(String code) {
        GazetteerEntry p = index.byCode(code);
        if (p == null) {
            return code;
        }
        String key = p.kind() == ActorKind.STATE || p.kind() == ActorKind.INTERNATIONAL_ORGANIZATION ? code
                : p.partOf() != null ? ensureParent(p.partOf()) + "." + norm(p.name()) : norm(p.name());
        String parent = p.partOf() == null || p.generic() ? null : ensureParent(p.partOf());
        actors.computeIfAbsent(key, k -> new Builder(k, p.name(), p.kind(), p.code(), parent, p.role()));
        return key;
    }

    // ---- people -----------------------------------------------------------------------------------

    private void titledPeople(int s) {
        int end = t.sentenceEndToken(s);
        for (int i = t.sentenceFirstToken(s); i < end; i++) {
            if (owner[i] >= 0 || !isTitle(word(i))) {
                continue;
            }
            int j = i;
            boolean core = false;
            while (j < end && owner[j] < 0) {
                String w = word(j);
                if (CORE_TITLES.contains(w)) {
                    core = true;
                } else if (TITLE_MODIFIERS.contains(w)) {
                    // part of the title
                } else if (w.equals("of") && j + 1 < end && TITLE_MODIFIERS.contains(t.token(j + 1))) {
                    // "Secretary of State"
                } else if (attachedDot(j)) {
                    // the tokenizer's "Gen" + "."
                } else {
                    break;
                }
                j++;
            }
            if (!core) {
                continue;
            }
            List<String> name = new ArrayList<>();
            int k = j;
            while (k < end && owner[k] < 0 && name.size() < 5) {
                String w = t.token(k);
                boolean quoteNick = (w.startsWith("“") || w.startsWith("\"")) && w.length() > 1;
                if (w.equals("“") || w.equals("\"")) {
                    int close = k + 1;
                    while (close < end && close < k + 4 && !t.token(close).matches("[”\"]")) {
                        close++;
                    }
                    if (close < end && close < k + 4 && close > k + 1) {
                        k = close + 1; // nickname in quotes: “J.D.”
                        continue;
                    }
                    break;
                }
                if (attachedDot(k) && !name.isEmpty()) {
                    k++; // initial "L" + "."
                    continue;
                }
                if (quoteNick || !Character.isUpperCase(w.charAt(0)) || NOT_NAMES.contains(w) || isTitle(w)) {
                    if (w.equals("al") && !name.isEmpty() && k + 2 < end && t.token(k + 1).equals("-")
                            && Character.isUpperCase(t.token(k + 2).charAt(0))) {
                        name.add("al-" + t.token(k + 2)); // "Haider al-Abadi", split by the tokenizer
                        k += 3;
                        continue;
                    }
                    if ((w.equals("al") || w.startsWith("al-")) && !name.isEmpty()) {
                        name.add(w);
                        k++;
                        continue;
                    }
                    break;
                }
                name.add(w);
                k++;
            }
            while (!name.isEmpty() && name.get(name.size() - 1).endsWith("-")) {
                name.remove(name.size() - 1);
                k--;
            }
            if (name.isEmpty()) {
                continue;
            }
            String key = personKey(name);
            String role = appositiveRole(k, end);
            if (role == null) {
                role = text.substring(t.tokenBegin(i), t.tokenEnd(j - 1));
            }
            String display = String.join(" ", name);
            String existing = personByLast.get(lastName(name));
            if (existing != null && (name.size() == 1 || existing.equals(key))) {
                key = existing;
            }
            Builder b = actors.get(key);
            if (b == null) {
                b = new Builder(key, display, ActorKind.PERSON, null, null, role);
                actors.put(key, b);
            } else if (display.length() > b.name.length()) {
                b.name = display;
            }
            if (b.role == null) {
                b.role = role;
            }
            registerSurname(name, key);
            addMention(i, k, key);
            i = k - 1;
        }
    }

    /** The token without invisible direction marks ("Minister\u200e" in some releases). */
    private String word(int x) {
        String w = t.token(x);
        return w.indexOf('\u200e') < 0 && w.indexOf('\u200f') < 0 ? w : w.replace("\u200e", "").replace("\u200f", "");
    }

    private boolean attachedDot(int k) {
        return t.token(k).equals(".") && k > 0 && t.tokenBegin(k) == t.tokenEnd(k - 1)
                && k + 1 < n && t.tokenBegin(k + 1) > t.tokenEnd(k) && t.sentenceOf(k + 1) == t.sentenceOf(k);
    }

    private static boolean isTitle(String w) {
        return CORE_TITLES.contains(w) || TITLE_MODIFIERS.contains(w);
    }

    /** ", commander of U.S. Central Command," right after a name: the role as the text gives it. */
    private String appositiveRole(int k, int end) {
        if (k >= end || !t.token(k).equals(",")) {
            return null;
        }
        int a = k + 1;
        int b = a;
        boolean lowerNoun = false;
        while (b < end && b < a + 12) {
            String w = t.token(b);
            if (w.equals(",") || w.equals(".") || t.pos(b).equals("VERB") || t.pos(b).equals("AUX")) {
                break;
            }
            if (b < a + 4 && t.pos(b).equals("NOUN") && Character.isLowerCase(w.charAt(0))) {
                lowerNoun = true;
            }
            b++;
        }
        if (!lowerNoun || b == a) {
            return null;
        }
        return text.substring(t.tokenBegin(a), t.tokenEnd(b - 1));
    }

    private static String lastName(List<String> name) {
        return name.get(name.size() - 1);
    }

    private static String personKey(List<String> name) {
        List<String> parts = new ArrayList<>();
        for (String w : name) {
            if (!w.matches("[A-Z]\\.?") && !w.startsWith("“") && !w.startsWith("\"")) {
                parts.add(w);
            }
        }
        if (parts.isEmpty()) {
            parts = name;
        }
        String key = parts.size() == 1 ? parts.get(0) : parts.get(0) + "_" + parts.get(parts.size() - 1);
        return "PERSON." + norm(key);
    }

    /**
     * People named without a title: a run of two to four capitalised proper nouns that speaks ("Ash
     * Carter said", "said Anna Weber"), carries a role appositive ("Anna Weber, a researcher at") or
     * follows a role noun ("spokesman John Kirby"). Registered by surname, so a later "Carter" joins.
     */
    private void untitledPeople(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (int i = first; i < end; i++) {
            if (owner[i] >= 0 || !nameWord(i) || i > first && nameWord(i - 1) && owner[i - 1] < 0) {
                continue;
            }
            int e = i;
            while (e < end && e < i + 7 && owner[e] < 0) {
                String w = t.token(e);
                if (nameWord(e)) {
                    e++;
                } else if (e > i && e + 2 < end && (w.equals("al") || w.equals("Al") || w.equals("el"))
                        && t.token(e + 1).equals("-") && owner[e + 2] < 0 && nameWord(e + 2)) {
                    e += 2; // "Mohammed Shia al-Sudani": the tokenizer splits "al", "-", "Sudani"
                } else if (e > i && e + 1 < end && (w.equals("bin") || w.equals("ibn")) && nameWord(e + 1)) {
                    e++; // "Hamza bin Laden"
                } else {
                    break;
                }
            }
            boolean notPerson = false;
            for (int x = i; x < e; x++) {
                notPerson |= NOT_PERSON_WORDS.contains(t.token(x));
            }
            if (e - i < 2 || e - i > 6 || notPerson) { // two to four words; "al", "-" count as tokens
                i = e - 1;
                continue;
            }
            boolean speaks = e < end && speechVerbAt(e);
            boolean inverted = i > first && speechVerbAt(i - 1) && (e >= end || t.token(e).equals(",")
                    || t.token(e).equals("."));
            boolean appositive = e + 2 < end && t.token(e).equals(",") && (lower(e + 1).equals("a")
                    || lower(e + 1).equals("an") || lower(e + 1).equals("the")) && roleAhead(e + 2, end);
            boolean afterRole = i > first && ROLE_NOUNS.contains(lower(i - 1)) && Character.isLowerCase(t.token(i - 1).charAt(0));
            if (!(speaks || inverted || appositive || afterRole)) {
                i = e - 1;
                continue;
            }
            List<String> name = new ArrayList<>();
            for (int x = i; x < e; x++) {
                if (x > i && t.tokenBegin(x) == t.tokenEnd(x - 1)) {
                    name.set(name.size() - 1, name.get(name.size() - 1) + t.token(x)); // "al" + "-" + "Sudani"
                } else {
                    name.add(t.token(x));
                }
            }
            String key = personKey(name);
            String display = String.join(" ", name);
            String role = appositiveRole(e, end);
            actors.computeIfAbsent(key, k -> new Builder(k, display, ActorKind.PERSON, null, null, role));
            registerSurname(name, key);
            addMention(i, e, key);
            i = e - 1;
        }
    }

    /** The surname for later mentions; "al-Sudani" also as "Sudani", as news writes it. */
    private void registerSurname(List<String> name, String key) {
        String last = lastName(name);
        personByLast.putIfAbsent(last, key);
        int dash = last.indexOf('-');
        if (dash > 0 && dash <= 2 && last.length() > dash + 1) {
            personByLast.putIfAbsent(last.substring(dash + 1), key);
        }
    }

    /** A capitalised proper noun that can be part of a person's name (not an acronym, title or org head). */
    private boolean nameWord(int x) {
        String w = t.token(x);
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !t.pos(x).equals("PROPN")
                || w.equals(w.toUpperCase(Locale.ROOT)) || NOT_NAMES.contains(w) || isTitle(w)
                || ORG_HEADS_MILITARY.contains(w) || ORG_HEADS_GOVERNMENT.contains(w) || ORG_HEADS_OTHER.contains(w)) {
            return false;
        }
        for (int c = 1; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '’') {
                return false;
            }
        }
        return true;
    }

    private boolean speechVerbAt(int x) {
        int v = x;
        while (v < n && v < x + 3 && (t.pos(v).equals("ADV") || t.pos(v).equals("AUX"))
                && t.sentenceOf(v) == t.sentenceOf(x)) {
            v++; // "Carter also said", "Carter has warned"
        }
        return v < n && (t.pos(v).equals("VERB") || t.pos(v).equals("AUX")) && CUES.isSpeakingVerb(t.lemma(v));
    }

    /** A lower-case role noun within the next three tokens ("a researcher at", "the former envoy"). */
    private boolean roleAhead(int x, int end) {
        for (int y = x; y < Math.min(end, x + 3); y++) {
            if (t.pos(y).equals("NOUN") && Character.isLowerCase(t.token(y).charAt(0))) {
                return ROLE_NOUNS.contains(lower(y)) || lower(y).endsWith("ist") || lower(y).endsWith("er")
                        || lower(y).endsWith("or") || lower(y).endsWith("man") || lower(y).endsWith("woman");
            }
        }
        return false;
    }

    private String lower(int x) {
        return t.token(x).toLowerCase(Locale.ROOT);
    }

    /**
     * "the ministry", "the agency": the body of that kind named last before it (its name holds the
     * head word: "South Korea's Unification Ministry" ... "the ministry").
     */
    private void definiteBodies() {
        for (int i = 1; i < n; i++) {
            String w = lower(i);
            if (owner[i] >= 0 || !BODY_HEADS.contains(w) || !Character.isLowerCase(t.token(i).charAt(0))
                    || !lower(i - 1).equals("the") || owner[i - 1] >= 0
                    || i + 1 < n && lower(i + 1).equals("of") || i + 1 < n && t.pos(i + 1).equals("NOUN")) {
                continue;
            }
            String key = null;
            int bestFirst = -1;
            for (M m : mentions) { // mentions are in pass order, not text order: keep the latest before i
                if (m.removed || m.first >= i || m.first < bestFirst) {
                    continue;
                }
                Builder b = actors.get(m.key);
                if (b != null && b.kind != ActorKind.PERSON && b.kind != ActorKind.STATE && b.kind != ActorKind.GROUP
                        && (" " + b.name.toLowerCase(Locale.ROOT) + " ").contains(" " + w + " ")) {
                    key = m.key;
                    bestFirst = m.first;
                }
            }
            if (key != null) {
                addMention(i - 1, i + 1, key);
            }
        }
    }

    /**
     * "it" / "they" as the subject of a speech verb: the last compatible actor in this or the previous
     * sentence (a state or body for "it", a group for "they").
     */
    private void subjectPronouns() {
        for (int i = 0; i + 1 < n; i++) {
            String w = lower(i);
            boolean it = w.equals("it");
            if (owner[i] >= 0 || !(it || w.equals("they")) || !speechVerbAt(i + 1)) {
                continue;
            }
            int s = t.sentenceOf(i);
            String key = null;
            int bestStart = -1;
            for (M m : mentions) {
                if (m.removed || m.first >= i || s - t.sentenceOf(m.first) > 1 || m.first < bestStart) {
                    continue;
                }
                Builder b = actors.get(m.key);
                if (b == null || isPronoun(text.substring(t.tokenBegin(m.first), t.tokenEnd(m.end - 1)))) {
                    continue;
                }
                boolean fits = it ? b.kind != ActorKind.PERSON && b.kind != ActorKind.GROUP
                        : b.kind == ActorKind.GROUP;
                if (fits) {
                    key = m.key;
                    bestStart = m.first;
                }
            }
            if (key != null) {
                addMention(i, i + 1, key);
            }
        }
    }

    /** Bare surnames ("Votel") and acronyms ("SDF") of actors met earlier in the document. */
    private void laterNames() {
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            String w = t.token(i);
            String key = personByLast.get(w);
            if (key == null) {
                key = acronyms.get(w);
            }
            if (key != null && Character.isUpperCase(w.charAt(0)) && firstMentionBefore(key, i)) {
                addMention(i, i + 1, key);
            }
        }
    }

    private boolean firstMentionBefore(String key, int token) {
        for (M m : mentions) {
            if (!m.removed && m.key.equals(key) && m.first < token) {
                return true;
            }
        }
        return false;
    }

    // ---- organisations by head word ---------------------------------------------------------------

    private void organisations(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (int h = first; h < end; h++) {
            String w = t.token(h);
            if (owner[h] >= 0 || !(ORG_HEADS_MILITARY.contains(w) || ORG_HEADS_GOVERNMENT.contains(w)
                    || ORG_HEADS_OTHER.contains(w))) {
                continue;
            }
            int b = h;
            String stateKey = null;
            while (b - 1 >= first) {
                int p = b - 1;
                String pw = t.token(p);
                if (owner[p] >= 0) {
                    M m = mentions.get(owner[p]);
                    Builder a = actors.get(m.key);
                    if (a != null && a.kind == ActorKind.STATE && m.end == b) {
                        stateKey = m.key;
                        b = m.first;
                    }
                    break;
                }
                if (Character.isUpperCase(pw.charAt(0)) && !NOT_NAMES.contains(pw) && !pw.equals("’s")) {
                    b = p;
                } else if ((pw.equals("-") || pw.equals("–") || pw.equals("and") || pw.equals("of"))
                        && p - 1 >= first && owner[p - 1] < 0 && Character.isUpperCase(t.token(p - 1).charAt(0))) {
                    b = p;
                } else {
                    break;
                }
            }
            int e = h + 1;
            while (e + 1 < end && owner[e] < 0 && owner[e + 1] < 0 && NAME_LINKS.contains(t.token(e))
                    && Character.isUpperCase(t.token(e + 1).charAt(0)) && !NOT_NAMES.contains(t.token(e + 1))) {
                e += 2;
                while (e < end && owner[e] < 0 && Character.isUpperCase(t.token(e).charAt(0))
                        && !NOT_NAMES.contains(t.token(e))) {
                    e++;
                }
            }
            boolean afterThe = b > first && t.token(b - 1).equalsIgnoreCase("the");
            if (e - b < 2 && !afterThe) {
                continue;
            }
            if (b == first && e - b < 2) {
                continue;
            }
            if (t.token(b).equals("Operation") || t.token(b).equals("Exercise")) {
                h = e - 1;
                continue; // "Operation Inherent Resolve": a military operation, not an actor
            }
            String name = text.substring(t.tokenBegin(b), t.tokenEnd(e - 1));
            ActorKind kind = ORG_HEADS_MILITARY.contains(w) ? ActorKind.MILITARY
                    : ORG_HEADS_GOVERNMENT.contains(w) ? ActorKind.GOVERNMENT_BODY : ActorKind.ORGANIZATION;
            String key = (stateKey != null ? stateKey + "." : "") + norm(name);
            if (stateKey != null) {
                for (M m : mentions) {
                    if (m.first >= b && m.end <= h && !m.removed) {
                        m.removed = true;
                        for (int x = m.first; x < m.end; x++) {
                            owner[x] = -1;
                        }
                    }
                }
            }
            String pk = stateKey;
            actors.computeIfAbsent(key, k -> new Builder(k, name, kind, null, pk, null));
            addMention(b, e, key);
            if (e + 2 < end && t.token(e).equals("(") && t.token(e + 2).equals(")")
                    && t.token(e + 1).matches("[A-Z][A-Za-z\\-]*[A-Z]")) {
                acronyms.putIfAbsent(t.token(e + 1), key);
                addMention(e + 1, e + 2, key);
            }
            h = e - 1;
        }
    }

    // ---- generic bodies, adjectives, groups ---------------------------------------------------------

    /** The state mention right before token i ("South Korea ’s", "US"), or null. */
    private M stateBefore(int i) {
        int p = i - 1;
        if (p >= 0 && (t.token(p).equals("’s") || t.token(p).equals("'s"))) {
            p--;
        }
        if (p < 0 || owner[p] < 0 || t.sentenceOf(p) != t.sentenceOf(i)) {
            return null;
        }
        M m = mentions.get(owner[p]);
        Builder b = actors.get(m.key);
        return b != null && b.kind == ActorKind.STATE ? m : null;
    }

    private void genericOrAdjective(Pending p) {
        for (int x = p.first; x < p.end; x++) {
            if (owner[x] >= 0) {
                return;
            }
        }
        GazetteerEntry e = p.entry();
        if (p.adjective()) {
            // only as the owner of a following group or generic body, handled there
            return;
        }
        if (p.end < n && t.pos(p.end).equals("NOUN") && t.sentenceOf(p.end) == t.sentenceOf(p.first)
                && e.kind() != ActorKind.MEDIA) {
            return; // "military capabilities": a modifier, not the body
        }
        String ownerKey = null;
        String ownerName = null;
        int start = p.first;
        M st = stateBefore(p.first);
        if (st != null) {
            ownerKey = st.key;
            ownerName = actors.get(st.key).name;
        } else {
            Pending adj = adjectiveBefore(p.first);
            if (adj != null) {
                ownerKey = entryActor(adj.entry());
                ownerName = adj.entry().name();
                start = adj.first();
            }
        }
        String key;
        String name;
        if (ownerKey != null) {
            key = ownerKey + "." + norm(e.name());
            name = ownerName + " " + e.name();
        } else if (e.kind() == ActorKind.MEDIA) {
            key = norm(e.name());
            name = e.name();
        } else {
            String prior = priorBoundGeneric(e);
            if (prior == null || p.first == 0 || !t.token(p.first - 1).equalsIgnoreCase("the")) {
                return;
            }
            key = prior;
            name = null;
        }
        if (name != null) {
            String ok = ownerKey;
            String nm = name;
            actors.computeIfAbsent(key, k -> new Builder(k, nm, e.kind(), null, ok, null));
        }
        addMention(start, p.end, key);
    }

    private Pending adjectiveBefore(int i) {
        for (Pending q : pending) {
            if (q.adjective() && q.end() == i && AliasIndex.isState(q.entry()) && owner[q.first()] < 0) {
                return q;
            }
        }
        return null;
    }

    private String priorBoundGeneric(GazetteerEntry e) {
        String suffix = "." + norm(e.name());
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (!mentions.get(i).removed && mentions.get(i).key.endsWith(suffix)) {
                return mentions.get(i).key;
            }
        }
        return null;
    }

    private void groups() {
        Map<String, String> lastQualified = new HashMap<>();
        String someGroup = null;
        int someSentence = -2;
        for (int i = 0; i < n; i++) {
            String w = t.token(i);
            String lower = w.toLowerCase(Locale.ROOT);
            int s = t.sentenceOf(i);
            if (owner[i] >= 0) {
                continue;
            }
            if (lower.equals("others") && someGroup != null && s - someSentence <= 1 && i + 1 < n
                    && (t.pos(i + 1).equals("VERB") || t.pos(i + 1).equals("AUX"))) {
                addMention(i, i + 1, someGroup);
                continue;
            }
            if (!GROUP_NOUNS.contains(lower) || (Character.isUpperCase(w.charAt(0)) && i > t.sentenceFirstToken(s)
                    && !heading[s])) {
                continue;
            }
            int b = i;
            while (b - 1 >= t.sentenceFirstToken(s) && owner[b - 1] < 0) {
                String m = t.token(b - 1);
                String ml = m.toLowerCase(Locale.ROOT);
                boolean adj = (t.pos(b - 1).equals("ADJ") || GROUP_MODIFIER_NOUNS.contains(ml))
                        && Character.isLowerCase(m.charAt(0)) && !QUANTIFIERS.contains(ml);
                if (!adj) {
                    break;
                }
                b--;
            }
            String modifiers = b < i ? text.substring(t.tokenBegin(b), t.tokenBegin(i)) : "";
            String ownerKey = null;
            String ownerName = null;
            int start = b;
            M st = stateBefore(b);
            if (st != null) {
                ownerKey = st.key;
                ownerName = text.substring(t.tokenBegin(st.first), t.tokenEnd(st.end - 1));
                if (st.end == b) { // attributive "US officials": one mention for the group
                    st.removed = true;
                    for (int x = st.first; x < st.end; x++) {
                        owner[x] = -1;
                    }
                    start = st.first;
                }
            } else {
                Pending adj = adjectiveBefore(b);
                if (adj != null) {
                    ownerKey = entryActor(adj.entry());
                    ownerName = adj.entry().name();
                    start = adj.first();
                } else if (b > 0 && owner[b - 1] >= 0 && t.sentenceOf(b - 1) == s) {
                    M m = mentions.get(owner[b - 1]);
                    Builder o = actors.get(m.key);
                    if (o != null && o.kind != ActorKind.PERSON && o.kind != ActorKind.GROUP) {
                        ownerKey = m.key;
                        ownerName = o.name;
                    }
                }
            }
            String base = (modifiers + lower).strip();
            String key;
            String name;
            if (ownerKey == null && modifiers.isEmpty()) {
                key = lastQualified.getOrDefault(lower, norm(lower));
                name = lower;
            } else {
                key = (ownerKey != null ? ownerKey + "." : "") + norm(base);
                name = (ownerName != null ? ownerName + " " : "") + base;
                lastQualified.put(lower, key);
            }
            String ok = ownerKey;
            String nm = name;
            actors.computeIfAbsent(key, k -> new Builder(k, nm, ActorKind.GROUP, null, ok, null));
            addMention(start, i + 1, key);
            if (i - 1 >= 0 && t.token(Math.max(b, start) - 1 < 0 ? 0 : Math.max(0, start - 1)).equalsIgnoreCase("some")) {
                someGroup = key;
                someSentence = s;
            }
        }
    }

    private void pronouns() {
        for (int i = 0; i < n; i++) {
            String w = t.token(i);
            if (owner[i] >= 0 || !(w.equalsIgnoreCase("he") || w.equalsIgnoreCase("she"))) {
                continue;
            }
            int s = t.sentenceOf(i);
            String key = null;
            for (M m : mentions) {
                if (m.removed || m.first >= i) {
                    continue;
                }
                Builder b = actors.get(m.key);
                if (b != null && b.kind == ActorKind.PERSON && s - t.sentenceOf(m.first) <= 3) {
                    key = m.key;
                }
            }
            if (key != null) {
                addMention(i, i + 1, key);
            }
        }
    }

    // ---- result -------------------------------------------------------------------------------------

    private void addMention(int first, int end, String key) {
        for (int x = first; x < end; x++) {
            if (owner[x] >= 0) {
                return;
            }
        }
        M m = new M(first, end, key);
        mentions.add(m);
        int idx = mentions.size() - 1;
        for (int x = first; x < end; x++) {
            owner[x] = idx;
        }
    }

    private ActorResult result() {
        List<ActorMention> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        List<M> live = mentions.stream().filter(m -> !m.removed)
                .sorted(Comparator.comparingInt(m -> m.first)).toList();
        for (M m : live) {
            int b = t.tokenBegin(m.first);
            int e = t.tokenEnd(m.end - 1);
            String surface = text.substring(b, e);
            out.add(new ActorMention(b, e, surface, m.key));
            used.add(m.key);
            Builder a = actors.get(m.key);
            if (a != null && !surface.equals(a.name) && !isPronoun(surface)) {
                a.aliases.add(surface);
            }
        }
        // keep parents of used actors, transitively
        Set<String> keep = new LinkedHashSet<>(used);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String k : List.copyOf(keep)) {
                Builder a = actors.get(k);
                if (a != null && a.partOf != null && actors.containsKey(a.partOf) && keep.add(a.partOf)) {
                    grew = true;
                }
            }
        }
        List<ActorRef> refs = new ArrayList<>();
        for (Builder a : actors.values()) {
            if (keep.contains(a.key)) {
                a.aliases.remove(a.name);
                refs.add(new ActorRef(a.key, a.name, a.kind, a.code,
                        a.partOf != null && actors.containsKey(a.partOf) ? a.partOf : null, List.copyOf(a.aliases),
                        a.role));
            }
        }
        return new ActorResult(refs, out);
    }

    private static boolean isPronoun(String s) {
        return s.equalsIgnoreCase("he") || s.equalsIgnoreCase("she") || s.equalsIgnoreCase("others")
                || s.equalsIgnoreCase("it") || s.equalsIgnoreCase("they");
    }

    static String norm(String s) {
        return s.toUpperCase(Locale.ROOT).replace('’', '\'').replaceAll("[^A-Z0-9']+", "_").replaceAll("^_+|_+$", "");
    }
}
