package org.sightline.extract.claims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.claims.api.ClaimRecord;
import org.sightline.extract.claims.api.ClaimType;
import org.sightline.extract.claims.api.Span;

/**
 * News-style attribution patterns (PARC 3.0 conventions) on sentences written for this test: the
 * held-out evaluation is news, not press releases, so the rules must cover these forms.
 */
class NewsPatternsTest {

    /** The only claim of a one-sentence text, as "[source] [cue] [content … content]". */
    private static String only(String text) {
        List<String> all = claims(text);
        assertEquals(1, all.size(), "claims of: " + text + " -> " + all);
        return all.get(0);
    }

    private static List<String> claims(String text) {
        return ClaimText.plain(text);
    }

    private static ClaimRecord record(String text) {
        List<ClaimRecord> all = ClaimText.find(text);
        if (all.isEmpty()) {
            fail("no claim in: " + text);
        }
        return all.get(0);
    }

    @Test
    void denialWithThatClause() {
        String text = "The Russian Foreign Ministry denied that its forces had crossed the border.";
        assertEquals("[The Russian Foreign Ministry] [denied] [that its forces had crossed the border]", only(text));
        assertEquals(ClaimType.DENIAL, record(text).type());
    }

    @Test
    void quoteThenSaidWithTimeLeftOut() {
        assertEquals("[the minister] [said] [“We will not back down,”]",
                only("“We will not back down,” the minister said on Tuesday."));
    }

    @Test
    void quoteResumedAfterHeSaid() {
        assertEquals("[he] [said] [“The situation is grave,” … “We need help.”]",
                only("“The situation is grave,” he said. “We need help.”"));
    }

    @Test
    void anonymousOfficials() {
        assertEquals("[US officials, speaking on condition of anonymity,] [said] [the strike killed two commanders]",
                only("US officials, speaking on condition of anonymity, said the strike killed two commanders."));
        assertEquals("[Two officials] [said] [that talks had stalled]",
                only("Two officials said on condition of anonymity that talks had stalled."));
    }

    @Test
    void sourceWithRelativeClause() {
        assertEquals("[Smith, who leads the committee,] [said] [the bill would pass]",
                only("Smith, who leads the committee, said the bill would pass."));
    }

    @Test
    void accordingToAndToldReporters() {
        assertEquals("[state media] [According to] [the launch was a success]",
                only("According to state media, the launch was a success."));
        assertEquals("[The general] [told] [that the offensive would begin soon]",
                only("The general told reporters that the offensive would begin soon."));
    }

    @Test
    void warnedOfAndClaims() {
        String warned = "Analysts warned of a wider conflict.";
        assertEquals("[Analysts] [warned of] [a wider conflict]", only(warned));
        assertEquals(ClaimType.WARNING, record(warned).type());
        assertEquals("[The group] [claims] [that the attack was a response to raids]",
                only("The group claims that the attack was a response to raids."));
        assertEquals("[The ministry] [said in a statement] [that it would respond]",
                only("The ministry said in a statement that it would respond."));
    }

    @Test
    void nominalCues() {
        assertEquals("[The prime minister] [repeated his belief] [that sanctions were working]",
                only("The prime minister repeated his belief that sanctions were working."));
        ClaimRecord fears = record("Fears that the ceasefire could collapse grew on Monday.");
        assertNull(fears.sourceSpan(), "no holder named");
        assertEquals(ClaimType.WARNING, fears.type());
        assertEquals("Fears", cue("Fears that the ceasefire could collapse grew on Monday.", fears.cueSpan()));
        assertEquals("[Daesh’s] [contempt for] [human life]", only("The attacks show Daesh’s contempt for human life."));
    }

    @Test
    void labelsAndQuestionsAreNoClaims() {
        assertTrue(claims("ISIL, also known as Daesh, lost the town.").isEmpty());
        assertTrue(claims("Did you discuss Aleppo with the minister?").isEmpty());
        assertTrue(claims("Journalists will be able to ask questions after the briefing.").isEmpty());
    }

