package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Speech verbs in the structures of recall round 7 (docs/extraction.md), on sentences written for this test: a
 * tail after a quote that ends its own sentence, a tail with a place, an occasion or an adjunct after it, an
 * inverted source with a participle or a relative clause after it, a source with a relative clause or a participle,
 * a name the parser hangs the verb on, mixed quote styles; and the noun phrases with a relative clause that look
 * like a tail and are none.
 */
class ReportingStructuresTest {

    /** All claims of a text, as "&lt;rule&gt; [source] [cue] [content … content]". */
    private static List<String> claims(String text) {
        return ClaimText.withRules(text);
    }

    @Test
    void speakerAfterAQuoteThatEndsItsOwnSentence() {
        // the sentence detector splits after the full stop inside the quote, so the speaker stands alone
        assertEquals(List.of("<reporting-tail> [Morales] [testified] [“The bridge will reopen next week.” … “We have the funding.”]"),
                claims("“The bridge will reopen next week.” Morales testified. “We have the funding.”"));
    }

    @Test
    void placeOccasionOrAdjunctAfterTheTail() {
        assertEquals(List.of("<reporting-tail> [she] [explained] [Prices will keep rising]"),
                claims("Prices will keep rising, she explained on a radio programme."));
        assertEquals(List.of("<reporting-tail> [Lindqvist] [said] [“We are ready,”]"),
                claims("“We are ready,” Lindqvist said before the vote."));
        assertEquals(List.of("<reporting-tail> [the harbour master] [said] [The port will close for repairs]"),
                claims("The port will close for repairs, the harbour master said on Monday, after weeks of complaints from shipping firms."));
    }

    @Test
    void invertedSourceFollowedByAParticipleOrARelativeClause() {
        assertEquals(List.of("<reporting-tail> [the mayor] [replied] [“It depends on the budget,”]",
                "<participle> [the mayor] [noting] [that funding was cut]"),
                claims("“It depends on the budget,” replied the mayor, noting that funding was cut."));
        assertEquals(List.of("<reporting-tail> [Jensen] [asked] [“Who approved it?”]"),
                claims("“Who approved it?” asked Jensen, who chairs the committee."));
        // round 12: a relative opened by "whose", its own cue verb included, is no part of the source and no tail of its own
        assertEquals(List.of("<reporting-tail> [Moreno] [said] [\"The new rules are a disaster for small farms,\" … \"Nobody listened.\"]"),
                claims("\"The new rules are a disaster for small farms,\" said Moreno, whose group has fought them since June. "
                        + "\"Nobody listened.\""));
        assertEquals(List.of("<reporting-tail> [the lawyer] [said] [“We will appeal,”]", "<verb-cue> [client] [denies] [the charges]"),
                claims("“We will appeal,” said the lawyer, whose client denies the charges."));
    }

    @Test
    void mixedQuoteStylesPair() {
        assertEquals(List.of("<reporting-tail> [Jensen] [said] [\"We never agreed to that,”]"),
                claims("\"We never agreed to that,” said Jensen."));
    }

    @Test
    void doubledStraightQuotesPairLikeDoubleQuotes() {
        // session 14: '' and `` (some publishers, Penn Treebank text) are quotation marks, resumed quotes included
        assertEquals(List.of("<reporting-tail> [the governor] [said] [''We will not back down,'' … ''The law is on our side.'']"),
                claims("''We will not back down,'' the governor said. ''The law is on our side.''"));
        assertEquals(List.of("<reporting-tail> [the governor] [said] [``We will not back down,'']"),
                claims("``We will not back down,'' the governor said."));
    }

    @Test
    void sourceWithARelativeClauseOrAParticiple() {
        // the relative's own cue keeps its clause, with the relative pronoun alone as its source (guidelines 5); the main verb is
        // the attribution, with the whole subject as source
        assertEquals(List.of("<verb-cue> [who] [did not want] [to be named]",
                "<verb-cue> [An official who did not want to be named] [said] [the talks had stalled]"),
                claims("An official who did not want to be named said the talks had stalled."));
    }

