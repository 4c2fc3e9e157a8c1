package org.sightline.extract.actors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.extract.actors.api.ActorKind;
import org.sightline.extract.actors.api.ActorMention;
import org.sightline.extract.actors.api.ActorRecognizer;
import org.sightline.extract.actors.api.ActorRef;
import org.sightline.extract.actors.api.ActorResult;
import org.sightline.extract.actors.api.BundledGazetteers;
import org.sightline.extract.actors.internal.Recognition;
import org.sightline.nlp.api.NlpModels;

/**
 * One test per class of actor error fixed in sessions 3 and 6 (issue 12, part 6), each on sentences
 * written for it: role phrases, pronouns given to the nearest person, first persons in quotes and
 * transcripts, "the release", given names, transcripts in capitals, bare heads and rooms, non-government
 * bodies; long titles, specific people by role, main-subject pronouns, pronoun agreement, quotations, a
 * surname that speaks later, the issuer the text named for "the release".
 */
class ActorErrorClassesTest {

    static ActorResult recognize(String text) {
        return ActorRecognizer.recognize(NlpModels.shared().newAnnotator().annotate(text));
    }

    private static ActorResult recognize(String text, String publisher, String author) {
        return ActorRecognizer.recognize(NlpModels.shared().newAnnotator().annotate(text),
                BundledGazetteers.defaults(), publisher, author);
    }

    /** The mention covering the n-th occurrence (0-based) of the word, or null. */
    static ActorMention at(String text, ActorResult r, String word, int occurrence) {
        int a = -1;
        for (int k = 0; k <= occurrence; k++) {
            a = text.indexOf(word, a + 1);
        }
        assertTrue(a >= 0, word);
        int b = a;
        return r.mentions().stream().filter(m -> m.begin() <= b && b < m.end()).findFirst().orElse(null);
    }

    /** The name of the actor of the mention covering the n-th occurrence of the word; fails when there is none. */
    static String nameAt(String text, ActorResult r, String word, int occurrence) {
        ActorMention m = at(text, r, word, occurrence);
        assertNotNull(m, "no mention on \"" + word + "\" #" + occurrence + " in: " + text);
        return r.actor(m.key()).name();
    }

    @Test
    void rolePhraseJoinsThePersonWithThatRole() {
        String text = "Defense Secretary Ash Carter met Iraqi leaders in Baghdad on Monday. "
                + "The secretary said the coalition would keep its advisers in the country.";
        ActorResult r = recognize(text);
        assertEquals("Ash Carter", nameAt(text, r, "The secretary", 0));
        assertEquals("role-phrase", at(text, r, "The secretary", 0).rule());
    }

    @Test
    void rolePhraseWithoutANameIsAPersonOfItsOwn() {
        String text = "The commander of U.S. Central Command said the strikes would continue.";
        ActorResult r = recognize(text);
        ActorMention m = at(text, r, "commander", 0);
        assertNotNull(m);
        ActorRef person = r.actor(m.key());
        assertEquals(ActorKind.PERSON, person.kind());
        assertEquals("commander of U.S. Central Command", person.name());
        assertEquals(ActorKind.MILITARY, r.actor(at(text, r, "Central Command", 0).key()).kind());
        // indefinite: no one in particular
        String a = "A soldier said the base was quiet.";
        assertNull(at(a, recognize(a), "soldier", 0));
    }

