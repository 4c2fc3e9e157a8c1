package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.claims.api.ClaimType;

/**
 * {@code speaker-colon}: the turns of a transcript, "WALLACE: Do you regret it?" (guidelines, section 2): a line that
 * opens with a speaker's name in capitals and a colon; the name is the source, the colon the cue, the rest of the line
 * the content, and nothing inside the turn is claimed apart (outermost only). An unnamed reporter's turn
 * ("QUESTION: ...", "Question: ...", list {@code turn-labels}, in any case) is sourceless with the label as its cue. Only
 * in a transcript (see {@link #transcript()}), so a lone "NOTE:", datelines or a price list ("VIP : ...") are no
 * dialogue; section labels ({@code section-labels}, {@code headline-labels}) are never
 * speakers.
 */
final class SpeakerColonRule extends RuleFamily {

    /** The most tokens a speaker's label may have ("SEN. LINDSEY GRAHAM (R-SC)"). */
    private static final int MAX_LABEL = 8;

    /** A courtesy title before a name in capitals ("Ms. BABA GROOM:", "Sen. JOHN KERRY:"), as some transcripts write it. */
    private static final Pattern COURTESY = Pattern.compile("[A-Z][a-z]{1,3}\\.");

    /** The end of a sentence ("slept.": the tokenizer may keep the stop on a word before capitals); a label may follow. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!]|[”\"]|''");

    /** Whether the document is a transcript; computed on first use. */
    private Boolean transcript;

    SpeakerColonRule(RuleContext ctx) {
        super(ctx, "speaker-colon");
    }

    /** A turn may be a question: "WALLACE: Do you regret it?" is the interviewer's turn (guidelines). */
    @Override
    public boolean readsQuestions() {
        return true;
    }

    @Override
    public void apply(int s) {
        int first = t.sentenceFirstToken(s);
        int colon = labelColon(first);
        if (colon < 0 || !transcript()) {
            return;
        }
        int end = turnEnd(colon);
        while (end > colon + 1 && t.token(end - 1).equals(".")) {
            end--;
        }
        if (end - colon < 3) {
            return;
        }
        for (int x = first; x < end; x++) {
            if (used[x]) {
                return;
            }
        }
        boolean reporter = TURN_LABELS.contains(label(first, colon));
        Found f = reporter ? new Found("speaker-colon", lower(first), ClaimType.STATEMENT, first, colon)
                : new Found("speaker-colon", ":", ClaimType.STATEMENT, colon, colon + 1);
        if (!reporter) {
            f.srcFirst = first;
            f.srcEnd = colon;
        }
        f.content.add(new int[] {colon + 1, end});
        add(f);
        used[colon] = true; // a reporter's turn has the label as cue: its colon is no one else's either
    }

    /**
     * The end of the turn whose label ends at {@code colon}: the end of its line, or the next speaker's label on the same
     * line (a transcript whose lines were joined into paragraphs, as pages reposting one and EWT's weblogs have them).
     */
    private int turnEnd(int colon) {
        int end = lineEndToken(colon);
        for (int s = t.sentenceOf(colon) + 1; s < t.sentenceCount() && t.sentenceFirstToken(s) < end; s++) {
            int first = t.sentenceFirstToken(s);
            if (labelColon(first) > first) {
                return first;
            }
        }
        return end;
    }

    /**
     * The colon after a label in capitals that opens the line, or a sentence after a full stop, at token {@code first}
     * ("WALLACE:", "MR. PRICE:", "SEN. LINDSEY GRAHAM (R-SC):", "Ms. BABA GROOM (Former Campaign Worker):"), written
     * right after the label; else -1. Section labels are no speakers.
     */
    private int labelColon(int first) {
        if (first > 0 && sameLine(t.tokenEnd(first - 1), t.tokenBegin(first)) && !SENTENCE_END.matcher(t.token(first - 1)).matches()) {
            return -1;
        }
        int depth = 0;
        for (int x = first; x < n && x - first <= MAX_LABEL; x++) {
            String w = t.token(x);
            if (w.equals(":")) {
                if (x == first) {
                    return -1; // a line or sentence that opens with the colon has no label ("... groups. : (I think ...)")
                }
                boolean attached = t.tokenBegin(x) == t.tokenEnd(x - 1);
                String label = label(first, x);
                return attached && depth == 0 && !SECTION_LABELS.contains(label) && !HEADLINE_LABELS.contains(label)
                        && !SECTION_LABELS.contains(lower(first)) ? x : -1;
            }
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth == 0 && !w.equals(")") && !capitals(w) && !(x == first && (TURN_LABELS.contains(lower(x)) || COURTESY.matcher(w).matches()))) {
                return -1;
            }
        }
        return -1;
    }

    /** A word in capitals ("WALLACE", "MR.", "O'ROURKE", "R-SC"): at least one letter and no lower-case one. */
    private static boolean capitals(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter || w.equals(".") || w.equals("-");
    }

    private String label(int first, int colon) {
        return text.substring(t.tokenBegin(first), t.tokenEnd(colon - 1)).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the labels that head lines read as a dialogue: a reporter's question ("QUESTION:"), or turns of two
     * speakers at least, of whom one is a person the document names ("WALLACE:" beside "Chris Wallace") or one answers
     * a turn that asks. Datelines ("NEW DELHI: ...", "MUMBAI: ...") and page furniture ("PICTURED: ...", "UP NEXT:
     * ...") head lines with labels too, but name no person and ask nothing.
     */
    private boolean transcript() {
        if (transcript == null) {
            Set<String> speakers = new HashSet<>();
            boolean reporter = false;
            boolean answered = false;
            String asking = null; // the label of the turn before, when that turn asks
            for (int s = 0; s < t.sentenceCount(); s++) {
                int first = t.sentenceFirstToken(s);
                int colon = labelColon(first);
                if (colon > first) {
                    String label = label(first, colon);
                    if (TURN_LABELS.contains(label)) {
                        reporter = true;
                    } else {
                        speakers.add(label);
                    }
                    answered |= asking != null && !asking.equals(label);
                    asking = t.token(turnEnd(colon) - 1).equals("?") ? label : null;
                }
            }
            transcript = reporter || speakers.size() >= 2 && (answered || speakers.stream().anyMatch(this::namesPerson));
        }
        return transcript;
    }

    /** Whether a word of {@code label} (lower case) is the last word of a person's name or alias in the document. */
    private boolean namesPerson(String label) {
        Set<String> words = new HashSet<>(Arrays.asList(label.split("[^\\p{L}'-]+")));
        for (ActorRef a : ctx.actors.actors()) {
            if (a.kind() == ActorKind.PERSON) {
                for (String name : names(a)) {
                    String[] w = name.toLowerCase(Locale.ROOT).split(" ");
                    if (words.contains(w[w.length - 1])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> names(ActorRef a) {
        List<String> all = new ArrayList<>(a.aliases());
        all.add(a.name());
        return all;
    }
}