    @Test
    void passivesWithAndWithoutAgent() {
        assertEquals("[-] [is intended] [The exercise … to strengthen ties]",
                only("The exercise is intended to strengthen ties."));
        assertEquals("[Da’esh] [claimed by] [multiple attacks]",
                claims("Today, multiple attacks, also claimed by Da’esh, have killed dozens.").get(0));
    }

    @Test
    void invertedSourceBetweenTwoHalvesOfAQuote() {
        assertEquals("[Col. Ahmed Hassan, a spokesman for the army] [said] [“The ceasefire is holding,” … “but we remain on alert.”]",
                only("“The ceasefire is holding,” said Col. Ahmed Hassan, a spokesman for the army, “but we remain on alert.”"));
    }

    @Test
    void reportingTailWithTimeAfterTheSource() {
        assertEquals("[a spokeswoman] [said] [The alliance expects the unit to be ready by spring]",
                only("The alliance expects the unit to be ready by spring, a spokeswoman said on Friday."));
        assertEquals("[officials] [said] [Two soldiers were wounded in the attack]",
                only("Two soldiers were wounded in the attack, officials said last week."));
    }

    @Test
    void reportedQuestionsKeepTheirWhWord() {
        assertEquals("[Some analysts] [wondered] [why the decision was announced before the summit]",
                only("Some analysts wondered why the decision was announced before the summit."));
        assertEquals("[Reporters] [asked] [whether more troops would be sent]",
                only("Reporters asked whether more troops would be sent."));
    }

    @Test
    void callingSomethingALabelIsAnAssessment() {
        List<String> all = claims("The Kremlin denied that its aircraft had struck the hospital, calling the reports “fabricated.”");
        assertEquals(List.of("[The Kremlin] [denied] [that its aircraft had struck the hospital]",
                "[The Kremlin] [calling] [the reports “fabricated.”]"), all);
        assertEquals(ClaimType.ASSESSMENT,
                record("The minister called the attack a cowardly act.").type());
        assertTrue(claims("The mayor called a meeting for Monday.").isEmpty());
        assertTrue(claims("Residents called the police after the blast.").isEmpty());
    }

    @Test
    void nominalCueAsSubjectEndsAtThePredicate() {
        assertEquals("[-] [Allegations] [that the election was rigged]",
                only("Allegations that the election was rigged have fueled protests for weeks."));
        assertEquals("[-] [Fears] [that the ceasefire could collapse]",
                only("Fears that the ceasefire could collapse grew on Monday."));
    }

    @Test
    void contrastingClauseWithItsOwnCueIsASecondAttribution() {
        assertEquals(List.of("[Ukrainian officials] [accused] [Moscow of targeting power plants]",
                "[the ministry] [insisted] [that its strikes hit only military sites]"),
                claims("Ukrainian officials accused Moscow of targeting power plants, while the ministry insisted that its strikes hit only military sites."));
    }

    @Test
    void relativeClauseVerbInsideTheSourceIsNoCue() {
        assertEquals("[An official, who briefed journalists on condition of anonymity,] [said] [the sanctions would start soon]",
                only("An official, who briefed journalists on condition of anonymity, said the sanctions would start soon."));
    }

    @Test
    void hearersBeforeAThatlessClauseStayOut() {
        assertEquals("[The spokeswoman] [told] [the schedule was still open]",
                only("The spokeswoman told reporters the schedule was still open."));
    }

    @Test
    void perfectAuxiliaryTaggedAsVerbJoinsTheCue() {
        assertEquals("[The government] [has repeatedly denied] [using chemical weapons]",
                only("The government has repeatedly denied using chemical weapons."));
        assertEquals("[Several lawmakers] [questioned] [whether the funds had been spent properly]",
                only("Several lawmakers questioned whether the funds had been spent properly."));
    }