    @Test
    void nameTheParserHangsTheVerbOn() {
        assertEquals(List.of("<parse-verb> [Maria Lopez, head of research at a Lisbon bank,] [pointed out] [that rates remain high]"),
                claims("Maria Lopez, head of research at a Lisbon bank, pointed out that rates remain high."));
    }

    @Test
    void anInvertedTailWhoseVerbIsTaggedAsANoun() {
        // round 11: the tagger reads "comments", "notes" before a name as a plural noun on it
        assertEquals(List.of("<reporting-tail> [Ilse Varga of the port authority] [comments] [“Traffic has doubled since May,”]"),
                claims("“Traffic has doubled since May,” comments Ilse Varga of the port authority."));
        assertEquals(List.of("<reporting-tail> [Okafor] [notes] [“The ward is full,”]"), claims("“The ward is full,” notes Okafor."));
        // near miss: the same nouns after a quote that are no tail
        assertEquals(List.of(), claims("He read “Field Notes” notes Okafor had left."));
    }

    @Test
    void aDashTagSignsTheQuotationOrPostAbove() {
        // round 11: a review's signature line, a pasted post signed with its handle and date, and a signature after a quotation
        // (round 13: an unquoted post's full stop is no content, guidelines 6)
        assertEquals(List.of("<dash-tag> [Petra V.] [–] [“Friendly guides and a short queue.”]"),
                claims("“Friendly guides and a short queue.”\n\n– Petra V."));
        assertEquals(List.of("<dash-tag> [Tor**] [–] [“Good seats.”]"), claims("“Good seats.”\n\n– Tor**"));
        assertEquals(List.of("<dash-tag> [Lakeside Ferries] [—] [Crossings resume at noon after the storm]"),
                claims("Crossings resume at noon after the storm.\n\n— Lakeside Ferries (@lakeferries) March 3, 2021"));
        assertEquals(List.of("<dash-tag> [Ines Duarte] [—] [“A slow book that stays with you.”]"),
                claims("“A slow book that stays with you.” — Ines Duarte"));
    }

    @Test
    void aDashLineUnderPlainTextOrWordsAfterADashAreNoSignature() {
        // near misses: a menu's list item, a dash that goes on with the sentence, a role in brackets
        assertEquals(List.of(), claims("Starters\n\n– Soups and salads"));
        assertEquals(List.of(), claims("“It was cold” — and then the lights went out."));
        assertEquals(List.of(), claims("Open daily until ten.\n\n— Harbour Cafe (Lisbon)"));
        // a paragraph of two quotes with its own tail: the tail is the attribution, the line under it a byline
        assertEquals(List.of("<reporting-tail> [the coach] [said] [“We won,” … “It was hard.”]"),
                claims("“We won,” the coach said. “It was hard.”\n\n— Ana Reyes"));
    }

    @Test
    void aNounWithARelativeClauseIsNoTail() {
        assertEquals(List.of(), claims("The talks collapsed over pay, a claim the union denied on Friday."));
        // no tail; since round 9 the reduced relative is a sourceless attribution of its own, as the news gold marks it
        assertEquals(List.of("<passive-subject> [-] [announced] [a deal]"), claims("Acme bought the plant, a deal announced at the start of the month."));
        assertEquals(List.of("<reporting-tail> [a union spokesman] [said] [The talks collapsed over pay]"),
                claims("The talks collapsed over pay, a union spokesman said on Friday."));
    }

    @Test
    void aMediumWithItsOwnParticiple() {
        // round 8: the participle belongs to the medium, the content stands before the source
        assertEquals(List.of("<verb-cue> [the bank] [said in a report] [The economy grew]"),
                claims("The economy grew, the bank said in a report released on Monday."));
    }

