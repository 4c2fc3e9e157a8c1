package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Nominal cues of round 8, session 11 (docs/extraction.md, "Nominal cues"), on sentences written for this test: a
 * holder in "by" before the noun's clause, a time between the noun and its preposition, noun modifiers after a
 * possessor, a prepositional content that ends with its noun phrase, the new nouns (worry, charge, threat,
 * frustration, debate, narrative); round 16's light verbs and existentials ("made an attempt to", "there is talk
 * that"); and the near misses each must leave unread.
 */
class NominalCuesTest {

    private static List<String> claims(String text) {
        return ClaimText.withRules(text);
    }

    /** Only the claims of the nominal rule. */
    private static List<String> nounClaims(String text) {
        return claims(text).stream().filter(c -> c.startsWith("<noun-cue>")).toList();
    }

    @Test
    void holderInByBeforeTheClause() {
        assertEquals(List.of("<noun-cue> [the health ministry] [an earlier declaration] [that the risk was minimal]"),
                claims("The outbreak came despite an earlier declaration by the health ministry that the risk was minimal."));
        assertEquals(List.of("<noun-cue> [Democrats] [an effort] [to establish the facts]"),
                claims("The hearings are an effort by Democrats to establish the facts."));
        // a relative clause after the agent is no content
        assertEquals(List.of(), nounClaims("Officials read a report by the agency that was published on Monday."));
    }

    @Test
    void coordinatedCueNounsEachTakeTheirOwnContent() {
        assertEquals(List.of("<noun-cue> [-] [expectations of] [a trade deal]",
                "<noun-cue> [-] [expectations of] [lower rates]",
                "<noun-cue> [the market's] [expectations of] [a strong recovery]"),
                nounClaims("Shares are supported by expectations of a trade deal, expectations of lower rates and the market's "
                        + "expectations of a strong recovery."));
    }

    @Test
    void prepositionalContentEndsWithItsNounPhrase() {
        assertEquals(List.of("<noun-cue> [the party's] [claim to] [a divine right of power]"),
                nounClaims("The protests degrade the party's claim to a divine right of power and weaken its leaders."));
    }

    @Test
    void timeBetweenTheNounAndItsPreposition() {
        assertEquals(List.of("<noun-cue> [-] [criticism] [its decision to end the programme]"),
                nounClaims("The ministry faced criticism on Tuesday over its decision to end the programme."));
    }

    @Test
    void nounModifiersAfterAPossessorJoinTheCue() {
        assertEquals(List.of("<noun-cue> [his] [initial Instagram announcement of] [the pregnancy]"),
                nounClaims("In his initial Instagram announcement of the pregnancy, the actor thanked his fans."));
    }

    @Test
    void worryAndFrustration() {
        assertEquals(List.of("<noun-cue> [-] [Worries over] [global demand]"),
                nounClaims("Worries over global demand sent prices lower."));
        // "some" before the cue is its determiner, not a generic quantifier ("all reports of" stays unread)
        assertEquals(List.of("<noun-cue> [-] [some worries over] [global demand next year]"),
                nounClaims("The oversupply, combined with some worries over global demand next year, sent prices lower."));
        assertEquals(List.of(), nounClaims("The agency takes all reports of abuse seriously."));
        assertEquals(List.of("<noun-cue> [Their] [frustration with] [the delays]"),
                nounClaims("Their frustration with the delays grew."));
    }

    @Test
    void aChargeNamesAnOffenceNotAnAmount() {
        assertEquals(List.of("<noun-cue> [-] [a charge of] [conspiracy to commit fraud]"),
                nounClaims("He faces a charge of conspiracy to commit fraud."));
        assertEquals(List.of(), nounClaims("The bank adds a charge of $5 for each transfer."));
        assertEquals(List.of(), nounClaims("She was put in charge of the inquiry."));
        assertEquals(List.of(), nounClaims("He took charge of the team in May."));
        // "against" is no preposition a charge takes its content with
        assertEquals(List.of(), nounClaims("The court dropped the charges against him."));
    }

    @Test
    void aThreatOfAMeasureNotOfWeather() {
        assertEquals(List.of("<noun-cue> [-] [The threat of] [tariffs]"),
                nounClaims("The threat of tariffs has pushed suppliers to move."));
        assertEquals(List.of(), nounClaims("The threat of rain kept the crowds away."));
    }

    @Test
    void debateAndNarrative() {
        assertEquals(List.of("<noun-cue> [-] [debate over] [how best to use the building]"),
                nounClaims("The house will become a police station after years of debate over how best to use the building."));
        assertEquals(List.of(), nounClaims("She won the first debate of the season."));
        assertEquals(List.of("<noun-cue> [Xi's] [global narrative of] [a China that is destined to lead]"),
                nounClaims("The protests weaken Xi's global narrative of a China that is destined to lead."));
    }