    @Test
    void placeOrOccasionBetweenCueAndClauseStaysOut() {
        assertEquals("[The envoy] [announced] [the United States will send more aid]",
                only("The envoy announced today at the Manama Dialogue, the United States will send more aid."));
        assertEquals("[The minister] [said] [that the border would reopen]",
                only("The minister said in Baghdad that the border would reopen."));
    }

    @Test
    void infinitiveAfterAnExpressedCommitmentIsContent() {
        assertEquals("[The U.S.] [reaffirms its commitment] [to support the government of Iraq]",
                only("The U.S. reaffirms its commitment to support the government of Iraq."));
        assertEquals("[We] [extend our condolences to] [the families of the victims]",
                only("We extend our condolences to the families of the victims."));
    }

    @Test
    void parseReadsACueTheSurfaceRulesLeave() {
        String text = "The company confirmed that it had been contacted by the regulator.";
        assertEquals("[The company] [confirmed] [that it had been contacted by the regulator]", only(text));
        assertEquals("parse-verb", record(text).rule());
        // the parser hangs the verb on the name: the name and its appositive are the source
        assertEquals("[Maria Lopez, head of research at a Boston bank,] [pointed out] [that the market is thin]",
                only("Maria Lopez, head of research at a Boston bank, pointed out that the market is thin."));
    }

    @Test
    void evidenceSourceAndOutermostFirst() {
        // a poll speaks for its authors; the inner "oppose" is part of what the poll shows
        assertEquals("[A poll released on Monday] [shows] [that most voters oppose the plan]",
                only("A poll released on Monday shows that most voters oppose the plan."));
    }

    @Test
    void stanceTowardsAPartyOrActivityIsNoAttribution() {
        assertEquals(List.of(), claims("The coalition is supporting the rebels."));
        assertEquals(List.of(), claims("The grant will support conservation work."));
        assertEquals("[The senator] [opposes] [the bill]", only("The senator opposes the bill."));
    }

    @Test
    void cueAdverbMakesItsClauseASourcelessAttribution() {
        String text = "Earlier this year, the paper reportedly laid off more than 60 employees.";
        assertEquals("[-] [reportedly] [Earlier this year, the paper … laid off more than 60 employees]", only(text));
        assertEquals("parse-adverb", record(text).rule());
    }

    @Test
    void parentheticalReportingClauseSplitsItsContent() {
        String text = "The larger landers, he said, could deliver tools needed by astronauts.";
        assertEquals("[he] [said] [The larger landers … could deliver tools needed by astronauts]", only(text));
        assertEquals("parse-parenthetical", record(text).rule());
        // a time after the verb stays out of both source and content
        assertEquals("[officials] [said] [Prices … will rise]", only("Prices, officials said on Friday, will rise."));
    }

    @Test
    void labelsWithAs() {
        assertEquals("[Holcomb] [touted] [the plan as a step toward higher pay]",
                only("Holcomb touted the plan as a step toward higher pay."));
        assertEquals("[-] [are widely seen as] [Settlements … one of the most difficult issues]",
                only("Settlements are widely seen as one of the most difficult issues."));
    }

    @Test
    void relativePronounSourceIsJudgedByItsAntecedent() {
        assertEquals("[that] [said] [customers could now access music for free]",
                only("The company published a blog post that said customers could now access music for free."));
    }

    @Test
    void contentStopsBeforeAClauseWithItsOwnAttribution() {
        assertEquals(List.of("[The ministry] [said] [the border would stay open]",
                "[residents] [complained] [that the queues were growing]"),
                claims("The ministry said the border would stay open, as residents complained that the queues were growing."));
    }

    @Test
    void curatedCueWordsNewsUses() {
        assertEquals("[Senators] [grilled] [the minister on the cost of the program]",
                only("Senators grilled the minister on the cost of the program."));
        assertEquals("[The two envoys] [calculated] [that the talks would need another month]",
                only("The two envoys calculated that the talks would need another month."));
    }

    private static String cue(String text, Span s) {
        return s.of(text);
    }
}
