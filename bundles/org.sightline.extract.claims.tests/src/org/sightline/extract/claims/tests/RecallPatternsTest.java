package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.claims.api.ClaimFinder;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.NlpModels;

/**
 * The rule families of issue 12's recall round (docs/extraction.md), on sentences written for this test:
 * each family's forms, and the near misses it must leave alone.
 */
class RecallPatternsTest {

    /** All claims of a text, as "&lt;rule&gt; [source] [cue] [content … content]". */
    private static List<String> claims(String text) {
        AnnotatedText t = NlpModels.shared().newAnnotator().annotate(text);
        return ClaimFinder.find(t, ActorRecognizer.recognize(t)).stream().map(c -> show(text, c)).toList();
    }

    private static String show(String text, ClaimRecord c) {
        return "<" + c.rule() + "> [" + (c.sourceSpan() == null ? "-" : c.sourceSpan().of(text)) + "] ["
                + c.cueSpan().of(text) + "] [" + String.join(" … ", c.contentSpans().stream().map(s -> s.of(text)).toList()) + "]";
    }

    // ---- raising: "seem", "appear", "look like", "sound like" --------------------------------------

    @Test
    void raisingVerbsAreSourcelessWithSubjectAndComplement() {
        assertEquals(List.of("<raising> [-] [appears] [The plan … consistent with the earlier proposal]"),
                claims("The plan appears consistent with the earlier proposal."));
        assertEquals(List.of("<raising> [-] [do indeed seem] [The talks … to be stalled]"),
                claims("The talks do indeed seem to be stalled."));
        assertEquals(List.of("<raising> [-] [doesn't seem] [The merger … like a good idea]"),
                claims("The merger doesn't seem like a good idea."));
    }

    @Test
    void raisingExpletiveAndLikeClauseJoinTheCue() {
        assertEquals(List.of("<raising> [-] [It sounds like] [the deal will be signed next week]"),
                claims("It sounds like the deal will be signed next week."));
        assertEquals(List.of("<raising> [-] [It seems] [that the talks have failed]"),
                claims("It seems that the talks have failed."));
    }

    @Test
    void raisingLeavesAppearancesAndReportedJudgementsAlone() {
        assertEquals(List.of(), claims("The senator appeared in court on Monday."));
        assertEquals(List.of(), claims("He looked surprised."));
        assertEquals(List.of(), claims("The company is looking to expand in Asia."));
        // outermost only: the critics' statement holds the judgement
        assertEquals(List.of("<verb-cue> [Critics] [said] [the plan seems unworkable]"),
                claims("Critics said the plan seems unworkable."));
    }

    // ---- passive-subject: agentless passive cues whose subject is content ---------------------------

    @Test
    void passiveWithPrepositionKeepsItInTheCue() {
        assertEquals(List.of("<passive-subject> [-] [is accused of] [He … leaking secret documents]"),
                claims("He is accused of leaking secret documents, which could bring a long prison term."));
        assertEquals(List.of("<passive-subject> [-] [is best known for] [The firm … its audits]"),
                claims("The firm is best known for its audits."));
        assertEquals(List.of("<passive-subject> [-] [was sentenced to] [He … ten years in prison]"),
                claims("He was sentenced to ten years in prison."));
    }

    @Test
    void passiveWithInfinitive() {
        assertEquals(List.of("<passive-subject> [-] [is thought] [Europa … to harbor a huge ocean beneath its ice]"),
                claims("Europa is thought to harbor a huge ocean beneath its ice."));
        assertEquals(List.of("<passive-subject> [-] [is known] [The building … to be very cold]"),
                claims("The building is known to be very cold."));
    }

    @Test
    void passiveSubjectLeavesPlainPassivesAlone() {
        assertEquals(List.of(), claims("She was admitted to hospital on Saturday."));
        assertEquals(List.of(), claims("The tests were given to all pupils."));
        assertEquals(List.of(), claims("The bridge was closed for repairs."));
    }

    // ---- round 3: a question's closing quote, then the speaker in a sentence of its own ----------------

    @Test
    void aQuotedQuestionKeepsItsSpeakerAcrossTheSentenceSplit() {
        // the sentence detector splits after "?”" before a capital: the speaker stands alone
        assertEquals(List.of("<reporting-tail> [Lopez] [asked] [“Will you resign?”]",
                "<reporting-tail> [the minister] [replied] [“No,”]"),
                claims("“Will you resign?” Lopez asked. “No,” the minister replied."));
        assertEquals(List.of("<reporting-tail> [Harris] [shouted] [“Stop the convoy!”]"),
                claims("“Stop the convoy!” Harris shouted again."));
        // a participle clause after the cue is no content
        assertEquals(List.of("<reporting-tail> [Councillor Reyes] [asked] [“Is the bridge safe?”]"),
                claims("“Is the bridge safe?” Councillor Reyes asked before leaving the room."));
        // the quote resumed in the next sentence still joins, unless that sentence names its own speaker
        assertEquals(List.of("<reporting-tail> [Warren] [asked] [“Where did the money go?” … “Nobody can tell us.”]"),
                claims("“Where did the money go?” Warren asked. “Nobody can tell us.”"));
        assertEquals(List.of("<reporting-tail> [the mayor] [asked] [“Who pays for the bridge?”]",
                "<reporting-tail> [she] [said] [“Nobody knows.”]"),
                claims("“Who pays for the bridge?” the mayor asked. “Nobody knows.” she said."));
        // a question closing a paragraph is no content of the next paragraph's sentence
        assertEquals(List.of(), claims("“Who pays for the bridge?”\n\nMartin Lopez asked a question."));
    }

