package org.sightline.extract.claims.internal.rules;

import java.util.Locale;
import java.util.Set;

import org.sightline.extract.claims.api.ClaimType;
import org.sightline.lexicon.api.Cue;
import org.sightline.lexicon.api.CueClass;
import org.sightline.nlp.api.DepRel;
import org.sightline.nlp.api.UPos;

/**
 * {@code agent-passive}: a passive cue with a "by" agent and a noun phrase as its content: the agent is the
 * source, the passive subject the content ("[The deal] was approved by [shareholders]", "[He] was accused of
 * [fraud] by [a former partner]", "[The ban] was ruled [illegal] by [the court]"), or, in a reduced relative, the
 * noun it modifies ("[Tariffs] imposed by [China]"). A complement between the verb and the agent (a label, or the
 * object of the cue's preposition) is a second content piece. The noun must be one the cue takes as a
 * noun-phrase content in the active ({@link DependencyCues#takesNounPhrase}), and the agent one that can hold
 * it ({@link DependencyCues#canSay}): "the town was attacked by rebels" stays out. Runs after the parse verbs,
 * which take passives with a clause, and before the agentless passive family.
 */
final class AgentPassiveRule extends VerbFamily {

    /** Verbs of discovery, and the states a thing or person is found in ("was found dead by police"; round 17). */
    private static final Set<String> DISCOVERY_VERBS = WORDS.get("discovery-verbs");
    private static final Set<String> FOUND_STATES = WORDS.get("found-states");

    AgentPassiveRule(RuleContext ctx) {
        super(ctx, "agent-passive");
    }

    @Override
    boolean candidate(int i) {
        return ctx.parse.agent(i) > i && (tree.isPassive(i) || t.deprel(i).is(DepRel.ACL) && t.xpos(i).equals("VBN"));
    }

    @Override
    Found read(int i, int first, int end) {
        Cue cue = ctx.parse.cueOf(i);
        if (cue == null || tree.hasChild(i, DepRel.CCOMP) || tree.hasChild(i, DepRel.XCOMP) && ctx.parse.marked(tree.child(i, DepRel.XCOMP), "to")) {
            return null; // a clause or an infinitive is the other passive families'
        }
        int agent = ctx.parse.agent(i);
        if (!ctx.parse.canSay(agent, cue.cueClass() == CueClass.EVIDENCE ? CueClass.SPEECH : cue.cueClass())) {
            return null; // "as shown by the collapse": an event, no holder
        }
        int[] src = ctx.parse.agentPhrase(agent);
        int conj = tree.child(agent, DepRel.CONJ);
        if (conj > agent) {
            src[1] = tree.subtreeBegin(conj); // "by a woman and [sexual assault by another]": the parser's run-on
            while (src[1] > src[0] && (t.upos(src[1] - 1) == UPos.PUNCT || t.upos(src[1] - 1) == UPos.CCONJ)) {
                src[1]--;
            }
        }
        int cueFirst = ctx.parse.groupStart(i, first);
        int cueEnd = i + 1;
        // the noun phrase the cue is about: the passive subject, or the noun a reduced relative modifies
        int noun;
        int[] subject;
        if (tree.isPassive(i)) {
            noun = ctx.parse.passiveSubject(i);
            if (noun < 0 || noun > i) {
                return null;
            }
            int[] phrase = ctx.parse.phrase(noun);
            subject = ctx.parse.beforeFinalPunct(phrase[0], t.head(noun) == i ? cueFirst : phrase[1]);
        } else {
            noun = t.head(i);
            if (noun < 0 || noun > i || !t.upos(noun).isNominal()) {
                return null;
            }
            subject = ctx.parse.beforeFinalPunct(ctx.parse.nounStart(noun), cueFirst); // "[a deal] backed by", not "in a deal"
        }
        // a label or the cue's prepositional object before the agent: "ruled [illegal] by", "accused of [fraud] by"
        int[] more = null;
        int label = -1;
        boolean particle = false;
        for (Dependent d : laterDependents(i)) {
            if (d.c() > agent) {
                break;
            }
            if (d.rel() == DepRel.XCOMP && (t.upos(d.c()) == UPos.ADJ || t.upos(d.c()) == UPos.NOUN)) {
                more = ctx.parse.phrase(d.c());
                if (agent > d.c()) {
                    more[1] = Math.min(more[1], tree.subtreeBegin(agent)); // the agent hung on the label
                }
                label = d.c();
            } else if (d.rel().is(DepRel.OBL) && d.rel() != DepRel.OBL_AGENT && d.mark() == i + 1
                    && cue.particles().contains(d.marker())) {
                more = new int[] {d.mark() + 1, ctx.parse.phrase(d.c())[1]};
                particle = true;
            }
            if (more != null) {
                break;
            }
        }
        if (label >= 0 && DISCOVERY_VERBS.contains(cue.lemma()) && FOUND_STATES.contains(t.lemma(label).toLowerCase(Locale.ROOT))) {
            return null; // "[the man] was found [dead] by police": a discovery, no one's judgement ("found [liable]" is one)
        }
        if (!particle && !(more != null || ctx.parse.takesNounPhrase(cue, noun))) {
            return null;
        }
        if (particle) {
            cueEnd = i + 2; // "was accused of": the preposition is the cue's
        }
        if (subject[0] < first || subject[0] >= subject[1] || src[0] >= src[1] || !ctx.parse.free(subject) || !ctx.parse.free(src)
                || more != null && !ctx.parse.free(more)) {
            return null;
        }
        Found f = sourceless("agent-passive", cue.lemma(), ClaimType.valueOf(cue.type()), cueFirst, cueEnd);
        if (f == null) {
            return null;
        }
        f.srcFirst = src[0];
        f.srcEnd = src[1];
        f.content.add(subject);
        if (more != null && more[0] < more[1]) {
            f.content.add(more);
        }
        return f;
    }
}
