package org.sightline.extract.claims.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;

/**
 * The attribution rules: rule families ({@link AttributionRule}) run in one fixed order over a document,
 * each on the tokens the earlier ones left; token indices throughout, spans are converted to character
 * offsets at the end ({@link Records}). Conventions follow PARC 3.0 as described in attribution-dev/README;
 * the families and their ids are listed in docs/extraction.md.
 */
public final class AttributionRules {

    /**
     * The rule families in the order they run. The position is the priority: an earlier family takes its
     * tokens first and a later one only reads what is left. To add a family, write a class implementing
     * {@link AttributionRule} and put its constructor here (docs/extraction.md, "How to add a rule").
     */
    static final List<Function<RuleContext, AttributionRule>> ORDER = List.of(
            HeadlineRule::new,
            DashTagRule::new,
            AskedOpenerRule::new,
            SpeakerColonRule::new,
            ReportingTailRule::new,
            AccordingToRule::new,
            RaisingRule::new,
            ToClarifyRule::new,
            AsClauseRule::new,
            IdiomRule::new,
            RelativeAsideRule::new,
            PseudoCleftRule::new,
            VerbCueRule::new,
            LabelParticipleRule::new,
            NounCueRule::new,
            SelfLabelRule::new,
            ParseAdverbRule::new,
            ParseParentheticalRule::new,
            ParseVerbRule::new,
            AgentPassiveRule::new,
            ObjectRelativeRule::new,
            PassiveSubjectRule::new,
            LearnedVetoRule::new,
            LearnedCueRule::new);

    private AttributionRules() {
    }

    /** The attributions of a document, in the order of their cues. */
    public static List<ClaimRecord> find(AnnotatedText text, ActorResult actors) {
        return records(run(text, actors, LearnedCues.byDefault(), LearnedCues.THRESHOLD, LearnedCues.VETO));
    }

    /**
     * Runs the families of {@link #ORDER} on a document; {@code learned} null leaves {@code learned-veto} and
     * {@code learned-cue} off, {@code veto} 0 the veto.
     */
    static RuleContext run(AnnotatedText text, ActorResult actors, LearnedCues learned, double threshold, double veto) {
        RuleContext ctx = new RuleContext(text, actors, learned, threshold, veto);
        for (Function<RuleContext, AttributionRule> family : ORDER) {
            AttributionRule rule = family.apply(ctx);
            for (int s = 0; s < text.sentenceCount(); s++) {
                if (rule.readsQuestions() || !ctx.question(s)) {
                    rule.apply(s);
                }
            }
        }
        for (Found f : ctx.found) {
            ctx.quotes.runToClose(f, ctx.found); // step quote-close
        }
        for (Found f : ctx.found) {
            ctx.quotes.continueIntoParagraphs(f, ctx.found); // step quote-paragraphs
        }
        return ctx;
    }

    /**
     * Step {@code quoted-cue}: a cue inside a quotation is the quoted speaker's, nested in the quotation's own
     * attribution ("“I don’t see that there’s any option,” he said", also in a quotation's later sentences and
     * paragraphs), and only the outermost counts (guidelines, section 1). Its tokens stay taken, so no later family
     * reads them either.
     */
    static boolean quotedCue(RuleContext ctx, Found f) {
        return ctx.quotes.insideQuotation(f.cueFirst);
    }

    /** The claim records of the attributions found, in the order of their cues. */
    static List<ClaimRecord> records(RuleContext ctx) {
        ctx.found.sort((a, b) -> Integer.compare(a.cueFirst, b.cueFirst));
        Records records = new Records(ctx);
        List<ClaimRecord> out = new ArrayList<>();
        for (Found f : ctx.found) {
            if (!quotedCue(ctx, f)) {
                out.addAll(records.of(f));
            }
        }
        return out;
    }
}
