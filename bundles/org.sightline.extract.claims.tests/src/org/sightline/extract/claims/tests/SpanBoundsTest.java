package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The edges of the spans of claims that are found (round 13, docs/extraction.md "Round 13: source and content
 * bounds"), on sentences written for this test, each with a near miss whose span must stay as it is.
 */
class SpanBoundsTest {

    private static List<String> claims(String text) {
        return ClaimText.withRules(text);
    }

    @Test
    void aLeadingTimeOrFocusAdverbStaysOutOfTheCue() {
        assertEquals(List.of("<verb-cue> [The treasurer] [said] [the fund was empty]"),
                claims("The treasurer also said the fund was empty."));
        assertEquals(List.of("<verb-cue> [Ravel] [believes] [that the vote was rigged]"),
                claims("Ravel still believes that the vote was rigged."));
        // near misses: a manner adverb is part of the cue, and an adverb inside the verb group stays
        assertEquals(List.of("<verb-cue> [The inspectors] [sharply criticised] [the audit]"),
                claims("The inspectors sharply criticised the audit."));
        assertEquals(List.of("<verb-cue> [The board] [has also said] [the plant will close]"),
                claims("The board has also said the plant will close."));
    }

    @Test
    void theColonAfterAVerbCueIsNoPartOfIt() {
        assertEquals(List.of("<verb-cue> [The coach] [said] [“We played badly.”]"),
                claims("The coach said: “We played badly.”"));
    }

    @Test
    void theHearerBeforeAnInfinitiveIsNoContent() {
        // the surface reading where the parse puts the hearer or the infinitive elsewhere (guidelines 6: no recipient)
        assertEquals(List.of("<verb-cue> [The coalition] [urged] [not to sign the budget]"),
                claims("The coalition urged the regional councils not to sign the budget."));
        assertEquals(List.of("<verb-cue> [The union] [is urging] [to act]"),
                claims("The union is urging the Department of Labor to act."));
        assertEquals(List.of("<verb-cue> [The union] [is urging] [to strike]"), claims("The union is urging them to strike."));
        // near misses: the object of a wish is the content's subject, and a phrase after the hearer opens the clause
        assertEquals(List.of("<verb-cue> [The board] [wanted] [its staff to work from home]"),
                claims("The board wanted its staff to work from home."));
        assertEquals(List.of("<verb-cue> [The minister] [told] [the decision to close the plant was final]"),
                claims("The minister told reporters the decision to close the plant was final."));
    }

    @Test
    void theTimeOrOccasionOfSpeakingAfterTheSourceStaysOut() {
        assertEquals(List.of("<verb-cue> [The auditor] [said] [the accounts were incomplete]"),
                claims("The auditor on Friday said the accounts were incomplete."));
        assertEquals(List.of("<verb-cue> [Holm] [said] [the plan was dead]"), claims("Holm in a radio interview said the plan was dead."));
        // near misses: a place inside the name, and the time of a participle inside the source
        assertEquals(List.of("<verb-cue> [The commander of the forces in the region] [said] [the roads were closed]"),
                claims("The commander of the forces in the region said the roads were closed."));
        assertEquals(List.of("<verb-cue> [A survey published in March] [found] [that most tenants were behind on rent]"),
                claims("A survey published in March found that most tenants were behind on rent."));
        // ... and a phrase whose head names no medium or time, though a medium word stands in it
        assertEquals(List.of("<verb-cue> [Analysts in the video industry] [said] [the merger would fail]"),
                claims("Analysts in the video industry said the merger would fail."));
    }

    @Test
    void aFullStopBeforeAClosingBracketIsNoContent() {
        assertEquals(List.of("<verb-cue> [The bakery] [denies] [any wrongdoing]"),
                claims("(The bakery denies any wrongdoing.) Its owner was not reached."));
        // near miss: a stop inside a quotation is the speaker's
        assertEquals(List.of("<verb-cue> [The coach] [said] [“We played badly.”]"), claims("The coach said: “We played badly.”"));
    }

    @Test
    void aQuotationOpenedInTheContentRunsOnToItsClose() {
        // guidelines 6: the quote's later sentences, with no new source, are the same content (step quote-close)
        assertEquals(List.of("<verb-cue> [The mayor] [said] [the plan was “a mistake. We will not repeat it.”]"),
                claims("The mayor said the plan was “a mistake. We will not repeat it.”"));
        // a quotation left open at its paragraph's end runs on into the next paragraph opening with a quote mark
        assertEquals(List.of("<verb-cue> [The mayor] [said] [“The bridge is closed. Nobody may cross it. … “We will reopen it in the spring.”]"),
                claims("The mayor said: “The bridge is closed. Nobody may cross it.\n\n“We will reopen it in the spring.”"));
        // near misses: a quotation left open with no quotation after its paragraph is not run on, and a closed one ends
        assertEquals(List.of("<verb-cue> [The mayor] [said] [“The bridge is closed]"),
                claims("The mayor said: “The bridge is closed. Nobody may cross it.\n\nThe council met on Monday."));
        assertEquals(List.of("<verb-cue> [The mayor] [said] [“The bridge is closed.”]"),
                claims("The mayor said: “The bridge is closed.” The council disagreed."));
    }

    @Test
    void aQuotationInTheNextParagraphContinuesAfterTheReportingClausesLastWords() {
        // the words ending the reporting clause do not stop step quote-paragraphs (guidelines 6)
        assertEquals(List.of("<reporting-tail> [the mayor] [said in a statement] [“The bridge is closed,” … “It will reopen in the spring.”]"),
                claims("“The bridge is closed,” the mayor said in a statement on Friday.\n\n“It will reopen in the spring.”"));
        // near miss: a cue in the rest of the paragraph may own the next quotation
        assertEquals(List.of("<verb-cue> [the mayor] [said] [“The bridge is closed,”]", "<verb-cue> [the engineers] [warned of] [cracks]"),
                claims("“The bridge is closed,” the mayor said on Friday, after the engineers warned of cracks.\n\n“It will reopen in the spring.”"));
    }

    @Test
    void aResumedQuotationKeepsAVerbAfterACommaThatReportsNoQuote() {
        // the quoted speaker's own "we expect" after a comma is no tail of another speaker (Quotes.containsCue)
        assertEquals(List.of("<reporting-tail> [the treasurer] [wrote] [“The levy was a mistake,” … “Leaving aside the fees, we expect a loss.”]"),
                claims("“The levy was a mistake,” the treasurer wrote. “Leaving aside the fees, we expect a loss.”"));
        // near miss: a verb reporting a quote after a comma is a speaker's tail, so the piece is not joined
        assertEquals(List.of("<reporting-tail> [the treasurer] [wrote] [“The levy was a mistake,”]"),
                claims("“The levy was a mistake,” the treasurer wrote. “Leaving aside the fees, she said, the town will lose.”"));
    }

    @Test
    void theNextParagraphsOpeningQuoteMarkIsNoPartOfThePiece() {
        // a straight quote opening the next paragraph hung on the sentence before: cut, and the quotation runs on
        assertEquals(List.of("<verb-cue> [The auditor] [said] [\"The ledger is incomplete. … \"Several pages are missing.\"]"),
                claims("The auditor said: \"The ledger is incomplete.\n\n\"Several pages are missing.\""));
        // near miss: a quotation with a speaker of its own in the next paragraph stays its own
        assertEquals(List.of("<verb-cue> [The auditor] [said] [the ledger was incomplete]",
                "<reporting-tail> [the clerk] [said] [\"Several pages are missing,\"]"),
                claims("The auditor said the ledger was incomplete.\n\n\"Several pages are missing,\" the clerk said."));
    }

    @Test
    void aParticipleModifyingTheHearerBeforeThatStaysOutWithIt() {
        // guidelines 6: the recipient is no content, a participle before the noun included
        assertEquals(List.of("<verb-cue> [The mayor] [told] [that the bridge would reopen]"),
                claims("The mayor told cheering residents that the bridge would reopen."));
        // near miss: a relative "that" after a reported thing opens no content
        assertEquals(List.of("<verb-cue> [The agency] [reported] [rising losses that worried investors]"),
                claims("The agency reported rising losses that worried investors."));
    }

    @Test
    void aSecondQuotationJoinedByAndIsAFurtherPiece() {
        assertEquals(List.of("<verb-cue> [The nurses] [chanted] [“Fund the clinics,” … “Hire more staff,”]"),
                claims("The nurses chanted, “Fund the clinics,” and “Hire more staff,” outside the hospital."));
        // near miss: a speaker named after the second quotation owns it
        assertEquals(List.of("<verb-cue> [The nurses] [chanted] [“Fund the clinics,”]", "<reporting-tail> [the matron] [said] [“Hire more staff,”]"),
                claims("The nurses chanted, “Fund the clinics,” and “Hire more staff,” the matron said."));
    }

    @Test
    void aQuotedFragmentEndingTheClauseBeforeATailKeepsTheClause() {
        // guidelines 6: the content is the whole clause said, not only its quoted end
        assertEquals(List.of("<reporting-tail> [the senator] [said] [The new levy is “a tax on the poor,”]"),
                claims("The new levy is “a tax on the poor,” the senator said."));
        // near miss: a quotation opening with a capital is a sentence of its own, whatever stands before it
        assertEquals(List.of("<reporting-tail> [the mayor] [said] [“We will not pay it,”]"),
                claims("The levy passed in June “We will not pay it,” the mayor said."));
    }
}