    // ---- round 3: records as the source of evidence verbs --------------------------------------------

    @Test
    void aRecordShowsWhatItHolds() {
        assertEquals(List.of("<verb-cue> [The footage] [shows] [soldiers firing into the crowd]"),
                claims("The footage shows soldiers firing into the crowd."));
        assertEquals(List.of("<verb-cue> [A scan of the hull] [revealed] [a crack near the keel]"),
                claims("A scan of the hull revealed a crack near the keel."));
        assertEquals(List.of("<verb-cue> [Satellite images] [showed] [that the runway had been repaired]"),
                claims("Satellite images showed that the runway had been repaired."));
        assertEquals(List.of("<verb-cue> [The new figures] [show] [a sharp fall in exports]"),
                claims("The new figures show a sharp fall in exports."));
    }

    @Test
    void anEventOrAPersonShowingAThingIsNoAttribution() {
        assertEquals(List.of(), claims("This attack only underscores the danger."));
        assertEquals(List.of(), claims("The senator showed the photo to reporters."));
        assertEquals(List.of(), claims("The storm showed no sign of weakening."));
    }

    // ---- round 3: the medium after the cue ("wrote in her memoir") --------------------------------------

    @Test
    void theMediumJoinsTheCue() {
        assertEquals(List.of("<reporting-tail> [Okafor] [wrote in her memoir] [The river had flooded twice that spring]"),
                claims("The river had flooded twice that spring, Okafor wrote in her memoir."));
        // a relative clause about the medium is no part of the attribution
        assertEquals(List.of("<reporting-tail> [the researchers] [wrote in the paper] [The vaccine cut infections by half]"),
                claims("The vaccine cut infections by half, the researchers wrote in the paper, which appeared in a"
                        + " medical journal on Monday."));
        // compound media stay whole
        assertEquals(List.of("<reporting-tail> [the governor] [said in a video message] [Taxes will not rise]"),
                claims("Taxes will not rise, the governor said in a video message."));
        assertEquals(List.of("<verb-cue> [He] [wrote in a blog post] [that the fund had lost money]"),
                claims("He wrote in a blog post that the fund had lost money."));
    }

    // ---- round 3: what follows a reporting tail, and a second cue joined by "and" ----------------------

    @Test
    void anAdverbialClauseAfterTheTailIsNoContent() {
        assertEquals(List.of("<reporting-tail> [the lawyer] [said] [“We will appeal,”]"),
                claims("“We will appeal,” the lawyer said as he left the court."));
    }

    @Test
    void aSecondCueJoinedByAndEndsTheFirstContent() {
        assertEquals(List.of("<verb-cue> [Mora] [said] [she never saw the letter]",
                "<verb-cue> [Mora] [added] [“I would remember it.”]"),
                claims("Mora said she never saw the letter and added, “I would remember it.”"));
        assertEquals(List.of("<verb-cue> [Mora] [said] [she never saw the letter]",
                "<verb-cue> [Mora] [added] [that she would remember it]"),
                claims("Mora said she never saw the letter and added that she would remember it."));
        // "added" without what it reports is no cue: the content runs on
        assertEquals(List.of("<verb-cue> [The firm] [said] [profits rose and added 300 jobs]"),
                claims("The firm said profits rose and added 300 jobs."));
    }

    // ---- round 3: hopes and concerns without a holder ---------------------------------------------------

    @Test
    void hopesAndConcernsOfAThingAreSourceless() {
        // the phrase heading the subject ends at the sentence predicate
        assertEquals(List.of("<noun-cue> [-] [Hopes of] [a ceasefire]"),
                claims("Hopes of a ceasefire lifted markets on Monday."));
        assertEquals(List.of("<noun-cue> [-] [concerns over] [the budget]"),
                claims("Investors shrugged off concerns over the budget."));
        // hopes for a party, and no hope at all, are nobody's claim
        assertEquals(List.of(), claims("The coach has high hopes for the team."));
        assertEquals(List.of(), claims("There is no hope of rescue."));
    }

    // ---- round 4: a subject and its past-tense cue are no reduced relative --------------------------

    @Test
    void aSubjectBeforeAPastTenseCueIsItsSource() {
        assertEquals(List.of("<verb-cue> [Analysts] [estimated] [that the war cost billions]"),
                claims("Analysts estimated that the war cost billions."));
        assertEquals(List.of("<verb-cue> [Farmers] [feared] [that the drought would last]"),
                claims("Farmers feared that the drought would last."));
        assertEquals(List.of("<verb-cue> [The group] [planned] [to march on Sunday]"),
                claims("The group planned to march on Sunday."));
        // a participle after its noun inside a larger clause still is one
        assertEquals(List.of("<reduced-relative> [-] [aimed at] [ending the war]"),
                claims("The talks aimed at ending the war collapsed."));
    }
}