    @Test
    void anAbsoluteClauseWithItsOwnSourceEndsTheContent() {
        assertEquals(List.of("<verb-cue> [The group] [believes] [that the toll may be much higher]",
                "<parse-verb> [some reports] [suggesting] [as many as 200 have been killed]"),
                claims("The group believes that the toll may be much higher, with some reports suggesting as many as 200 have been killed."));
    }

    @Test
    void anAsideInBracketsIsNeitherPartOfTheClauseNorRunOn() {
        // the aside's content ends at its bracket; the adverb's clause ends before the aside and the next predicate
        // (the second "reportedly" is found too; whether its content holds "Gannett" depends on the parse)
        assertEquals(List.of("<parse-adverb> [-] [reportedly] [Earlier this year, the chain … laid off 60 employees]",
                "<verb-cue> [the company] [would not disclose] [the actual number]"),
                claims("Earlier this year, the chain reportedly laid off 60 employees (the company would not disclose the actual number)"
                        + " and Gannett reportedly laid off several hundred.").subList(0, 2));
    }

    @Test
    void aSourceInsideARelativeClause() {
        assertEquals(List.of("<verb-cue> [The Taliban] [claimed] [responsibility for shooting down the helicopter]",
                "<relative-aside> [it] [said] [which … crashed in Logar province]"),
                claims("The Taliban claimed responsibility for shooting down the helicopter, which it said crashed in Logar province."));
        assertEquals(List.of("<relative-aside> [researchers] [believe] [which … was safe]"),
                claims("The drug, which researchers believe was safe, failed."));
        // inside the "that" clause of an outer cue: only the outermost counts
        assertEquals(List.of("<verb-cue> [He] [explained] [that the firm contacts people who it thinks could benefit]"),
                claims("He explained to them that the firm contacts people who it thinks could benefit."));
    }

    @Test
    void coordinatedSpeakersWithTheirRolesBeforeTheCue() {
        // not an inverted source: "the events" after the cue speak for no one
        assertEquals(List.of("<verb-cue> [Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security"
                + " Council official,] [testified about] [the events at the center of the inquiry]"),
                claims("Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council official,"
                        + " testified about the events at the center of the inquiry."));
    }

    @Test
    void headlines() {
        assertEquals(List.of("<headline> [Obama] [Says] [Democrats Must Unite]"), claims("Obama Says Democrats Must Unite"));
        assertEquals(List.of("<headline> [Police] [Identify] [Man, Woman Found Dead in Plano Apartment]"),
                claims("Updated Police Identify Man, Woman Found Dead in Plano Apartment"));
        // a speaker's colon over a story that names the speaker
        assertEquals(List.of("<headline> [Pence] [:] [We Will Not Back Down]",
                "<verb-cue> [Vice President Mike Pence] [said] [that the administration would not back down]"),
                claims("Pence: We Will Not Back Down\nVice President Mike Pence said on Monday that the administration would not back down."));
        // not a verb agreeing with a speaker, not a speaker, not a headline
        assertEquals(List.of(), claims("Amazon Echo Buds for $130"));
        assertEquals(List.of(), claims("Path A: Iceland, Bulgaria, Hungary"));
        assertEquals(List.of(), claims("Trade Talks Stall as Tariffs Loom"));
    }

    @Test
    void aQuotationSignedWithADashAndAName() {
        // session 14: the dash is the cue, the name the source; nothing inside the signed quotation is claimed apart
        assertEquals(List.of("<dash-tag> [Carla Sanchez] [—] [“Great service, and I think they will do well.”]"),
                claims("Readers wrote in.\n\n“Great service, and I think they will do well.” — Carla Sanchez, Denver\n"));
        assertEquals(List.of("<dash-tag> [Tom Ruiz] [–] [\"I will never go back.\"]"),
                claims("\"I will never go back.\"\n– Tom Ruiz"));
        // a clause after the dash, a dash inside the line: no signature
        assertEquals(List.of(), claims("Their bread was “fresh daily” — nobody believed it."));
        assertEquals(List.of(), claims("It was “the plan” — Mayor Ortiz and his staff — for months."));
    }