    @Test
    void longTitleBeforeANameEndsAtTheLastTwoNameWords() {
        String text = "Special Envoy for the Global Partnership to Fight Malaria Anna Lindqvist will visit Nairobi next week.";
        ActorResult r = recognize(text);
        ActorMention m = at(text, r, "Lindqvist", 0);
        assertNotNull(m, r.mentions().toString());
        ActorRef person = r.actor(m.key());
        assertEquals(ActorKind.PERSON, person.kind());
        assertEquals("Anna Lindqvist", person.name());
        assertTrue(person.role().startsWith("Special Envoy for the Global Partnership"), person.role());
        // an operation's name closing a title is no person
        String op = "The Commander of Task Force Operation Desert Wind arrived in Kuwait.";
        ActorResult ro = recognize(op);
        assertTrue(ro.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON && a.name().contains("Wind")),
                ro.actors().toString());
    }

    @Test
    void definitePeopleByRoleAndSpecificIndefiniteOnes() {
        // "a sailor who ...": one particular person
        String death = "The ministry announced the death of a sailor who was serving aboard the frigate.";
        ActorResult rd = recognize(death);
        assertEquals(ActorKind.PERSON, rd.actor(at(death, rd, "sailor", 0).key()).kind());
        // a demonym and a noun before the role belong to the phrase
        String id = "The Navy has identified the Canadian service member who died in the crash.";
        ActorResult ri = recognize(id);
        ActorMention member = at(id, ri, "service member", 0);
        assertNotNull(member, ri.mentions().toString());
        assertEquals(ActorKind.PERSON, ri.actor(member.key()).kind());
        assertTrue(member.text().startsWith("the Canadian"), member.text());
        // "one of our soldiers" is one person of the group
        String one = "Officials said one of our bravest soldiers was wounded near the border.";
        ActorResult r1 = recognize(one);
        ActorMention soldier = at(one, r1, "soldiers", 0);
        assertNotNull(soldier, r1.mentions().toString());
        assertEquals("one of our bravest soldiers", soldier.text());
        assertEquals(ActorKind.PERSON, r1.actor(soldier.key()).kind());
        // "this hero"; a chargé d'affaires of an embassy
        String hero = "Colleagues said they would remember this hero and his courage.";
        ActorResult rh = recognize(hero);
        assertEquals(ActorKind.PERSON, rh.actor(at(hero, rh, "hero", 0).key()).kind());
        String charge = "The British Embassy Chargé d’Affaires opened the exhibition on Monday.";
        ActorResult rc = recognize(charge);
        ActorMention c = at(charge, rc, "Chargé", 0);
        assertNotNull(c, rc.mentions().toString());
        assertEquals(ActorKind.PERSON, rc.actor(c.key()).kind());
        // still no one in particular: plural roles alone, and "a soldier" without a relative clause
        String plural = "Soldiers and sailors marched past the stand.";
        ActorResult rp = recognize(plural);
        assertTrue(rp.mentions().stream().noneMatch(m -> rp.actor(m.key()).kind() == ActorKind.PERSON), rp.mentions().toString());
    }

    @Test
    void rolePhraseBeforeAnAppositiveNameIsThatPerson() {
        String text = "The CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend, made it clear that the fight goes on.";
        ActorResult r = recognize(text);
        assertEquals("Stephen J. Townsend", nameAt(text, r, "general", 0));
    }

    @Test
    void pronounGoesToTheNearestPersonNotThePreviousSpeaker() {
        String text = "Ambassador Gordon Sondland said he spoke with the president. "
                + "Lt. Col. Alexander Vindman registered his concerns over the call. He testified on Tuesday.";
        ActorResult r = recognize(text);
        assertEquals("Gordon Sondland", nameAt(text, r, "he spoke", 0));
        assertEquals("Alexander Vindman", nameAt(text, r, "his", 0));
        assertEquals("Alexander Vindman", nameAt(text, r, "He testified", 0));
    }

    @Test
    void subjectPronounContinuesTheMainSubjectNotTheLastNamedPerson() {
        String text = "Senator Paul Hudson asked Ambassador Tom Greene about the delay. He said the answer was not good enough.";
        ActorResult r = recognize(text);
        assertEquals("Paul Hudson", nameAt(text, r, "He said", 0));
        // the main clause's subject, not the subject of a clause inside it
        String main = "Ambassador Kurt Miller told the panel that the deputy minister was honest. "
                + "However, he said the call worried him.";
        ActorResult rm = recognize(main);
        assertEquals("Kurt Miller", nameAt(main, rm, "he said", 0));
    }

    @Test
    void pronounAgreesWithWhatTheTextSaysOfThePerson() {
        // "she" skips a man by his given name, "he" a woman by her courtesy title
        String text = "John Carter met Laura Bennett in Vienna on Monday. She said the talks went well.";
        ActorResult r = recognize(text);
        assertEquals("Laura Bennett", nameAt(text, r, "She said", 0));
        String title = "Ms. Dana Whitfield greeted the delegation before envoy Robin Hale arrived. He said the visit was useful.";
        ActorResult rt = recognize(title);
        assertEquals("Robin Hale", nameAt(title, rt, "He said", 0));
    }

    @Test
    void pronounAfterAQuotationIsNotSomeoneNamedInsideIt() {
        String text = "Professor Alan Brooks has studied the plan for years. "
                + "“Frankly, Senator Tom Marks has made it worse,” he said.";
        ActorResult r = recognize(text);
        assertEquals("Alan Brooks", nameAt(text, r, "he said", 0));
        // and a third person inside a quotation is not its speaker
        String inside = "Mayor Peter Ellis spoke after the vote. Governor Sam Porter said: “He knows exactly what he did.”";
        ActorResult ri = recognize(inside);
        assertEquals("Peter Ellis", nameAt(inside, ri, "He knows", 0));
    }

    @Test
    void surnameThatSpeaksLaterMakesTheEarlierNameAPerson() {
        String text = "The fund is run by Matt Kroll from a small office in Denver. Kroll said the market would fall.";
        ActorResult r = recognize(text);
        ActorMention full = at(text, r, "Matt Kroll", 0);
        assertNotNull(full, r.mentions().toString());
        assertEquals(ActorKind.PERSON, r.actor(full.key()).kind());
        assertEquals(full.key(), at(text, r, "Kroll said", 0).key());
        // an acronym no gazetteer knows that speaks is an organisation
        String acronym = "ORBX said the launch would slip to May.";
        ActorResult ra = recognize(acronym);
        ActorMention orbx = at(acronym, ra, "ORBX", 0);
        assertNotNull(orbx, ra.mentions().toString());
        assertEquals(ActorKind.ORGANIZATION, ra.actor(orbx.key()).kind());
    }

    @Test
    void theReleaseIsTheIssuerTheTextNamed() {
        String text = "The two ministers met in Oslo, according to a Defense Ministry news release. "
                + "The release said they discussed border security.";
        ActorResult r = recognize(text);
        ActorMention release = at(text, r, "The release", 0);
        assertNotNull(release, r.mentions().toString());
        assertEquals(at(text, r, "Defense Ministry", 0).key(), release.key());
        assertEquals("document-reference", release.rule());
        // "It only underscores": an event, with an adverb before the verb too
        String event = "Gunmen attacked a market in Iraq on Sunday. It only underscores the need for more security.";
        assertNull(at(event, recognize(event), "It", 0));
    }

    @Test
    void theyAsSubjectOfACueVerbIsTheGroup() {
        String text = "Local officials met the delegation on Monday. They decided to reopen the border crossing.";
        ActorResult r = recognize(text);
        ActorMention they = at(text, r, "They", 0);
        assertNotNull(they);
        assertEquals(ActorKind.GROUP, r.actor(they.key()).kind());
        // "it" of a non-speech cue is mostly the event, not the state named before
        String event = "Gunmen attacked a market in Iraq on Sunday. It underscores the need for more security.";
        assertNull(at(event, recognize(event), "It", 0));
    }

    @Test
    void firstPersonInAQuoteIsItsSpeaker() {
        String text = "“We will not stand by while civilians die, and I have told our partners so,” Secretary of State John Kerry said.";
        ActorResult r = recognize(text);
        String kerry = at(text, r, "John Kerry", 0).key();
        assertEquals(kerry, at(text, r, "I have", 0).key());
        // "we" of a minister the gazetteer places in a state is that state
        String we = r.actor(at(text, r, "We", 0).key()).name();
        assertTrue(we.equals("United States") || we.equals("John Kerry"), we);
        String before = "Spokesman John Kirby said: “I am not going to get ahead of the investigation.”";
        ActorResult rb = recognize(before);
        assertEquals(at(before, rb, "Kirby", 0).key(), at(before, rb, "I am", 0).key());
    }

    @Test
    void transcriptTurnsInCapitals() {
        String text = "MR KIRBY: Thank you. I have one thing at the top.\nQUESTION: Can you say more?\n";
        ActorResult r = recognize(text);
        ActorMention kirby = at(text, r, "MR KIRBY", 0);
        assertNotNull(kirby);
        assertEquals("Kirby", r.actor(kirby.key()).name());
        assertEquals(kirby.key(), at(text, r, "I have", 0).key());
    }

    @Test
    void releaseAndStatementFirstPersonGoToThePublisher() {
        String text = "We condemn the attack in the strongest terms. The two leaders discussed the fight against ISIL, the release said.";
        ActorResult r = recognize(text, "U.S. Department of State", null);
        assertEquals("State Department", nameAt(text, r, "We", 0));
        assertEquals("State Department", nameAt(text, r, "the release", 0));
        // without a publisher, nothing is guessed
        ActorResult none = recognize(text);
        assertNull(at(text, none, "We", 0));
        assertNull(at(text, none, "the release", 0));
        // "I" outside quotes is the author when known
        String op = "I wanted to buy a copy, but it was out of print.";
        assertEquals("Anna Weber", nameAt(op, recognize(op, "The Daily Example", "Anna Weber"), "I wanted", 0));
    }

    @Test
    void givenNamesFromThePeopleListMakeAPerson() {
        String text = "Deputy Assistant Secretary Jonathan Cohen will travel to Berlin. Later, Jonathan Cohen met the envoy.";
        ActorResult r = recognize(text);
        assertEquals(ActorKind.PERSON, r.actor(at(text, r, "Cohen", 1).key()).kind());
        // a place with a given name in it is no person
        String beach = "The unit is based in Virginia Beach, Virginia.";
        ActorMention m = at(beach, recognize(beach), "Virginia Beach", 0);
        assertTrue(m == null || recognize(beach).actor(m.key()).kind() != ActorKind.PERSON);
        // nor a region ("Southeast Asia", "Northwest Africa")
        String region = "With fighting in Southeast Asia continuing, support from Northwest Africa is vital.";
        ActorResult rr = recognize(region);
        assertTrue(rr.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON), rr.actors().toString());
    }

    @Test
    void derivedGivenNamesMakeAPersonThatDoesNotSpeak() {
        // no title, no cue, no role: the given name (given-names.tsv, from Datafaker) is the evidence
        String text = "The prize went to Rosalind Pemberton and Desmond Okafor. The jury praised Okafor.";
        ActorResult r = recognize(text);
        assertEquals(ActorKind.PERSON, r.actor(at(text, r, "Rosalind", 0).key()).kind());
        assertEquals("Desmond Okafor", nameAt(text, r, "Okafor", 1));
        // words of the list that start place and firm names (not-given-names), and firms, are no people
        String places = "The dog was found in Santa Fe and taken to Van Buren County. Investors in Cordell Capital were told.";
        ActorResult rp = recognize(places);
        assertTrue(rp.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON), rp.actors().toString());
    }

    @Test
    void twoGivenNamesSharingASurnameLeaveTheSurnameAloneToNeither() {
        String text = "Senator Biden spoke first. The inquiry asked about Tom and Nora Biden. Biden later declined to comment.";
        ActorResult r = recognize(text);
        assertEquals("Nora Biden", nameAt(text, r, "Nora", 0));
        // the senator is not renamed after Nora, and the lone surname stays the senator's
        assertEquals(at(text, r, "Senator Biden", 0).key(), at(text, r, "Biden", 2).key());
        assertFalse(at(text, r, "Senator Biden", 0).key().equals(at(text, r, "Nora", 0).key()));
    }

    @Test
    void arabicNamesByPatronymicKunyaAndTheirFirstWordsLater() {
        String text = "Airstrikes near Abu Kamal destroyed a depot. Investigators named Abu Harith al-Tunisi as the organiser. "
                + "The envoy met Rakan bin Nayef in Doha. Later, Abu Harith fled the town.";
        ActorResult r = recognize(text);
        // a kunya with an al- name is a person; the kunya alone starts a town's name too
        assertEquals("Abu Harith al-Tunisi", nameAt(text, r, "Abu Harith al", 0));
        ActorMention town = at(text, r, "Abu Kamal", 0);
        assertTrue(town == null || r.actor(town.key()).kind() != ActorKind.PERSON);
        // a patronymic particle inside the run
        assertEquals(ActorKind.PERSON, r.actor(at(text, r, "Rakan", 0).key()).kind());
        assertEquals("Rakan bin Nayef", at(text, r, "Rakan", 0).text());
        // the first words of a full name named before are that person
        assertEquals(at(text, r, "Abu Harith al", 0).key(), at(text, r, "Abu Harith fled", 0).key());
        // a title before a patronymic keeps the whole name
        String titled = "Crown Prince Salim bin Rashid arrived on Monday.";
        assertEquals("Salim bin Rashid", nameAt(titled, recognize(titled), "Salim", 0));
    }

    @Test
    void nameWithAMiddleInitialCountsItsWordsAndAnOwnedRoleIsAnApposition() {
        // "Margaret A. Linden" is three name words in four tokens ("A", "."), "Yusuf al-Rawi" two in four ("al", "-"):
        // the given name is evidence enough
        String text = "Deputies later arrested Margaret A. Linden at the motel. Police detained Yusuf al-Rawi at the border.";
        ActorResult r = recognize(text);
        assertEquals("Margaret A. Linden", nameAt(text, r, "Linden", 0));
        assertEquals("Yusuf al-Rawi", nameAt(text, r, "Yusuf", 0));
        // hyphenated names the tokenizer splits as "Marie", "-Claire" stay whole
        String hyphens = "Investigators questioned Marie-Claire Dufresne-Lavoie on Monday.";
        assertEquals("Marie-Claire Dufresne-Lavoie", nameAt(hyphens, recognize(hyphens), "Marie", 0));
        // ", Nokia's chief economist": a role owned by a body, apposed to a name no list knows
        String owned = "The forecast came from Oskari Vintturi, Nokia's chief economist, last week.";
        ActorResult ro = recognize(owned);
        assertEquals(ActorKind.PERSON, ro.actor(at(owned, ro, "Oskari", 0).key()).kind());
    }

    @Test
    void titlesOfCourtsClergyAndKnighthoodsNameThePersonWithoutTheTitle() {
        String text = "Chief Justice Halvorsen opened the session. Sir Edmund Tarrow and Rev. Osei Mensah sat nearby.";
        ActorResult r = recognize(text);
        assertEquals("Halvorsen", nameAt(text, r, "Halvorsen", 0));
        assertEquals("Edmund Tarrow", nameAt(text, r, "Edmund", 0));
        assertEquals("Osei Mensah", nameAt(text, r, "Mensah", 0));
        // a title word before a body's head stays the body ("the Justice Department")
        String body = "The Justice Department said the review was over.";
        ActorResult rb = recognize(body);
        assertEquals(ActorKind.GOVERNMENT_BODY, rb.actor(at(body, rb, "Justice", 0).key()).kind());
    }

    @Test
    void aModifiedGroupNounIsTheOrganisationNamedBefore() {
        String text = "Police said al-Shabaab attacked the market. Officials vowed to defeat this militant group. "
                + "The counter-ISIL coalition met in Rome to plan how to defeat ISIL. Ministers pledged to destroy the terrorist group.";
        ActorResult r = recognize(text);
        assertEquals(at(text, r, "Shabaab", 0).key(), at(text, r, "this militant group", 0).key());
        assertEquals("this militant group", at(text, r, "militant", 0).text());
        // not the coalition that fights it, although the coalition is an organisation named before too
        assertEquals(at(text, r, "ISIL", 1).key(), at(text, r, "terrorist group", 0).key());
        // a modifier outside the list leaves the phrase alone
        String other = "Police said al-Shabaab attacked the market. Officials met this regional group.";
        assertNull(at(other, recognize(other), "regional group", 0));
    }

    @Test
    void bareHeadsAndRoomsAreNoActors() {
        String text = "The Department did not comment. Reporters gathered outside the Oval Office.";
        ActorResult r = recognize(text);
        assertNull(at(text, r, "Department", 0));
        assertNull(at(text, r, "Oval Office", 0));
        assertFalse(r.actors().stream().anyMatch(a -> a.name().equals("Department") || a.name().contains("Oval")));
        // a bare head after the body was named joins it
        String named = "The Department of Agriculture issued new rules. The Department said farmers would be paid.";
        ActorResult rn = recognize(named);
        assertEquals(at(named, rn, "Department of Agriculture", 0).key(), at(named, rn, "Department", 1).key());
    }

    @Test
    void aFarmBureauIsNoGovernmentBody() {
        String text = "The American Farm Bureau Federation said the tariffs hurt growers.";
        ActorResult r = recognize(text);
        ActorMention m = at(text, r, "Farm Bureau", 0);
        assertNotNull(m);
        assertEquals(ActorKind.ORGANIZATION, r.actor(m.key()).kind());
        assertEquals("American Farm Bureau Federation", r.actor(m.key()).name());
    }

    @Test
    void placesInsideAStateAreNoActors() {
        // session 17: "New Mexico" was Mexico, "Northern Ireland" Ireland, and a region before "said" a speaking person
        String text = "Officials in New Mexico and Northern Ireland met on Monday. Police in South Kordofan said the road was open.";
        ActorResult r = recognize(text);
        assertNull(at(text, r, "Mexico", 0), r.mentions().toString());
        assertNull(at(text, r, "Ireland", 0), r.mentions().toString());
        assertNull(at(text, r, "Kordofan", 0), r.mentions().toString());
        // near misses: the states themselves, and a person who speaks
        String near = "Officials in Mexico and Ireland met on Monday. Police chief Amina Haroun said the road was open.";
        ActorResult n = recognize(near);
        assertEquals("MEX", at(near, n, "Mexico", 0).key());
        assertEquals("IRL", at(near, n, "Ireland", 0).key());
        assertEquals(ActorKind.PERSON, n.actor(at(near, n, "Haroun", 0).key()).kind());
        String body = "The University of New Mexico said the road was open.";
        assertEquals("University of New Mexico", at(body, recognize(body), "University", 0).text());
    }

    @Test
    void aNameAfterInIsNoSpeaker() {
        // session 17: "Officials in Upper Kessra said" made "Upper Kessra" a person (an invented place no list holds)
        String text = "Officials in Upper Kessra said the road was open.";
        assertNull(at(text, recognize(text), "Kessra", 0));
        String near = "Officials and Tomas Kessra said the road was open.";
        ActorResult n = recognize(near);
        assertEquals(ActorKind.PERSON, n.actor(at(near, n, "Kessra", 0).key()).kind());
    }

    @Test
    void aNameAfterAnArticleIsNoPerson() {
        // session 17: "The Doobie Brothers announced", "the Cleveland Browns" were people (and took the pronouns after them)
        String text = "The Halvorsen Brothers announced a tour on Monday.";
        assertNull(at(text, recognize(text), "Halvorsen", 0));
        // near misses: the name without the article; a person's name qualifying a noun after an article
        String near = "Tomas Halvorsen announced a tour on Monday. It was a Tomas Halvorsen moment, said the critic.";
        ActorResult n = recognize(near);
        assertEquals(ActorKind.PERSON, n.actor(at(near, n, "Halvorsen", 0).key()).kind());
        assertEquals(ActorKind.PERSON, n.actor(at(near, n, "Halvorsen", 1).key()).kind());
    }

    @Test
    void aNameAfterAnArticleAndCapitalisedAdjectivesIsNoPerson() {
        // session 18: "the New York Islanders" was the person "York Islanders" ("New" is tagged an adjective)
        String text = "Fans of the New Harbor Mariners said the team would move. The Mariners trailed late.";
        ActorResult r = recognize(text);
        assertNull(at(text, r, "Harbor", 0));
        assertNull(at(text, r, "Mariners", 1));
        // near miss: the same name after a lower-case word, which a person's name can follow
        String near = "Fans said Tomas Halvorsen would move. Halvorsen trailed late.";
        ActorResult n = recognize(near);
        assertEquals(ActorKind.PERSON, n.actor(at(near, n, "Halvorsen", 0).key()).kind());
    }

    @Test
    void rulesRunInTheirDocumentedOrder() {
        assertEquals(List.of("gazetteer", "titled-person", "organisation-head", "untitled-person", "later-name",
                "generic-body", "role-phrase", "group", "definite-body", "pronoun-person", "pronoun-subject",
                "first-person", "document-reference"), Recognition.ruleIds());
    }
}
