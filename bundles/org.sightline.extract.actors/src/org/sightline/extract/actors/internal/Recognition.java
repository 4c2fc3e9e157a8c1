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

import org.sightline.core.api.Headings;
import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.actors.api.GazetteerEntry;
import org.sightline.lexicon.api.CueLexicon;
import org.sightline.lexicon.api.WordLists;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.UPos;

/** Actor recognition over one document; see {@link org.sightline.extract.actors.api.ActorRecognizer}. */
public final class Recognition {

    private static final WordLists WORDS = WordLists.load(Recognition.class, "actor-words.tsv");

    private static final Set<String> CORE_TITLES = WORDS.get("core-titles");
    private static final Set<String> TITLE_MODIFIERS = WORDS.get("title-modifiers");
    private static final Set<String> TITLE_LINKS = WORDS.get("title-links");
    private static final Set<String> NOT_NAMES = WORDS.get("not-names");
    private static final Set<String> ORG_HEADS_MILITARY = WORDS.get("org-heads-military");
    private static final Set<String> ORG_HEADS_GOVERNMENT = WORDS.get("org-heads-government");
    private static final Set<String> ORG_HEADS_OTHER = WORDS.get("org-heads-other");
    /** Head words of business names ("Kotak Securities", "Sierra Nevada Corp."): "the company" can be one. */
    private static final Set<String> ORG_HEADS_BUSINESS = WORDS.get("org-heads-business");
    private static final Set<String> NAME_LINKS = WORDS.get("name-links");
    private static final Set<String> GROUP_NOUNS = WORDS.get("group-nouns");
    private static final Set<String> GROUP_MODIFIER_NOUNS = WORDS.get("group-modifier-nouns");
    private static final Set<String> QUANTIFIERS = WORDS.get("quantifiers");
    private static final Set<String> CAPITALISED_GROUP_NOUNS = WORDS.get("capitalised-group-nouns");
    /** Lower-case words inside a name ("Monica de Bolle", "Hamza bin Laden"). */
    private static final Set<String> NAME_PARTICLES = WORDS.get("name-particles");
    /** Family names written first ("Liu Xiaoming"): the later short name is the first word. */
    private static final Set<String> FAMILY_NAME_FIRST = WORDS.get("family-name-first");

    /** Speech and thought verbs: a name or pronoun right before one is the speaker ("Ash Carter said"). */
    private static final CueLexicon CUES = CueLexicon.shared();
    /** Role nouns before an untitled name ("spokesman John Kirby", "analyst Anna Weber"). */
    private static final Set<String> ROLE_NOUNS = WORDS.get("role-nouns");
    /** Words that make a capitalised run a place, medium or firm rather than a person ("Fox News said"). */
    private static final Set<String> NOT_PERSON_WORDS = WORDS.get("not-person-words");
    /** Head nouns of "the ministry", "the agency": a later short reference to a body named before. */
    private static final Set<String> BODY_HEADS = WORDS.get("body-heads");
    /** "the company", "the firm": a business named before, whatever its name. */
    private static final Set<String> COMPANY_NOUNS = WORDS.get("company-nouns");
    /** "the agency": a government body or organisation named before, whatever its name. */
    private static final Set<String> AGENCY_NOUNS = WORDS.get("agency-nouns");
    /** "the organization", "the group": an organisation named before, whatever its name. */
    private static final Set<String> ORGANISATION_NOUNS = WORDS.get("organisation-nouns");
    private static final Set<String> BODY_MODIFIERS = WORDS.get("body-modifiers");
    private static final Set<String> PERSON_ROLES = WORDS.get("person-roles");
    /** Roles that name a person only as a reference back ("the analyst" after "analyst Jonathan Matuszewski"). */
    private static final Set<String> REFERENCE_ROLES = WORDS.get("reference-roles");
    /** Roles posted to a state ("ambassador to Britain"): the state belongs to the role phrase. */
    private static final Set<String> POSTED_ROLES = WORDS.get("posted-roles");
    /** "counter", "anti": a coalition named by what it fights ("the counter-ISIL coalition"). */
    private static final Set<String> OPPOSING_PREFIXES = WORDS.get("opposing-prefixes");
    private static final Set<String> ALLIANCE_HEADS = WORDS.get("alliance-heads");
    private static final Set<String> ROLE_MODIFIERS = WORDS.get("role-modifiers");
    private static final Set<String> OWNED_GROUP_NOUNS = WORDS.get("owned-group-nouns");
    private static final Set<String> BARE_HEADS = WORDS.get("bare-heads-not-actors");
    private static final Set<String> NOT_ACTOR_NAMES = WORDS.get("not-actor-names");
    private static final Set<String> PLACES = WORDS.get("places");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Tokens of the longest place name ("North Rhine-Westphalia": North, Rhine, -, Westphalia, as the tokenizer may split it). */
    private static final int PLACE_TOKENS = 5;
    private static final Set<String> NON_GOVERNMENT_WORDS = WORDS.get("non-government-words");
    private static final Set<String> DOCUMENT_NOUNS = WORDS.get("document-nouns");
    private static final Set<String> FIRST_PERSON_SINGULAR = WORDS.get("first-person-singular");
    private static final Set<String> FIRST_PERSON_PLURAL = WORDS.get("first-person-plural");
    private static final Set<String> THIRD_PERSON_PERSONAL = WORDS.get("third-person-personal");
    private static final Set<String> FEMININE_PRONOUNS = WORDS.get("feminine-pronouns");
    private static final Set<String> FEMALE_WORDS = WORDS.get("female-words");
    private static final Set<String> MALE_WORDS = WORDS.get("male-words");
    private static final Set<String> FEMALE_GIVEN_NAMES = WORDS.get("female-given-names");
    private static final Set<String> MALE_GIVEN_NAMES = WORDS.get("male-given-names");
    /** English given names derived from Datafaker (derive/derive-given-names.sh, GIVEN-NAMES-NOTICE.txt). */
    private static final Set<String> GIVEN_NAMES = WordLists.load(Recognition.class, "given-names.tsv").get("given-names");
    private static final Set<String> NOT_GIVEN_NAMES = WORDS.get("not-given-names");
    private static final Set<String> PATRONYMIC_PARTICLES = WORDS.get("patronymic-particles");
    private static final Set<String> KUNYA_WORDS = WORDS.get("kunya-words");
    private static final Set<String> EVIDENCE_VERBS = WORDS.get("evidence-verbs");

    private final AnnotatedText t;
    private final String text;
    private final AliasIndex index;
    private final int n;
    /** Each token in lower case, computed once: the rules ask for most tokens many times. */
    private final String[] lower;
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
        final String rule;
        boolean removed;
        /** Characters of a name inside one hyphenated token ("ISIL" in "ISIL-held"), else -1. */
        int charBegin = -1;
        int charEnd = -1;

        M(int first, int end, String key, String rule) {
            this.first = first;
            this.end = end;
            this.key = key;
            this.rule = rule;
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

    private final String publisher;
    private final String author;

    public Recognition(AnnotatedText text, AliasIndex index) {
        this(text, index, null, null);
    }

    /**
     * @param publisher who issued the document (a department, a newspaper), or null: "the release" and a
     *        first person outside quotes refer to it
     * @param author the document's author, or null: "I" outside quotes refers to them
     */
    public Recognition(AnnotatedText text, AliasIndex index, String publisher, String author) {
        this.publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
        this.author = author == null || author.isBlank() ? null : author.strip();
        this.t = text;
        this.text = text.text();
        this.index = index;
        this.n = text.tokenCount();
        this.lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = text.token(i).toLowerCase(Locale.ROOT);
        }
        this.owner = new int[n];
        java.util.Arrays.fill(owner, -1);
        heading = new boolean[text.sentenceCount()];
        for (int s = 0; s < heading.length; s++) {
            heading[s] = isHeading(s);
        }
    }

    /** One named rule of the recogniser; {@link #RULES} runs them in order, each over the whole document. */
    private record Rule(String id, java.util.function.Consumer<Recognition> pass) {
    }

    /**
     * The rules in the order they run (docs/extraction.md lists them): names first, longest and surest
     * first, then references back to what was named (role phrases, surnames, acronyms, pronouns). A
     * token belongs to the first mention that takes it; each mention keeps the id of its rule.
     */
    private static final List<Rule> RULES = List.of(
            new Rule("gazetteer", r -> r.eachSentence(r::gazetteerPass, true)),
            new Rule("titled-person", r -> r.eachSentence(r::titledPeople, false)),
            new Rule("organisation-head", r -> r.eachSentence(r::organisations, false)),
            new Rule("untitled-person", r -> r.eachSentence(r::untitledPeople, false)),
            new Rule("later-name", Recognition::laterNames),
            new Rule("generic-body", r -> r.pending.forEach(r::genericOrAdjective)),
            new Rule("role-phrase", Recognition::rolePhrases),
            new Rule("group", Recognition::groups),
            new Rule("definite-body", Recognition::definiteBodies),
            new Rule("pronoun-person", Recognition::pronouns),
            new Rule("pronoun-subject", Recognition::subjectPronouns),
            new Rule("first-person", Recognition::firstPerson),
            new Rule("document-reference", Recognition::documentReferences));