    @Test
    void theTurnsOfATranscript() {
        // session 14: a speaker's name in capitals and a colon open the turn; nothing inside the turn is claimed apart
        assertEquals(List.of("<speaker-colon> [HOLT] [:] [Minister, will you sign the treaty?]",
                "<speaker-colon> [MINISTER ADEYEMI] [:] [I said last week that we would sign it. We will]",
                "<speaker-colon> [-] [QUESTION] [Who drafted the text?]"),
                claims("HOLT: Minister, will you sign the treaty?\n\nMINISTER ADEYEMI: I said last week that we would sign it. We will.\n\n"
                        + "QUESTION: Who drafted the text?\n"));
        // a lone label, section labels and a price list are no dialogue
        assertEquals(List.of("<verb-cue> [the firm] [said] [it would appeal]"), claims("NOTE: Later, the firm said it would appeal.\n"));
        assertEquals(List.of(), claims("VIP : 60,000 won for the best seats\nR : 50,000 won for the rest\n"));
        assertEquals(List.of(), claims("UPDATE: The bridge reopened.\n\nNOTE: Traffic is slow.\n"));
        // session 17: a sentence that opens with the colon has no label (reading its label threw and lost the document)
        assertEquals(List.of("<parse-verb> [I] [think] [there are many groups]"),
                claims("STEP ONE: Copy this letter. STEP TWO: Change it as you like. Post it to 200 groups. : (I think there are many groups)"));
        // session 15: two labels make no dialogue unless a turn that asks is answered or a speaker is a person the text
        // names; datelines and page furniture are neither (the old rule took "NEW DELHI" and "PICTURED" for speakers)
        assertEquals(List.of("<verb-cue> [The government] [said] [it would cut fuel taxes]"),
                claims("NEW DELHI: The government said on Monday it would cut fuel taxes.\n\nMUMBAI: Shares rose after the bank held rates.\n"));
        assertEquals(List.of(), claims("PICTURED: The suspect outside court on Tuesday.\n\nUP NEXT: Dallas hosts Miami on Sunday.\n"));
        assertEquals(List.of("<speaker-colon> [INGRAHAM] [:] [The border is open]", "<speaker-colon> [GRAHAM] [:] [It is open and we will close it]"),
                claims("Fox News host Laura Ingraham spoke to the senator on Monday.\n\nINGRAHAM: The border is open.\n\n"
                        + "GRAHAM: It is open and we will close it.\n"));
        // a transcript whose lines were joined into a paragraph: a label after a full stop opens the next turn, and a
        // courtesy title may stand before the name in capitals
        assertEquals(List.of("<speaker-colon> [Ms. DANA REYES (Former Aide)] [:] [He never talked about the war. He was busy]",
                "<speaker-colon> [REYES] [:] [That is true. I saw it]"),
                claims("Former aide Dana Reyes worked on the campaign in 1972.\n\nThe campaign was young. Ms. DANA REYES (Former Aide): "
                        + "He never talked about the war. He was busy. REYES: That is true. I saw it.\n"));
    }

    @Test
    void aQuotationContinuedInTheNextParagraphs() {
        // session 14, step quote-paragraphs: whole-paragraph quotations with no speaker of their own continue the quote
        assertEquals(List.of("<reporting-tail> [the governor] [said] [“We will not back down,” … “The state has the law on its side."
                + " … “And we will win in court.”]"),
                claims("“We will not back down,” the governor said. “The state has the law on its side.\n\n“And we will win in court.”\n\n"
                        + "The hearing is set for May."));
        assertEquals(List.of("<reporting-tail> [Okafor] [said] [“The harbour stays open,” … “Ships will dock as usual.”]",
                "<reporting-tail> [he] [added] [“We hope the strike ends soon,”]"),
                claims("“The harbour stays open,” said Okafor.\n\n“Ships will dock as usual.”\n\n“We hope the strike ends soon,” he added."));
        // a paragraph of the author's own in between, or a signed quotation, ends the run
        assertEquals(List.of("<reporting-tail> [she] [said] [“A deal is close,”]"),
                claims("“A deal is close,” she said.\n\nOfficials disagreed.\n\n“No deal.”"));
    }