    @Test
    void sourcelessAttitudes() {
        assertEquals(List.of("<noun-cue> [-] [a rejection of] [the extradition bill]"),
                nounClaims("What began as a rejection of the extradition bill became a broader movement."));
        assertEquals(List.of("<noun-cue> [-] [a deep skepticism of] [power]"),
                nounClaims("The theme of his books is a deep skepticism of power."));
        // a feeling or faith without a holder only before a that-clause
        assertEquals(List.of("<noun-cue> [-] [a nagging feeling] [that the show will end]"),
                nounClaims("There is a nagging feeling that the show will end."));
        assertEquals(List.of(), nounClaims("The feeling of the room was calm."));
        assertEquals(List.of(), nounClaims("She kept her faith in the team."));
    }

    @Test
    void anInfinitiveANounDoesNotTakeIsNotItsContent() {
        // "interpret X to mean": the infinitive is the verb's; a statement takes a clause, not an infinitive
        assertEquals(List.of(), nounClaims("Analysts interpret his statement to mean that rates will fall."));
    }

    @Test
    void aHoldersNounLinkedToItsClauseByTheCopula() {
        // round 11 (EWT text): "his view is that ..." had no link the rule read
        assertEquals(List.of("<noun-cue> [Her] [view] [that the tax is unfair]"), claims("Her view is that the tax is unfair."));
        assertEquals(List.of("<noun-cue> [The senator's] [firm belief] [that the bill would pass]"),
                nounClaims("The senator's firm belief was that the bill would pass, and she voted for it."));
        // near misses: no holder; a noun that is no cue
        assertEquals(List.of(), claims("The view is that the tax is unfair."));
        assertEquals(List.of(), claims("His problem is that nobody listens."));
    }

    // Round 16 (session 19): noun cues after light verbs and in existentials

    @Test
    void theSubjectOfALightVerbHoldsItsNoun() {
        assertEquals(List.of("<noun-cue> [The union] [made a fresh attempt] [to reopen the talks]"),
                nounClaims("The union made a fresh attempt to reopen the talks."));
        assertEquals(List.of("<noun-cue> [The minister] [launched an initiative] [to persuade the rebels to return]"),
                nounClaims("The minister launched an initiative to persuade the rebels to return."));
        assertEquals(List.of("<noun-cue> [The ministry] [issued a warning] [that the river would flood]"),
                nounClaims("The ministry issued a warning that the river would flood."));
        // a negated act counts: "no" is no generic quantifier when the light verb's subject holds the noun
        assertEquals(List.of("<noun-cue> [We] [have no doubt] [that the bridge will hold]"),
                nounClaims("We have no doubt that the bridge will hold."));
        // drawings, a lecture, an auction bid, a passive: no infinitive or clause of the noun, or no holder
        assertEquals(List.of(), nounClaims("The architect made plans of the old mill."));
        assertEquals(List.of(), nounClaims("He gave a talk that lasted an hour."));
        assertEquals(List.of(), nounClaims("The collector made a bid of two million dollars."));
        assertEquals(List.of(), nounClaims("Attempts were made to contact the owners."));
        // the content ends with the noun's phrase, before the main clause after a fronted "as" clause
        assertEquals(List.of("<noun-cue> [Smith] [made plans] [to leave the army and go to law school]"),
                nounClaims("Then, in 1990, as Smith made plans to leave the army and go to law school, he again started writing "
                        + "letters."));
        // with "have", an infinitive with no object of its own takes the noun as its object: no content
        assertEquals(List.of("<noun-cue> [They] [have a plan] [to build a bridge]"),
                nounClaims("They have a plan to build a bridge."));
        assertEquals(List.of(), nounClaims("I have a decision to make before lunch."));
    }

    @Test
    void anExistentialStatesTheCueWithoutAHolder() {
        assertEquals(List.of("<noun-cue> [-] [talk] [that the ferry will stop running]"),
                nounClaims("There is talk that the ferry will stop running."));
        // a phrase of the verb between the noun and its clause
        assertEquals(List.of("<noun-cue> [-] [clear hints] [that the budget would shrink]"),
                nounClaims("There were clear hints in the capital that the budget would shrink."));
        assertEquals(List.of(), nounClaims("There was a talk that lasted two hours."));
        assertEquals(List.of(), nounClaims("There are talks between the two parties."));
    }

    @Test
    void rumoursAboutATopic() {
        assertEquals(List.of("<noun-cue> [-] [rumours about] [a new strike at the port]"),
                nounClaims("There are rumours about a new strike at the port."));
        // the phrase ends before a clause of its own after the comma
        assertEquals(List.of("<noun-cue> [-] [rumours about] [a strike at the port]"),
                nounClaims("There are rumours about a strike at the port, and I have heard workers discussing it."));
    }
}