    /** Rule ids in their order. */
    public static List<String> ruleIds() {
        return RULES.stream().map(Rule::id).toList();
    }

    private String currentRule;

    public ActorResult run() {
        for (Rule r : RULES) {
            currentRule = r.id();
            r.pass().accept(this);
        }
        return result();
    }

    private void eachSentence(java.util.function.IntConsumer pass, boolean headings) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (headings || !heading[s]) {
                pass.accept(s);
            }
        }
    }

    // ---- headings -------------------------------------------------------------------------------

    /** A whole line in the form of a heading ({@link Headings}), not right after a line ending in a colon: a heading or page furniture. */
    private boolean isHeading(int s) {
        int b = t.sentenceBegin(s);
        int e = t.sentenceEnd(s);
        boolean lineStart = b == 0 || text.charAt(b - 1) == '\n' || text.lastIndexOf('\n', b - 1) >= 0
                && text.substring(text.lastIndexOf('\n', b - 1) + 1, b).isBlank();
        boolean lineEnd = e == text.length() || text.indexOf('\n', e) < 0
                || text.substring(e, text.indexOf('\n', e)).isBlank();
        return lineStart && lineEnd && Headings.isHeading(text.substring(b, e))
                && !(s > 0 && text.charAt(t.sentenceEnd(s - 1) - 1) == ':');
    }

    // ---- places ----------------------------------------------------------------------------------

    /**
     * Whether tokens {@code [b, e)} lie inside the name of a place that is no actor ({@code places}: "New Mexico" is
     * no Mexico, "Officials in North Waziristan said" no person). The names stay free for organisations ("University
     * of North Carolina").
     */
    private boolean insidePlace(int b, int e) {
        int first = t.sentenceFirstToken(t.sentenceOf(b));
        int last = t.sentenceEndToken(t.sentenceOf(b));
        for (int i = Math.max(first, e - PLACE_TOKENS); i <= b; i++) {
            for (int j = Math.max(e, i + 2); j <= Math.min(last, i + PLACE_TOKENS); j++) {
                if (Character.isUpperCase(t.token(i).charAt(0)) && PLACES.contains(text.substring(t.tokenBegin(i), t.tokenEnd(j - 1)))) {
                    return true;
                }
            }
        }
        return false;
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
                hyphenatedName(i);
                continue;
            }
            best.sort(Comparator.comparingInt(AliasIndex.Form::priority)
                    .thenComparing(f -> f.adjective() ? 1 : 0));
            AliasIndex.Form f = best.get(0);
            if (insidePlace(i, bestEnd)) {
                i = bestEnd - 1;
                continue;
            }
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

    /**
     * A gazetteer name that is one part of a hyphenated token ("ISIL-held", "counter-ISIL", "pro-Russian" is
     * an adjective and no name): a mention of that part only. The tokenizer keeps such words whole.
     */
    private void hyphenatedName(int i) {
        String tok = t.token(i);
        if (tok.indexOf('-') <= 0 || owner[i] >= 0) {
            return;
        }
        String prefix = tok.substring(0, tok.indexOf('-')).toLowerCase(Locale.ROOT);
        if (OPPOSING_PREFIXES.contains(prefix) && i + 1 < n && ALLIANCE_HEADS.contains(t.token(i + 1))
                && t.sentenceOf(i + 1) == t.sentenceOf(i)) {
            // "the counter-ISIL coalition": the coalition, named by the phrase, not the enemy in it
            String name = text.substring(t.tokenBegin(i), t.tokenEnd(i + 1));
            String key = norm(name);
            actors.computeIfAbsent(key, k -> new Builder(k, name, ActorKind.ORGANIZATION, null, null, null));
            addMention(i, i + 2, key);
            return;
        }
        int from = 0;
        for (String part : tok.split("-", -1)) {
            List<AliasIndex.Form> forms = part.length() < 2 ? null : index.lookup(AliasIndex.normalise(part));
            if (forms != null) {
                for (AliasIndex.Form f : forms) {
                    if (!f.adjective() && !f.entry().generic() && f.entry().kind() != ActorKind.PERSON
                            && AliasIndex.casingFits(f.text(), part)) {
                        addMention(i, i + 1, entryActor(f.entry()));
                        M m = mentions.get(mentions.size() - 1);
                        m.charBegin = t.tokenBegin(i) + from;
                        m.charEnd = m.charBegin + part.length();
                        return;
                    }
                }
            }
            from += part.length() + 1;
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
            registerSurname(List.of(e.name().split(" ")), key);
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
                    if (NAME_PARTICLES.contains(w) && !name.isEmpty() && k + 1 < end && owner[k + 1] < 0
                            && nameWord(k + 1)) {
                        name.add(w); // "Crown Prince Mohammed bin Salman"
                        k++;
                        continue;
                    }
                    break;
                }
                name.add(isAllCaps(t.token(i)) && w.length() > 2 && isAllCaps(w) ? titleCase(w) : w);
                k++;
            }
            while (!name.isEmpty() && name.get(name.size() - 1).endsWith("-")) {
                name.remove(name.size() - 1);
                k--;
            }
            int nameStart = j;
            if (name.isEmpty()) {
                // "Special Presidential Envoy for the Global Coalition to Counter ISIL Brett McGurk"
                int[] tail = longTitleName(j, end);
                if (tail == null) {
                    continue;
                }
                nameStart = tail[0];
                k = tail[1];
                for (int x = nameStart; x < k; x++) {
                    if (!attachedDot(x)) {
                        name.add(t.token(x));
                    }
                }
            }
            String key = personKey(name);
            String role = appositiveRole(k, end);
            if (role == null) {
                role = text.substring(t.tokenBegin(i), t.tokenEnd(nameStart == j ? j - 1 : nameStart - 1));
            }
            String display = String.join(" ", name);
            String existing = personByLast.get(surnameKey(lastName(name)));
            if (existing != null && (name.size() == 1 || existing.equals(key) || !actors.get(existing).name.contains(" "))) {
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
            int from = i;
            for (int x = i; x < k; x++) {
                if (owner[x] >= 0) {
                    from = nameStart; // a body named inside the title keeps its mention
                }
            }
            addMention(from, k, key);
            i = k - 1;
        }
    }

    /**
     * The name closing a long title that goes on after its title words with "for", "of", "to" or "on"
     * and capitalised words ("Envoy for the Global Coalition to Counter ISIL Brett McGurk"): the last
     * two name words (with a middle initial) before the first lower-case word, or null. Two words
     * only, as the capitalised words before them belong to the title ("for Middle East Peace Jason
     * Greenblatt").
     */
    private int[] longTitleName(int j, int end) {
        if (j >= end || !TITLE_LINKS.contains(t.token(j)) || t.token(j).equals("the") || t.token(j).equals("and")) {
            return null;
        }
        int r = j;
        while (r < end && r < j + 16 && (owner[r] >= 0 || TITLE_LINKS.contains(t.token(r))
                || Character.isUpperCase(t.token(r).charAt(0)) || attachedDot(r) || t.token(r).equals("-"))) {
            if (t.token(r).equals("Operation") || t.token(r).equals("Exercise")) {
                return null; // "Commander of ... Operation Inherent Resolve": the operation's name, no person
            }
            r++;
        }
        int x = r - 1;
        if (x <= j || owner[x] >= 0 || !nameWord(x)) {
            return null;
        }
        x--;
        if (x > j && owner[x] < 0 && attachedDot(x) && t.token(x - 1).matches("[A-Z]")) {
            x -= 2; // middle initial "J" + "."
        }
        if (x <= j || owner[x] >= 0 || !nameWord(x) || isTitle(t.token(x))) {
            return null;
        }
        for (int y = x; y < r; y++) {
            if (NOT_PERSON_WORDS.contains(t.token(y))) {
                return null;
            }
        }
        return new int[] {x, r};
    }

    /** The token without invisible direction marks ("Minister\u200e" in some releases). */
    private String word(int x) {
        String w = t.token(x);
        w = w.indexOf('\u200e') < 0 && w.indexOf('\u200f') < 0 ? w : w.replace("\u200e", "").replace("\u200f", "");
        if (w.length() > 1 && isAllCaps(w) && isTitle(titleCase(w))) {
            return titleCase(w); // transcripts: "SECRETARY KERRY", "MR KIRBY"
        }
        return w;
    }

    private static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter;
    }

    private static String titleCase(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
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
            if (w.equals(",") || w.equals(".") || t.upos(b) == UPos.VERB || t.upos(b) == UPos.AUX) {
                break;
            }
            if (b < a + 4 && t.upos(b) == UPos.NOUN && Character.isLowerCase(w.charAt(0))) {
                lowerNoun = true;
            }
            b++;
        }
        if (!lowerNoun || b == a) {
            return null;
        }
        return text.substring(t.tokenBegin(a), t.tokenEnd(b - 1));
    }

    /** Surnames compare in one spelling ("Zelenskyy" finds "Zelensky"), as across documents. */
    private static String surnameKey(String surname) {
        return org.sightline.core.api.PersonNames.spelling(surname);
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
     * Carter said", "said Anna Weber"), carries a role appositive ("Anna Weber, a researcher at"),
     * follows a role noun ("spokesman John Kirby") or starts with a given name of the gazetteers' people
     * ("Jonathan Cohen"). Registered by surname, so a later "Carter" joins.
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
                } else if (e > i && e + 1 < end && (w.equals("al-") || w.equals("el-")) && t.tokenBegin(e + 1) == t.tokenEnd(e)
                        && owner[e + 1] < 0 && nameWord(e + 1)) {
                    e += 2; // "Abu Jandal al-Kuwaiti": the tokenizer splits "al-", "Kuwaiti"
                } else if (e > i && e + 1 < end && (w.equals("al") || w.equals("el")) && t.tokenBegin(e + 1) == t.tokenEnd(e)
                        && owner[e + 1] < 0 && t.token(e + 1).matches("-\\p{Lu}\\p{L}+")) {
                    e += 2; // or "al", "-Tunisi"
                } else if (e > i && e + 1 < end && NAME_PARTICLES.contains(w) && owner[e + 1] < 0 && nameWord(e + 1)) {
                    e++; // "Hamza bin Laden", "Monica de Bolle"
                } else if (e > i && t.token(e - 1).endsWith("-") && t.tokenBegin(e) == t.tokenEnd(e - 1)
                        && t.token(e).chars().allMatch(Character::isLetter)) {
                    e++; // "Cheuk Hau-yip": the tokenizer splits "Hau-", "yip"
                } else if (e > i && t.tokenBegin(e) == t.tokenEnd(e - 1) && w.matches("-\\p{Lu}\\p{L}+")) {
                    e++; // "Alexandria Ocasio-Cortez", "Jean-Luc Picard": or "Ocasio", "-Cortez"
                } else if (e > i && middleInitial(e, end) > 0) {
                    e += middleInitial(e, end); // "Mary E. Lovely"
                } else {
                    break;
                }
            }
            boolean notPerson = false;
            for (int x = i; x < e; x++) {
                notPerson |= NOT_PERSON_WORDS.contains(t.token(x));
            }
            // "the Cleveland Browns", "The Doobie Brothers", "the MacBook Pro": an article makes the name a team, band or
            // thing; not before a noun it qualifies, which a person's name can do ("a John Paul Stevens opinion"). The
            // article may stand before capitalised adjectives the name starts with ("the New York Islanders").
            int before = i - 1;
            while (before > first && t.upos(before) == UPos.ADJ && Character.isUpperCase(t.token(before).charAt(0))) {
                before--;
            }
            boolean article = before >= first && ARTICLES.contains(lower(before))
                    && !(e < end && t.upos(e) == UPos.NOUN && Character.isLowerCase(t.token(e).charAt(0)));
            if (e - i < 2 || e - i > 6 || notPerson || article || insidePlace(i, e)) { // two to four words; "al", "-" count as tokens
                i = e - 1;
                continue;
            }
            // "Officials in South Kordofan said": a name after "in" is where the speakers are, not a speaker
            boolean speaks = e < end && speechVerbAt(e) && !(i > first && lower(i - 1).equals("in"));
            boolean inverted = i > first && speechVerbAt(i - 1) && (e >= end || t.token(e).equals(",")
                    || t.token(e).equals("."));
            List<String> name = new ArrayList<>();
            for (int x = i; x < e; x++) {
                if (x > i && t.tokenBegin(x) == t.tokenEnd(x - 1)) {
                    name.set(name.size() - 1, name.get(name.size() - 1) + t.token(x)); // "al" + "-" + "Sudani"
                } else {
                    name.add(t.token(x));
                }
            }
            boolean appositive = e + 2 < end && t.token(e).equals(",") && (lower(e + 1).equals("a")
                    || lower(e + 1).equals("an") || lower(e + 1).equals("the")) && roleAhead(e + 2, end)
                    || possessiveRole(e, end);
            boolean afterRole = i > first && ROLE_NOUNS.contains(lower(i - 1)) && Character.isLowerCase(t.token(i - 1).charAt(0));
            // name words, not tokens: "Haider al-Abadi" is two ("al", "-" are tokens of their own)
            boolean given = givenName(t.token(i)) && name.size() <= 3;
            // "Chris Maley" with no cue of its own, when "Maley said" follows: the surname speaks
            boolean surnameSpeaks = name.size() <= 3 && loneSpeakers().contains(t.token(e - 1));
            // "Mohammed bin Salman", "Abu Omar al-Shishani": a patronymic, or a kunya (Abu, Umm) with an al- name
            boolean arabic = name.stream().anyMatch(PATRONYMIC_PARTICLES::contains) || KUNYA_WORDS.contains(name.get(0))
                    && name.size() >= 3 && name.stream().anyMatch(x -> x.startsWith("al-"));
            // "Abu Jandal" after "Abu Jandal al-Kuwaiti": the first words of a person's full name named before
            String display = String.join(" ", name);
            String fullBefore = null;
            for (Builder b : actors.values()) {
                if (b.kind == ActorKind.PERSON && b.name.startsWith(display + " ")) {
                    fullBefore = b.key;
                }
            }
            if (!(speaks || inverted || appositive || afterRole || given || surnameSpeaks || arabic || fullBefore != null)) {
                i = e - 1;
                continue;
            }
            String key = fullBefore != null ? fullBefore : personKey(name);
            // "Jefferies analyst Jonathan Matuszewski": the role noun before the name is the role
            String role = afterRole && appositiveRole(e, end) == null ? lower(i - 1) : appositiveRole(e, end);
            // "Joe and Hunter Biden": two people share the surname, so "Biden" alone names neither
            boolean sharedSurname = i - 2 >= first && lower(i - 1).equals("and") && t.upos(i - 2) == UPos.PROPN
                    && givenName(t.token(i - 2));
            String known = sharedSurname || fullBefore != null ? null : personByLast.get(surnameKey(lastName(name)));
            if (known != null && !actors.get(known).name.contains(" ")) {
                key = known; // "Mr. Trump" before "Donald Trump": one person, with the full name
                actors.get(known).name = display;
            }
            actors.computeIfAbsent(key, k -> new Builder(k, display, ActorKind.PERSON, null, null, role));
            if (!sharedSurname) {
                registerSurname(name, key);
            }
            addMention(i, e, key);
            i = e - 1;
        }
    }

    /**
     * A given name: of a person the gazetteers list (not a kunya: "Abu Kamal" is a town), or of the name lists
     * (derived English names, the gender lists), unless the gazetteers know the word as a name of its own ("Jordan").
     */
    private boolean givenName(String w) {
        return !KUNYA_WORDS.contains(w) && index.isGivenName(w) || (GIVEN_NAMES.contains(w) && !NOT_GIVEN_NAMES.contains(w)
                || FEMALE_GIVEN_NAMES.contains(w) || MALE_GIVEN_NAMES.contains(w))
                && index.lookup(AliasIndex.normalise(w)) == null;
    }

    /** ", ISIL's spokesman", ", Apple's chief executive": the name's apposition is a role owned by a body. */
    private boolean possessiveRole(int e, int end) {
        if (e + 3 >= end || !t.token(e).equals(",")) {
            return false;
        }
        for (int x = e + 2; x < Math.min(end - 1, e + 5); x++) {
            if (t.token(x).equals("'s") || t.token(x).equals("’s")) {
                return Character.isUpperCase(t.token(e + 1).charAt(0)) && roleAhead(x + 1, end);
            }
        }
        return false;
    }

    private Set<String> loneSpeakers;

    /** Capitalised words that speak alone ("Maley said", "said Maley."), for names given earlier without a cue. */
    private Set<String> loneSpeakers() {
        if (loneSpeakers == null) {
            loneSpeakers = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                if (nameWord(i) && (i == 0 || !nameWord(i - 1)) && (i + 1 >= n || !nameWord(i + 1))
                        && (i + 1 < n && speechVerbAt(i + 1) || i > 0 && speechVerbAt(i - 1) && i + 1 < n
                                && t.upos(i + 1) == UPos.PUNCT)) {
                    loneSpeakers.add(t.token(i));
                }
            }
        }
        return loneSpeakers;
    }

    /**
     * Tokens of a middle initial at x followed by a name word ("E." or "E" + "." in "Mary E. Lovely"), or 0. After an
     * initial a capitalised word is the surname even where the tagger reads a common noun ("Margaret A. Linden": "linden"
     * is a tree); that surname is counted in too, as the name run takes only proper nouns.
     */
    private int middleInitial(int x, int end) {
        String w = t.token(x);
        int after = w.matches("\\p{Lu}\\.") ? x + 1 : w.matches("\\p{Lu}") && x + 1 < end && attachedDot(x + 1) ? x + 2 : -1;
        if (after <= 0 || after >= end || owner[after] >= 0) {
            return 0;
        }
        return nameWord(after) ? after - x : t.upos(after) == UPos.NOUN && nameShape(after) ? after - x + 1 : 0;
    }

    /**
     * The surname for later mentions; "al-Sudani" also as "Sudani", as news writes it; a family name written
     * first ("Liu Xiaoming", "Xi Jinping") as itself.
     */
    private void registerSurname(List<String> name, String key) {
        String last = lastName(name);
        personByLast.putIfAbsent(surnameKey(last), key);
        if (name.size() >= 2 && FAMILY_NAME_FIRST.contains(name.get(0))) {
            personByLast.putIfAbsent(surnameKey(name.get(0)), key);
        }
        int dash = last.indexOf('-');
        if (dash > 0 && dash <= 2 && last.length() > dash + 1) {
            personByLast.putIfAbsent(surnameKey(last.substring(dash + 1)), key);
        }
    }

    /** A capitalised proper noun that can be part of a person's name (not an acronym, title or org head). */
    private boolean nameWord(int x) {
        return t.upos(x) == UPos.PROPN && nameShape(x);
    }

    /** Whether token {@code x} is written as a name word: capitalised, not an acronym, title or org head. */
    private boolean nameShape(int x) {
        String w = t.token(x);
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))
                || w.equals(w.toUpperCase(Locale.ROOT)) || NOT_NAMES.contains(w) || isTitle(w)
                || orgHead(w)) {
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
        while (v < n && v < x + 3 && (t.upos(v) == UPos.ADV || t.upos(v) == UPos.AUX)
                && t.sentenceOf(v) == t.sentenceOf(x)) {
            v++; // "Carter also said", "Carter has warned"
        }
        return v < n && (t.upos(v) == UPos.VERB || t.upos(v) == UPos.AUX) && CUES.isSpeakingVerb(t.lemma(v));
    }

    /** A lower-case role noun within the next three tokens ("a researcher at", "the former envoy"). */
    private boolean roleAhead(int x, int end) {
        for (int y = x; y < Math.min(end, x + 3); y++) {
            // the tagger reads some role nouns as adjectives ("a senior fellow at")
            if ((t.upos(y) == UPos.NOUN || ROLE_NOUNS.contains(lower(y))) && Character.isLowerCase(t.token(y).charAt(0))) {
                if (y + 1 < end && t.upos(y + 1) == UPos.NOUN && Character.isLowerCase(t.token(y + 1).charAt(0))) {
                    continue; // "a trade professor": the last noun of the compound is the role
                }
                return ROLE_NOUNS.contains(lower(y)) || lower(y).endsWith("ist") || lower(y).endsWith("er")
                        || lower(y).endsWith("or") || lower(y).endsWith("man") || lower(y).endsWith("woman");
            }
        }
        return false;
    }

    private String lower(int x) {
        return lower[x];
    }

    /**
     * "the ministry", "the agency": the body of that kind named last before it (its name holds the
     * head word: "South Korea's Unification Ministry" ... "the ministry"); failing that, "the company"
     * is the nearest business, "the agency" the nearest body and "the organization" the nearest
     * organisation named in its sentence or the two before ("NASA announced ... the agency has maintained").
     */
    private void definiteBodies() {
        for (int i = 1; i < n; i++) {
            String w = lower(i);
            boolean company = COMPANY_NOUNS.contains(w);
            // "this terrorist group", "the militant organization": a determiner and one body modifier before the head
            boolean modified = i >= 2 && ORGANISATION_NOUNS.contains(w) && BODY_MODIFIERS.contains(lower(i - 1));
            int det = modified ? i - 2 : i - 1;
            String d = lower(det);
            if (owner[i] >= 0 || !(BODY_HEADS.contains(w) || company) || !Character.isLowerCase(t.token(i).charAt(0))
                    || !(d.equals("the") || modified && (d.equals("this") || d.equals("that")))
                    || owner[det] >= 0 || owner[i - 1] >= 0
                    || i + 1 < n && lower(i + 1).equals("of") || i + 1 < n && t.upos(i + 1) == UPos.NOUN) {
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
            boolean relative = i + 1 < n && (lower(i + 1).equals("that") || lower(i + 1).equals("which")
                    || lower(i + 1).equals("who") || lower(i + 1).equals("whose"));
            if (key == null && (company || AGENCY_NOUNS.contains(w) || ORGANISATION_NOUNS.contains(w)) && !relative) { // "the company that runs ...": a new one
                // not a body in an oblique phrase ("a survey by Jane Doe of the University of North Carolina"):
                // a business the text speaks about is a subject, object or owner
                M near = nearestMention(i, m -> !oblique(m), b -> company ? b.kind == ActorKind.MEDIA
                        || b.kind == ActorKind.ORGANIZATION && business(b.name)
                        : AGENCY_NOUNS.contains(w) ? b.kind == ActorKind.GOVERNMENT_BODY || b.kind == ActorKind.ORGANIZATION
                                || b.kind == ActorKind.INTERNATIONAL_ORGANIZATION
                        : (b.kind == ActorKind.ORGANIZATION || b.kind == ActorKind.INTERNATIONAL_ORGANIZATION)
                                && !(modified && opposing(b.name))); // "the terrorist group" is not the counter-ISIL coalition
                if (near != null && t.sentenceOf(i) - t.sentenceOf(near.first) <= 2) {
                    key = near.key;
                }
            }
            if (key != null) {
                addMention(det, i + 1, key);
            }
        }
    }

    /** A name formed with an opposing prefix ("counter-ISIL coalition"): the body that fights the one it names. */
    private static boolean opposing(String name) {
        int dash = name.indexOf('-');
        return dash > 0 && OPPOSING_PREFIXES.contains(name.substring(0, dash).toLowerCase(Locale.ROOT));
    }

    /**
     * "it" / "they" as the subject of a speech verb, or "they" of any cue verb by the parse ("they decided"):
     * the nearest compatible actor in this or the previous sentence (a state or body for "it"; a group
     * for "they", else a body).
     */
    private void subjectPronouns() {
        for (int i = 0; i + 1 < n; i++) {
            String w = lower(i);
            boolean it = w.equals("it");
            // "it" only before a speech verb: as subject of other cue verbs it is mostly an event ("It
            // underscores the need ..."), not an actor
            if (owner[i] >= 0 || !(it || w.equals("they")) || !(speechVerbAt(i + 1) || !it && subjectOfCue(i))
                    || it && EVIDENCE_VERBS.contains(t.lemma(verbAfter(i + 1)))) {
                continue;
            }
            int s = t.sentenceOf(i);
            if (!it && s > 0 && peopleSubject(s - 1)) {
                continue; // "Gov. Eric Holcomb and leaders of the Legislature have avoided ... They seem": not a group
            }
            java.util.function.Predicate<Builder> body = b -> b.kind != ActorKind.PERSON && b.kind != ActorKind.GROUP;
            // "it" is no body in an oblique phrase of its own sentence ("the proposals were due to NASA, it said")
            M best = nearestMention(i, m -> !it || t.sentenceOf(m.first) != s || !oblique(m), it ? body : b -> b.kind == ActorKind.GROUP);
            if (!it && (best == null || s - t.sentenceOf(best.first) > 1)) {
                best = nearestBefore(i, b -> body.test(b) && b.kind != ActorKind.STATE);
            }
            if (best != null && s - t.sentenceOf(best.first) <= 1
                    && !isPronoun(text.substring(t.tokenBegin(best.first), t.tokenEnd(best.end - 1)))) {
                addMention(i, i + 1, best.key);
            }
        }
    }

    /**
     * Whether the main subject of sentence ps is one "they" cannot be linked to: a coordination with a person in
     * it ("Gov. Eric Holcomb and leaders of the Legislature"), or a "they" left unlinked (the same referent goes on).
     */
    private boolean peopleSubject(int ps) {
        for (int x = t.sentenceFirstToken(ps); x < t.sentenceEndToken(ps); x++) {
            int h = t.head(x);
            if (h < 0 || t.head(h) >= 0 || !t.deprel(x).is(org.sightline.nlp.api.DepRel.NSUBJ)) {
                continue; // not the subject of the sentence's root
            }
            if (lower(x).equals("they")) {
                return owner[x] < 0;
            }
            boolean coordinated = false;
            boolean person = isPersonAt(x);
            for (int y = t.sentenceFirstToken(ps); y < t.sentenceEndToken(ps); y++) {
                if (t.head(y) == x && t.deprel(y).is(org.sightline.nlp.api.DepRel.CONJ)) {
                    coordinated = true;
                    person |= isPersonAt(y);
                }
            }
            return coordinated && person;
        }
        return false;
    }

    private boolean isPersonAt(int x) {
        if (owner[x] < 0) {
            return false;
        }
        Builder b = actors.get(mentions.get(owner[x]).key);
        return b != null && b.kind == ActorKind.PERSON;
    }

    /** The first token from x on that is no adverb ("It only underscores"), within the sentence. */
    private int verbAfter(int x) {
        int v = x;
        while (v + 1 < n && t.upos(v) == UPos.ADV && t.sentenceOf(v + 1) == t.sentenceOf(x)) {
            v++;
        }
        return Math.min(v, n - 1);
    }

    /** Whether token i is the parsed subject of a verb the cue lexicon knows ("they decided", "it warned"). */
    private boolean subjectOfCue(int i) {
        int h = t.head(i);
        return h >= 0 && t.deprel(i).is(org.sightline.nlp.api.DepRel.NSUBJ) && t.upos(h) == UPos.VERB
                && CUES.verb(t.lemma(h)) != null;
    }

    /** Bare surnames ("Votel") and acronyms ("SDF") of actors met earlier in the document. */
    private void laterNames() {
        Set<String> speakingAcronyms = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (owner[i] < 0 && acronymSpeaks(i)) {
                speakingAcronyms.add(t.token(i));
            }
        }
        for (int i = 0; i < n; i++) {
            if (owner[i] >= 0) {
                continue;
            }
            String w = t.token(i);
            if (isPronoun(w)) {
                continue; // "He" after "Liu He" is a pronoun, for the pronoun rule
            }
            String key = personByLast.get(surnameKey(w));
            if (key == null) {
                key = acronyms.get(w);
            }
            if (key == null && w.length() >= 2 && w.length() <= 6 && isAllCaps(w)) {
                key = byInitials(w, i); // "Syrian Democratic Forces" ... "SDF"
            }
            // a person's surname may come before their full name ("... ,” Cooke said." above "said Doug Cooke"),
            // when the tagger reads it as a proper noun; not a one-word name ("Ask Dr. Mike"), nor an acronym
            boolean person = key != null && key.equals(personByLast.get(surnameKey(w))) && actors.get(key).name.contains(" ");
            if (key != null && Character.isUpperCase(w.charAt(0)) && (firstMentionBefore(key, i) || person && nameWord(i))) {
                // "Taylor Swift's label" where no rule took the full name: the given name joins the mention
                boolean given = person && i > 0 && owner[i - 1] < 0 && nameWord(i - 1)
                        && actors.get(key).name.startsWith(t.token(i - 1) + " ");
                addMention(given ? i - 1 : i, i + 1, key);
            } else if (key == null && speakingAcronyms.contains(w)) {
                // an acronym no gazetteer knows that speaks ("NASA said", "said ACLU."): an organisation, also
                // where it does not speak ("NASA's plans")
                String k = norm(w);
                actors.computeIfAbsent(k, x -> new Builder(x, w, ActorKind.ORGANIZATION, null, null, null));
                addMention(i, i + 1, k);
            }
        }
    }

    /** An all-capital acronym of two to six letters, tagged a proper noun, right before or after a speech verb. */
    private boolean acronymSpeaks(int i) {
        String w = t.token(i);
        return w.length() >= 2 && w.length() <= 6 && isAllCaps(w) && t.upos(i) == UPos.PROPN
                && w.chars().allMatch(Character::isLetter) && (i + 1 < n && speechVerbAt(i + 1)
                        || i > 0 && speechVerbAt(i - 1) && i + 1 < n && t.upos(i + 1) == UPos.PUNCT);
    }

    /** The body named before token i whose capitalised words' initials spell the acronym, or null. */
    private String byInitials(String acronym, int i) {
        String found = null;
        for (M m : mentions) {
            Builder b = actors.get(m.key);
            if (m.removed || m.first >= i || b == null || b.kind == ActorKind.PERSON || b.kind == ActorKind.STATE
                    || b.kind == ActorKind.GROUP || m.key.equals(found)) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String part : b.name.split("[\\s\\-–]+")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    initials.append(part.charAt(0));
                }
            }
            if (initials.length() >= 2 && initials.toString().equals(acronym)) {
                if (found != null) {
                    return null; // two bodies with these initials: leave it
                }
                found = m.key;
            }
        }
        return found;
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

    private static boolean orgHead(String w) {
        return ORG_HEADS_MILITARY.contains(w) || ORG_HEADS_GOVERNMENT.contains(w) || ORG_HEADS_OTHER.contains(w)
                || ORG_HEADS_BUSINESS.contains(w);
    }

    private void organisations(int s) {
        int first = t.sentenceFirstToken(s);
        int end = t.sentenceEndToken(s);
        for (int h = first; h < end; h++) {
            String w = t.token(h);
            if (owner[h] >= 0 || !orgHead(w)) {
                continue;
            }
            // business names do not join across "and" ("SpaceX and Tyvak Nano-Satellite Systems" are two)
            boolean business = ORG_HEADS_BUSINESS.contains(w);
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
                } else if (ORG_HEADS_MILITARY.contains(w) && pw.matches("\\d+(st|nd|rd|th)")) {
                    b = p; // military units are numbered: "2nd Battalion", "507th Air Refueling Wing"
                    break;
                } else if ((pw.equals("-") || pw.equals("–") || pw.equals("and") && !business || pw.equals("of"))
                        && p - 1 >= first && owner[p - 1] < 0 && Character.isUpperCase(t.token(p - 1).charAt(0))) {
                    b = p;
                } else {
                    break;
                }
            }
            int e = h + 1;
            while (e + 1 < end && owner[e] < 0 && owner[e + 1] < 0 && NAME_LINKS.contains(t.token(e))
                    && !(business && t.token(e).equals("and"))
                    && Character.isUpperCase(t.token(e + 1).charAt(0)) && !NOT_NAMES.contains(t.token(e + 1))
                    && !CORE_TITLES.contains(t.token(e + 1))) {
                e += 2;
                while (e < end && owner[e] < 0 && Character.isUpperCase(t.token(e).charAt(0))
                        && !NOT_NAMES.contains(t.token(e)) && !CORE_TITLES.contains(t.token(e))) {
                    e++;
                }
            }
            // "American Farm Bureau Federation": further head words belong to the name, the last one decides
            while (e < end && owner[e] < 0 && orgHead(t.token(e))) {
                w = t.token(e);
                e++;
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
            if (e - b == 1 && BARE_HEADS.contains(w)) {
                // "the Department": the body with that head named before, or no actor at all
                String lw = w.toLowerCase(Locale.ROOT);
                M named = nearestBefore(b, x -> x.kind != ActorKind.PERSON && x.kind != ActorKind.GROUP
                        && x.kind != ActorKind.STATE && (" " + x.name.toLowerCase(Locale.ROOT) + " ").contains(" " + lw + " "));
                if (named != null) {
                    addMention(b - 1, e, named.key);
                }
                h = e - 1;
                continue;
            }
            if (NOT_ACTOR_NAMES.stream().anyMatch(x -> name.equals(x) || name.endsWith(" " + x))) {
                h = e - 1;
                continue; // "Oval Office": a room, not a body
            }
            boolean nonGovernment = false;
            for (int x = b; x < e; x++) {
                nonGovernment |= NON_GOVERNMENT_WORDS.contains(t.token(x));
            }
            ActorKind kind = ORG_HEADS_MILITARY.contains(w) ? ActorKind.MILITARY
                    : ORG_HEADS_GOVERNMENT.contains(w) && !nonGovernment ? ActorKind.GOVERNMENT_BODY : ActorKind.ORGANIZATION;
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
            // "(SDF)": the acronym in brackets, which the tokenizer may split ("SD", "F")
            int close = e + 1;
            while (close < end && close < e + 5 && !t.token(close).equals(")")
                    && (close == e + 1 || t.tokenBegin(close) == t.tokenEnd(close - 1))) {
                close++;
            }
            if (e + 1 < end && t.token(e).equals("(") && close < end && close > e + 1 && t.token(close).equals(")")) {
                String acronym = text.substring(t.tokenBegin(e + 1), t.tokenEnd(close - 1));
                if (acronym.matches("[A-Z][A-Za-z\\-]*[A-Z]")) {
                    acronyms.putIfAbsent(acronym, key);
                    addMention(e + 1, close, key);
                }
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
        if (p.end < n && t.upos(p.end) == UPos.NOUN && t.sentenceOf(p.end) == t.sentenceOf(p.first)
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
                    && (t.upos(i + 1) == UPos.VERB || t.upos(i + 1) == UPos.AUX)) {
                addMention(i, i + 1, someGroup);
                continue;
            }
            if (Character.isUpperCase(w.charAt(0)) && w.length() > 3 && w.endsWith("s") && demonymPlural(i)) {
                continue; // "Iraqis", "Syrians": a group of the state
            }
            boolean owned = OWNED_GROUP_NOUNS.contains(lower);
            boolean capitalisedGroup = CAPITALISED_GROUP_NOUNS.contains(w);
            if (!(GROUP_NOUNS.contains(lower) || owned || capitalisedGroup) || (Character.isUpperCase(w.charAt(0))
                    && i > t.sentenceFirstToken(s) && !heading[s] && !capitalisedGroup)) {
                continue;
            }
            if (i + 1 < n && t.sentenceOf(i + 1) == s && t.upos(i + 1) == UPos.NOUN
                    && Character.isLowerCase(t.token(i + 1).charAt(0))) {
                continue; // "police brutality", "teachers union": a modifier of the noun after it, no group
            }
            int b = i;
            while (b - 1 >= t.sentenceFirstToken(s) && owner[b - 1] < 0) {
                String m = t.token(b - 1);
                String ml = m.toLowerCase(Locale.ROOT);
                boolean adj = (t.upos(b - 1) == UPos.ADJ || GROUP_MODIFIER_NOUNS.contains(ml))
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
            if (owned && ownerKey == null && modifiers.isEmpty()) {
                continue; // "people", "the public": a group only as "the Iraqi people", "the international community"
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

    /** "Iraqis" after the state's adjective "Iraqi": a group mention owned by the state. */
    private boolean demonymPlural(int i) {
        String w = t.token(i);
        List<AliasIndex.Form> forms = index.lookup(AliasIndex.normalise(w.substring(0, w.length() - 1)));
        if (forms == null) {
            return false;
        }
        for (AliasIndex.Form f : forms) {
            if (f.adjective() && AliasIndex.isState(f.entry())) {
                String state = entryActor(f.entry());
                String key = state + "." + norm(w);
                actors.computeIfAbsent(key, k -> new Builder(k, w, ActorKind.GROUP, null, state, null));
                addMention(i, i + 1, key);
                return true;
            }
        }
        return false;
    }

    /**
     * "he", "she", "his", "her", "him": a person mentioned before it in text order, within three sentences,
     * who fits (gender, quotations): the nearest one, or for a subject pronoun the main subject of the
     * nearest earlier sentence naming someone. Nearest, not the last one a rule found: "Smith said ...
     * Vindman registered his concerns. He testified" gives "He" to Vindman, never back to the earlier speaker.
     */
    private void pronouns() {
        int[] quoteOf = quotes();
        Map<String, Character> genders = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String w = lower(i);
            if (owner[i] >= 0 || !THIRD_PERSON_PERSONAL.contains(w)) {
                continue;
            }
            int s = t.sentenceOf(i);
            char gender = FEMININE_PRONOUNS.contains(w) ? 'F' : 'M';
            int q = quoteOf[t.tokenBegin(i)];
            // "“He knows what he did,” Smith said": a third person in a quotation is not its speaker
            String speaker = q >= 0 ? quoteSpeaker(q) : null;
            List<M> candidates = new ArrayList<>();
            for (M m : mentions) {
                if (m.removed || m.first >= i || s - t.sentenceOf(m.first) > 3) {
                    continue;
                }
                Builder b = actors.get(m.key);
                if (b == null || b.kind != ActorKind.PERSON || m.key.equals(speaker)) {
                    continue;
                }
                // a pronoun outside quotes does not point into one ("“Trump makes it worse,” he said")
                int mq = quoteOf[t.tokenBegin(m.first)];
                if (q < 0 && mq >= 0 || q >= 0 && mq >= 0 && mq != q) {
                    continue;
                }
                char g = genders.computeIfAbsent(m.key, this::gender);
                if (g != '?' && g != gender) {
                    continue;
                }
                candidates.add(m);
            }
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(Comparator.comparingInt((M m) -> m.first).reversed());
            M best = candidates.get(0);
            if (t.deprel(i).is(org.sightline.nlp.api.DepRel.NSUBJ) && t.sentenceOf(best.first) < s) {
                // a subject pronoun continues the subject of the nearest earlier sentence naming someone
                // ("Castor asked Morrison about Vindman. He asked ..." is Castor), not its last-named person;
                // within its own sentence the nearest person stays ("about Trump's call when he asked")
                // the main clause's subject first ("Volker told the committee that the president was not
                // corrupt. He said ..." is Volker), then any subject
                int near = t.sentenceOf(best.first);
                int level = 0;
                for (M m : candidates) {
                    if (t.sentenceOf(m.first) != near) {
                        break;
                    }
                    int l = subjectLevel(m);
                    if (l > level) {
                        best = m;
                        level = l;
                    }
                }
            }
            addMention(i, i + 1, best.key);
            // a person of unknown gender keeps the gender of the first pronoun given to them ("Taylor Swift
            // ... she described ... He has denied" is not Swift)
            if (genders.get(best.key) == '?') {
                genders.put(best.key, gender);
            }
        }
    }

    /** Whether a name is a business's: one of its words is a business head ("Kotak Securities", "Acme Corp."). */
    private static boolean business(String name) {
        for (String w : name.split(" ")) {
            if (ORG_HEADS_BUSINESS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention is an oblique or a modifier by the parse ("due to NASA", "of the University"), not an owner. */
    private boolean oblique(M m) {
        for (int x = m.first; x < m.end; x++) {
            int h = t.head(x);
            if (h < m.first || h >= m.end) {
                org.sightline.nlp.api.DepRel r = t.deprel(x);
                return r.is(org.sightline.nlp.api.DepRel.OBL)
                        || r.is(org.sightline.nlp.api.DepRel.NMOD) && r != org.sightline.nlp.api.DepRel.NMOD_POSS
                        || prepositionBefore(m, x);
            }
        }
        return false;
    }

    /**
     * Whether head {@code x} of mention {@code m} has a preposition of its own right before the mention, whatever relation the
     * parse gives the phrase ("were due to NASA" read as a clause with "NASA" its predicate); a possessive's case follows it.
     */
    private boolean prepositionBefore(M m, int x) {
        for (int y = m.first - 1; y >= 0 && y >= m.first - 3; y--) {
            if (t.head(y) == x && t.deprel(y).is(org.sightline.nlp.api.DepRel.CASE)) {
                return true;
            }
        }
        return false;
    }

    /** 2 for the subject of the sentence's main verb, 1 for another subject or a speaker before a speech verb, else 0. */
    private int subjectLevel(M m) {
        for (int x = m.first; x < m.end; x++) {
            int h = t.head(x);
            if (t.deprel(x).is(org.sightline.nlp.api.DepRel.NSUBJ) && (h < m.first || h >= m.end)) {
                return h >= 0 && t.head(h) < 0 ? 2 : 1;
            }
        }
        return m.end < n && speechVerbAt(m.end) ? 1 : 0;
    }

    /**
     * 'F', 'M' or '?' for a person: by courtesy title or gendered word in their mentions or role ("Ms.",
     * "spokeswoman"), else by their given name when the name lists know it.
     */
    private char gender(String key) {
        Builder b = actors.get(key);
        for (M m : mentions) {
            if (!m.removed && m.key.equals(key)) {
                char g = genderWord(lower(m.first).replace(".", ""));
                if (g != '?') {
                    return g;
                }
            }
        }
        if (b.role != null) {
            for (String w : b.role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                char g = genderWord(w);
                if (g != '?') {
                    return g;
                }
            }
        }
        String given = b.name.split(" ")[0];
        return FEMALE_GIVEN_NAMES.contains(given) ? 'F' : MALE_GIVEN_NAMES.contains(given) ? 'M' : '?';
    }

    private static char genderWord(String w) {
        return FEMALE_WORDS.contains(w) ? 'F' : MALE_WORDS.contains(w) ? 'M' : '?';
    }

    /** The live mention nearest before token i whose actor passes the test, or null. */
    private M nearestBefore(int i, java.util.function.Predicate<Builder> test) {
        return nearestMention(i, m -> true, test);
    }

    /** The live mention nearest before token i that passes the mention test and whose actor passes the actor test. */
    private M nearestMention(int i, java.util.function.Predicate<M> where, java.util.function.Predicate<Builder> test) {
        M best = null;
        for (M m : mentions) { // pass order, not text order: compare positions
            if (m.removed || m.first >= i || best != null && m.first <= best.first || !where.test(m)) {
                continue;
            }
            Builder b = actors.get(m.key);
            if (b != null && test.test(b)) {
                best = m;
            }
        }
        return best;
    }

    // ---- role phrases ------------------------------------------------------------------------------

    /**
     * A person named by role: "the secretary", "the commander of U.S. Central Command", "Central
     * Command spokesman", "The Secretary of State". A person of the document whose role has that word
     * takes the mention ("Defense Secretary Ash Carter" ... "the secretary"); otherwise the role phrase is
     * a person of its own, named by the phrase. Indefinite phrases ("a soldier") are no one in particular.
     */
    private void rolePhrases() {
        for (int h = 0; h < n; h++) {
            String lw0 = lower(h);
            // a plural role counts only as "one of our soldiers": one person of the group
            boolean plural = !PERSON_ROLES.contains(lw0) && PERSON_ROLES.contains(t.lemma(h).toLowerCase(Locale.ROOT));
            String lw = plural ? t.lemma(h).toLowerCase(Locale.ROOT) : lw0;
            boolean referenceOnly = !PERSON_ROLES.contains(lw) && REFERENCE_ROLES.contains(lw) && !plural;
            if (owner[h] >= 0 || !(PERSON_ROLES.contains(lw) || referenceOnly) || !(t.upos(h) == UPos.NOUN || t.upos(h) == UPos.PROPN
                    || t.upos(h) == UPos.ADJ && h + 1 < n && (t.upos(h + 1) == UPos.PUNCT || t.upos(h + 1) == UPos.VERB))) {
                continue; // the tagger reads some role nouns as adjectives ("The secretary added")
            }
            int s = t.sentenceOf(h);
            int first = t.sentenceFirstToken(s);
            boolean dAffaires = h + 1 < n && (lower(h + 1).startsWith("d’") || lower(h + 1).startsWith("d'"));
            if (h + 1 < n && t.sentenceOf(h + 1) == s && (t.upos(h + 1) == UPos.NOUN || t.upos(h + 1) == UPos.PROPN)
                    && !lower(h + 1).equals("general") && !dAffaires) {
                continue; // "minister level", "Secretary Kerry" (a name: the titled-person rule's)
            }
            boolean definite = false;
            String orgKey = null;
            int b = h;
            while (b - 1 >= first) {
                int p = b - 1;
                String pl = lower(p);
                if (owner[p] >= 0) {
                    M m = mentions.get(owner[p]);
                    Builder a = actors.get(m.key);
                    if (a != null && a.kind != ActorKind.PERSON && a.kind != ActorKind.GROUP) {
                        orgKey = m.key; // "CJTF-OIR spokesperson", "U.S. Central Command commander"
                        definite = true;
                    }
                    break;
                }
                if (pl.equals("the") || pl.equals("this") || pl.equals("that") || pl.equals("our") || pl.equals("its")
                        || pl.equals("their") || pl.equals("whose")) {
                    b = p;
                    definite = true;
                    break;
                }
                if ((pl.equals("'s") || pl.equals("’s")) && p > first && owner[p - 1] >= 0) {
                    M m = mentions.get(owner[p - 1]);
                    Builder a = actors.get(m.key);
                    if (a != null && a.kind != ActorKind.PERSON) {
                        orgKey = m.key; // "the Pentagon's spokesman"
                        definite = true;
                    }
                    break;
                }
                String pw = t.token(p);
                if (ROLE_MODIFIERS.contains(pl) || t.upos(p) == UPos.ADJ
                        || Character.isUpperCase(pw.charAt(0)) && (t.upos(p) == UPos.PROPN || isTitle(pw))
                        || pw.matches("\\d+(st|nd|rd|th)")) {
                    b = p; // lower-case adjectives and demonyms: "the American service member"
                    continue;
                }
                break;
            }
            if (plural) {
                if (!(definite && b >= 2 && b - 2 >= first && lower(b - 2).equals("one") && lower(b - 1).equals("of")
                        && owner[b - 2] < 0 && owner[b - 1] < 0)) {
                    continue;
                }
                b -= 2; // "one of our brave service members"
            }
            if (b - 1 >= first && owner[b - 1] < 0 && (lower(b - 1).equals("a") || lower(b - 1).equals("an")
                    || lower(b - 1).equals("another") || lower(b - 1).equals("each") || lower(b - 1).equals("every"))) {
                boolean relative = h + 1 < n && (lower(h + 1).equals("who") || lower(h + 1).equals("whose"));
                if (!relative || !lower(b - 1).startsWith("a") || lower(b - 1).equals("another")) {
                    continue; // "a soldier" is no one in particular ...
                }
                b--; // ... but "the death of a soldier who was supporting the operation" is one
                definite = true;
            }
            int e = dAffaires ? h + 2 : h + 1; // "Chargé d’Affaires"
            // "China's ambassador to Britain": the state the role is posted to is part of the phrase, not a
            // mention of its own (a claim by the ambassador is no claim by Britain)
            if (POSTED_ROLES.contains(lw) && e + 1 < n && t.sentenceOf(e + 1) == s && lower(e).equals("to")
                    && owner[e] < 0 && owner[e + 1] >= 0) {
                M posted = mentions.get(owner[e + 1]);
                Builder a = actors.get(posted.key);
                if (posted.first == e + 1 && a != null && a.kind == ActorKind.STATE) {
                    posted.removed = true;
                    for (int x = posted.first; x < posted.end; x++) {
                        owner[x] = -1;
                    }
                    e = posted.end;
                }
            }
            // "of U.S. Central Command", "of State", "of Defense": the role's organisation or department
            if (e + 1 < n && t.sentenceOf(e + 1) == s && lower(e).equals("of")) {
                int x = e + 1;
                if (owner[x] >= 0) {
                    M m = mentions.get(owner[x]);
                    Builder a = actors.get(m.key);
                    if (a != null && a.kind != ActorKind.PERSON && a.kind != ActorKind.GROUP && m.first == x) {
                        orgKey = m.key;
                        definite = true;
                    }
                } else if (TITLE_MODIFIERS.contains(t.token(x)) && Character.isUpperCase(t.token(x).charAt(0))) {
                    while (x < n && owner[x] < 0 && t.sentenceOf(x) == s && TITLE_MODIFIERS.contains(t.token(x))) {
                        x++;
                    }
                    e = x;
                }
            }
            if (b - 2 >= 0 && t.token(b - 1).equals(",") && owner[b - 2] >= 0
                    && actors.get(mentions.get(owner[b - 2]).key).kind == ActorKind.PERSON) {
                continue; // "Joseph Votel, commander, U.S. Central Command": the name already is the mention
            }
            // "The CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend": the person named next
            M apposed = null;
            if (e + 1 < n && t.token(e).equals(",") && owner[e + 1] >= 0
                    && actors.get(mentions.get(owner[e + 1]).key).kind == ActorKind.PERSON) {
                apposed = mentions.get(owner[e + 1]);
            }
            boolean capitalised = Character.isUpperCase(t.token(h).charAt(0));
            if (!definite && apposed == null && !(capitalised && b < h)) {
                continue; // a bare "secretary" or "commander" in running text
            }
            int nb = b < h && isDeterminer(b) ? b + 1 : b;
            String role = text.substring(t.tokenBegin(nb), t.tokenEnd(e - 1));
            M named = nearestBefore(h, x -> x.kind == ActorKind.PERSON && x.role != null && !x.key.startsWith("PERSON.ROLE.")
                    && (" " + x.role.toLowerCase(Locale.ROOT) + " ").contains(" " + lw + " "));
            String key;
            if (apposed != null) {
                key = apposed.key;
            } else if (named != null) {
                key = named.key;
            } else if (referenceOnly) {
                continue; // "the analyst" with no analyst named before: no one the text has named
            } else {
                String phrase = orgKey != null && !role.contains(actors.get(orgKey).name) && e == h + 1 && nb == h
                        ? role + " of " + actors.get(orgKey).name : role;
                key = "PERSON.ROLE." + norm(phrase);
                String ok = orgKey;
                actors.computeIfAbsent(key, k -> new Builder(k, phrase, ActorKind.PERSON, null, ok, phrase));
            }
            addMention(b, e, key);
            h = e - 1;
        }
    }

    private boolean isDeterminer(int x) {
        String w = lower(x);
        return w.equals("the") || w.equals("this") || w.equals("that") || w.equals("our") || w.equals("its")
                || w.equals("their") || w.equals("whose");
    }

    // ---- first person and documents ---------------------------------------------------------------

    /**
     * "I", "we", "my", "our" ...: inside a quotation, its speaker ("“We condemn it,” Kirby said"; "we"
     * is the speaker's state or body when the gazetteer gives one); in a transcript turn ("MR KIRBY:
     * ..."), that speaker; elsewhere the document's author ("I") or publisher ("we", and "I" when no
     * author is known). Left alone when none of them is known.
     */
    private void firstPerson() {
        int[] quoteOf = quotes();
        String[] turnOf = turns();
        String authorKey = null;
        String publisherKey = null;
        for (int i = 0; i < n; i++) {
            String w = lower(i);
            boolean singular = FIRST_PERSON_SINGULAR.contains(w);
            if (owner[i] >= 0 || !(singular || FIRST_PERSON_PLURAL.contains(w)) || t.token(i).length() > 1 && isAllCaps(t.token(i))) {
                continue;
            }
            if (singular && !w.equals("i") && !w.equals("me") && !w.equals("my") && !w.equals("myself") && !w.equals("mine")) {
                continue;
            }
            String key = null;
            int q = quoteOf[t.tokenBegin(i)];
            if (q >= 0) {
                key = quoteSpeaker(q);
            } else if (turnOf[i] != null) {
                key = turnOf[i];
            } else {
                if (singular && author != null) {
                    authorKey = authorKey != null ? authorKey : namedActor(author, ActorKind.PERSON);
                    key = authorKey;
                } else if (publisher != null) {
                    publisherKey = publisherKey != null ? publisherKey : namedActor(publisher, ActorKind.ORGANIZATION);
                    key = publisherKey;
                }
            }
            if (key != null && !singular) {
                Builder b = actors.get(key);
                if (b != null && b.kind == ActorKind.PERSON && b.partOf != null && actors.containsKey(b.partOf)) {
                    key = b.partOf; // a minister's "we" is their government
                }
            }
            if (key != null) {
                addMention(i, i + 1, key);
            }
        }
    }

    private int[] quoteOfChar;

    /** For each character, the index of the quotation holding it (curly or straight quotes), or -1; computed once. */
    private int[] quotes() {
        if (quoteOfChar == null) {
            quoteOfChar = findQuotes();
        }
        return quoteOfChar;
    }

    private int[] findQuotes() {
        int[] of = new int[text.length() + 1];
        java.util.Arrays.fill(of, -1);
        quoteSpans.clear();
        int open = -1;
        boolean curly = false;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (open < 0 && (ch == '“' || ch == '"' && (c == 0 || !Character.isLetterOrDigit(text.charAt(c - 1))))) {
                open = c;
                curly = ch == '“';
            } else if (open >= 0 && (curly ? ch == '”' : ch == '"')) {
                quoteSpans.add(new int[] {open, c + 1});
                for (int x = open; x <= c; x++) {
                    of[x] = quoteSpans.size() - 1;
                }
                open = -1;
            } else if (open >= 0 && ch == '\n' && c + 1 < text.length() && text.charAt(c + 1) == '\n' && !curly) {
                open = -1; // an unclosed straight quote ends with its paragraph
            }
        }
        return of;
    }

    private final List<int[]> quoteSpans = new ArrayList<>();

    /** The speaker of a quotation: the actor with a speech verb right after it or right before it. */
    private String quoteSpeaker(int q) {
        int[] span = quoteSpans.get(q);
        int after = t.tokenAtOrAfter(span[1]);
        for (int x = after; x >= 0 && x < n && x < after + 6; x++) {
            String w = t.token(x);
            if (w.equals(".") || w.equals("“") || w.equals("\"") || w.equals("?") || w.equals("!")) {
                break;
            }
            if (owner[x] >= 0) {
                M m = mentions.get(owner[x]);
                boolean verbBefore = x - 1 >= after && speechVerbAt(x - 1) || x - 2 >= after && speechVerbAt(x - 2);
                if (speechVerbAt(m.end) || verbBefore) {
                    return m.key;
                }
            }
        }
        // "Kirby said: “...", "Carter added, “...": a speech verb right before the quote and its subject
        int open = t.tokenAtOrAfter(span[0]);
        for (int v = open - 1; v >= 0 && v >= open - 3; v--) {
            if (t.upos(v) == UPos.VERB && CUES.isSpeakingVerb(t.lemma(v))) {
                for (int x = v - 1; x >= 0 && x >= v - 3; x--) {
                    if (owner[x] >= 0 && speechVerbAt(mentions.get(owner[x]).end)) {
                        return mentions.get(owner[x]).key;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** For each token, the speaker of the transcript turn holding it ("MR KIRBY: Thank you."), or null. */
    private String[] turns() {
        String[] of = new String[n];
        String speaker = null;
        for (int i = 0; i < n; i++) {
            boolean lineStart = t.tokenBegin(i) == 0 || text.charAt(t.tokenBegin(i) - 1) == '\n';
            if (lineStart) {
                speaker = null;
                if (owner[i] >= 0) {
                    M m = mentions.get(owner[i]);
                    if (m.first == i && m.end < n && t.token(m.end).equals(":")) {
                        speaker = m.key;
                    }
                }
            }
            of[i] = speaker;
        }
        return of;
    }

    /** The actor a document-level name stands for: a gazetteer entry when it has the name, else a new one. */
    private String namedActor(String name, ActorKind kind) {
        List<AliasIndex.Form> forms = index.lookup(AliasIndex.normalise(name));
        if (forms != null) {
            for (AliasIndex.Form f : forms) {
                if (!f.adjective() && !f.entry().generic()) {
                    return entryActor(f.entry());
                }
            }
        }
        String key = kind == ActorKind.PERSON ? personKey(List.of(name.split("\\s+"))) : norm(name);
        actors.computeIfAbsent(key, k -> new Builder(k, name, kind, null, null, null));
        return key;
    }

    /**
     * "the release", "the statement", "the readout": the body the text named as its issuer before ("according
     * to a Defense Department news release ... the release said"), else the document's publisher, who issued
     * it. Left alone when neither is known (the text's own bodies may be the subject, not the issuer).
     */
    private void documentReferences() {
        Map<String, String> issuer = new HashMap<>(); // document noun -> the body of its latest "a <body> news release"
        String key = null;
        for (int i = 1; i < n; i++) {
            String w = lower(i);
            if (!DOCUMENT_NOUNS.contains(w)) {
                continue;
            }
            int b = i - 1;
            while (b > 0 && owner[b] < 0 && ROLE_MODIFIERS.contains(lower(b))) { // "the press release", "a DoD news release"
                b--;
            }
            if (owner[b] >= 0) {
                Builder a = actors.get(mentions.get(owner[b]).key);
                if (a != null && a.kind != ActorKind.PERSON && a.kind != ActorKind.GROUP) {
                    issuer.put(w, a.key);
                }
                continue;
            }
            if (owner[i] >= 0 || !lower(b).equals("the") || i + 1 < n && lower(i + 1).equals("of")) {
                continue;
            }
            String named = issuer.get(w);
            if (named != null) {
                addMention(b, i + 1, named);
            } else if (publisher != null) {
                key = key != null ? key : namedActor(publisher, ActorKind.ORGANIZATION);
                addMention(b, i + 1, key);
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
        M m = new M(first, end, key, currentRule);
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
            int b = m.charBegin >= 0 ? m.charBegin : t.tokenBegin(m.first);
            int e = m.charEnd >= 0 ? m.charEnd : t.tokenEnd(m.end - 1);
            String surface = text.substring(b, e);
            out.add(new ActorMention(b, e, surface, m.key, m.rule));
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
        if (s.length() > 1 && isAllCaps(s)) {
            return false; // "US" is a state, "us" a pronoun
        }
        String w = s.toLowerCase(Locale.ROOT);
        return THIRD_PERSON_PERSONAL.contains(w) || FIRST_PERSON_SINGULAR.contains(w) || FIRST_PERSON_PLURAL.contains(w)
                || w.equals("others") || w.equals("it") || w.equals("they");
    }

    static String norm(String s) {
        return s.toUpperCase(Locale.ROOT).replace('’', '\'').replaceAll("[^A-Z0-9']+", "_").replaceAll("^_+|_+$", "");
    }
}