    @Test
    void theTimeOrOccasionOfTheSpeakingBeforeTheSourceIsNoContent() {
        // session 15: "Later, in remarks at ..., X said, “...”": the fronted phrases say when and where X spoke
        assertEquals(List.of("<verb-cue> [Esper] [said] [“We strongly oppose violations of international law.”]"),
                claims("Later, in remarks at the party headquarters, Esper said, “We strongly oppose violations of international law.”"));
        assertEquals(List.of("<verb-cue> [the general] [said] [“The offensive is over.”]"),
                claims("But on Tuesday, the general said, “The offensive is over.”"));
        // near miss: a place phrase of the reported fact, or a clause, stays content
        assertEquals(List.of("<verb-cue> [the press secretary] [said] [In Syria … Syrian forces continue to attack civilians]"),
                claims("In Syria, the press secretary said, Syrian forces continue to attack civilians."));
    }

    @Test
    void aSourceKeepsItsPartyTagButNotAFrontedTimePhrase() {
        // session 14, issue 12's boundaries: "Rep. X (R-Ga.)" is the source whole; "Last month," is no part of it
        assertEquals(List.of("<verb-cue> [Rep. Dana Holt (R-Ga.)] [said] [the inquiry was a sham]"),
                claims("Rep. Dana Holt (R-Ga.) said the inquiry was a sham."));
        assertEquals(List.of("<verb-cue> [Sen. Ray Ortiz (D-N.Y.)] [said] [the vote would fail]"),
                claims("Sen. Ray Ortiz (D-N.Y.) said the vote would fail."));
        assertEquals(List.of("<verb-cue> [the minister] [said] [taxes would rise]"), claims("Last month, the minister said taxes would rise."));
        assertEquals(List.of("<verb-cue> [the ministry] [said] [the talks had failed]"), claims("Monday, the ministry said the talks had failed."));
        assertEquals(List.of("<verb-cue> [Lund, who chairs the committee,] [said] [the bill was dead]"),
                claims("Last week, Lund, who chairs the committee, said the bill was dead."));
        // a time word that belongs to the source stays: "Monday's statement"
        assertEquals(List.of("<verb-cue> [Monday's statement] [said] [the talks had failed]"), claims("Monday's statement said the talks had failed."));
    }

    @Test
    void aQuestionPutToTheSubjectOpensTheSentence() {
        assertEquals(List.of("<asked-opener> [-] [Asked] [about the report]", "<verb-cue> [a spokesman] [declined] [to comment]"),
                claims("Asked about the report, a spokesman declined to comment."));
        assertEquals(List.of("<asked-opener> [-] [asked] [whether the talks had failed]", "<verb-cue> [the minister] [said] [they had stalled]"),
                claims("When asked whether the talks had failed, the minister said they had stalled."));
        assertEquals(List.of("<verb-cue> [He] [asked about] [the report]"), claims("He asked about the report."));
    }

    @Test
    void anInvertedSourceKeepsItsModifiers() {
        // round 9: after a closing quote, the inverted source runs on through prepositions and a participle...
        assertEquals(List.of("<reporting-tail> [a report from Kotak Institutional Equities] [said] [\"The market is pricing in a recovery,\"]"),
                claims("\"The market is pricing in a recovery,\" said a report from Kotak Institutional Equities."));
        assertEquals(List.of("<reporting-tail> [the letter signed by seven physicians] [says] [“This mortality rate is an emergency,”]"),
                claims("“This mortality rate is an emergency,” says the letter signed by seven physicians."));
        // ...over a quotation of two sentences, whose own cues are its content...
        assertEquals(List.of("<reporting-tail> [Avi Bell, senior fellow at the Kohelet Policy Forum in Israel] [said] "
                + "[\"The illegality of settlements has always been stated as a fact. The breaking of that consensus is important,\"]"),
                claims("\"The illegality of settlements has always been stated as a fact. The breaking of that consensus is important,\" "
                        + "said Avi Bell, senior fellow at the Kohelet Policy Forum in Israel."));
        // ...up to an adjunct of the whole sentence
        assertEquals(List.of("<reporting-tail> [Doug Cooke, a former NASA associate administrator] [said] [“The few launches are safer,”]"),
                claims("“The few launches are safer,” said Doug Cooke, a former NASA associate administrator, during a hearing last week."));
    }

    @Test
    void aTailSourceIsAllThatStandsBetweenTheQuoteAndTheCue() {
        // round 9: commas and "and" inside a company's name do not end the source
        assertEquals(List.of("<reporting-tail> [Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security,] "
                + "[said in that statement] [“We have developed an approach,”]"),
                claims("“We have developed an approach,” Jim Chilton, senior vice president for space and launch at Boeing Defense, "
                        + "Space, and Security, said in that statement."));
    }

    @Test
    void aTailVerbTheTaggerReadsAsAPluralNoun() {
        // round 9: ", a new study reports." and "” an officer shouts." (both verbs tagged NNS)
        assertEquals(List.of("<reporting-tail> [a new study] [reports] [researchers have now detected one such plume's water vapor "
                + "directly for the first time]"),
                claims("And researchers have now detected one such plume's water vapor directly for the first time, a new study reports."));
        assertEquals(List.of("<reporting-tail> [an officer] [shouts] [“Fort Worth P.D. Open the door! We’re coming in!”]"),
                claims("“Fort Worth P.D. Open the door! We’re coming in!” an officer shouts."));
        // a coordination as the tail's source
        assertEquals(List.of("<reporting-tail> [he and his wife Kali] [explained] [You can make a bigger difference by increasing your income]"),
                claims("You can make a bigger difference by increasing your income, he and his wife Kali explained on an episode of their podcast."));
    }

    @Test
    void anInvertedSourceKeepsTheRelativeOnItsRole() {
        // round 9: "said X, a ROLE who ..." (no comma before "who"): the relative describes the source
        assertEquals(List.of("<reporting-tail> [Bruce Bagley, a professor of international studies at the University of Miami who has "
                + "studied the drug trade] [said] [\"There are no hard data, but the statistics are reasonable,\"]"),
                claims("\"There are no hard data, but the statistics are reasonable,\" said Bruce Bagley, a professor of international "
                        + "studies at the University of Miami who has studied the drug trade."));
        assertEquals(List.of("<reporting-tail> [Ross Burkhart, a Boise State University political scientist who studies U.S.-Canada trade] "
                + "[said] [That would work out to a hit on economic growth]"),
                claims("That would work out to a hit on economic growth, said Ross Burkhart, a Boise State University political "
                        + "scientist who studies U.S.-Canada trade."));
    }

    @Test
    void theSourcesActorIsItsHeadPhrasesOrItsApposition() {
        // round 9: not a possessive inside the relative clause, not an employer after "at"
        assertEquals(List.of("DICK_CLARK_PRODUCTIONS"), keys("The company that runs the AMAs, Dick Clark Productions, denies that anything "
                + "has been decided."));
        assertEquals(java.util.Collections.singletonList(null), keys("Taylor Swift spoke on Monday. The group that owns most of her music, "
                + "Big Machine, says she will be allowed to play."));
        assertEquals(java.util.Collections.singletonList(null), keys("Pankaj Pandey, Head of Research at ICICI Securities, pointed out that "
                + "this is a stock-specific market."));
    }

    @Test
    void aRelativePronounSourceIsItsAntecedentsActor() {
        // session 17: "who" was the source alone and linked to no one
        assertEquals(List.of("PERSON.MARTA_OKONKWO"), keys("Marta Okonkwo, who argued that the budget was too small, left the panel "
                + "on Friday."));
        assertEquals(List.of("PERSON.JOE_BIDEN"), keys("The panel met President Joe Biden, who argued that the budget was too small."));
        // near misses: coordinated antecedents are two actors, not one; a common noun names none
        assertEquals(java.util.Collections.singletonList(null), keys("Marta Okonkwo and Lena Brandt, who argued that the budget was too "
                + "small, left the panel on Friday."));
        assertEquals(java.util.Collections.singletonList(null), keys("A lawyer who argued that the budget was too small left the panel "
                + "on Friday."));
    }

    @Test
    void aPersonsPeopleAreNotThatPerson() {
        // session 17: "Morrison's lawyer said" was linked to Morrison
        assertEquals(java.util.Collections.singletonList(null), keys("Senator Marta Okonkwo's lawyer said that the papers were forged."));
        // near misses: a person's document speaks for them; a state's people are the state's
        assertEquals(List.of("PERSON.MARTA_OKONKWO"), keys("Senator Marta Okonkwo's statement said that the papers were forged."));
        assertEquals(List.of("DEU.NEGOTIATORS"), keys("Germany's negotiators said that the papers were forged."));
    }

    @Test
    void aQuotationThatOpensTheDocumentBeforeItsSourceIsRead() {
        // round 11 (EWT text): the content before a source that follows a quote opening the document was cut at its first
        // token, and the check for a closing quote read the token before it (an index out of bounds)
        assertDoesNotThrow(() -> claims("\"I have said and I repeat my expression of support which the mayor called for to stand "
                + "with the farmers,\" the cleric said Friday in a reference to the mayor."));
    }

    private static List<String> keys(String text) {
        return ClaimText.find(text).stream().filter(c -> c.sourceSpan() != null).map(c -> c.sourceKey()).toList();
    }

    @Test
    void aQuotationAfterTheCueHoldsAllTheSpeakersWords() {
        // round 12: a fronted clause before "SOURCE CUE, “...”" is the author's, not part of the quotation's attribution,
        // and an attribution of its own when it has a cue
        assertEquals(List.of("<parse-verb> [the board] [asked] [to resign]",
                "<verb-cue> [he] [would answer] [“I have done nothing wrong.”]"),
                claims("When the board asked him to resign, he would answer, “I have done nothing wrong.”"));
        // near miss: an unquoted clause on both sides of the cue is one content in two pieces
        assertEquals(List.of("<verb-cue> [the spokesman] [said] [In the north … the fighting goes on]"),
                claims("In the north, the spokesman said, the fighting goes on."));
    }

    @Test
    void beforeItsTailTheClauseAfterADashIsTheReportedOne() {
        // round 12: "X did Y — “...,” she said": the quotation next to the tail is what she said, not the author's clause
        assertEquals(List.of("<verb-cue> [she] [said] [“I now see it differently,”]"),
                claims("Yet the minister has already changed her story twice — “I now see it differently,” she said, "
                        + "speaking to reporters."));
        // near miss: an inserted phrase between dashes has no subject and stays in the content
        assertEquals(List.of("<reporting-tail> [he] [said] [The vote — the third this year — will fail]"),
                claims("The vote — the third this year — will fail, he said."));
    }

    @Test
    void aTailsHearerIsNoContent() {
        // round 12 (EWT train weblogs): "..., X told HEARER." takes the clause before, not the hearer after
        assertEquals(List.of("<reporting-tail> [the minister] [told] [The border will stay open through the winter]"),
                claims("The border will stay open through the winter, the minister told Reuters in an interview."));
        assertEquals(List.of("<reporting-tail> [Okafor] [told] [“Nobody is leaving the valley. We will rebuild,”]"),
                claims("“Nobody is leaving the valley. We will rebuild,” Okafor told the BBC."));
        // an inverted source is no hearer
        assertEquals(List.of("<reporting-tail> [the Daily Courier] [reported] [The harbour will reopen in spring]"),
                claims("The harbour will reopen in spring, reported the Daily Courier."));
    }
}
