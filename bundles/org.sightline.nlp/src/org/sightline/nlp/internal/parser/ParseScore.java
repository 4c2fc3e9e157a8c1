package org.sightline.nlp.internal.parser;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attachment scores against gold trees, on syntactic words with punctuation included, as in the CoNLL
 * 2018 shared task evaluation: UAS (right head), LAS (right head and universal relation, subtypes
 * ignored, as the CoNLL 2018 script does), LAS with full labels (subtypes compared too); tag accuracy;
 * and precision/recall of labelled attachment per universal relation.
 */
public final class ParseScore {

    private long words;
    private long uas;
    private long las;
    private long lasFull;
    private long upos;
    private long xpos;
    private long lemma;
    private final Map<String, long[]> byRelation = new TreeMap<>();

    /** Heads 1-based with 0 the root, as in CoNLL-U. Tag and lemma arrays may be null. */
    public void add(int[] goldHead, String[] goldRel, int[] head, String[] rel, String[] goldUpos, String[] sysUpos,
            String[] goldXpos, String[] sysXpos, String[] goldLemma, String[] sysLemma) {
        for (int i = 0; i < goldHead.length; i++) {
            words++;
            String g = universal(goldRel[i]);
            String s = universal(rel[i]);
            boolean headOk = goldHead[i] == head[i];
            if (headOk) {
                uas++;
                if (g.equals(s)) {
                    las++;
                }
                if (goldRel[i].equals(rel[i])) {
                    lasFull++;
                }
            }
            byRelation.computeIfAbsent(g, k -> new long[3])[0]++;
            byRelation.computeIfAbsent(s, k -> new long[3])[1]++;
            if (headOk && g.equals(s)) {
                byRelation.get(g)[2]++;
            }
            if (sysUpos != null && goldUpos[i].equals(sysUpos[i])) {
                upos++;
            }
            if (sysXpos != null && goldXpos[i].equals(sysXpos[i])) {
                xpos++;
            }
            if (sysLemma != null && goldLemma[i].equalsIgnoreCase(sysLemma[i])) {
                lemma++;
            }
        }
    }

    private static String universal(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    public long words() {
        return words;
    }

    public double uas() {
        return (double) uas / words;
    }

    public double las() {
        return (double) las / words;
    }

    public double lasFull() {
        return (double) lasFull / words;
    }

    public double upos() {
        return (double) upos / words;
    }

    public double xpos() {
        return (double) xpos / words;
    }

    public double lemma() {
        return (double) lemma / words;
    }

    /** {precision, recall, F1} of labelled attachment for one universal relation. */
    public double[] relation(String rel) {
        long[] c = byRelation.getOrDefault(rel, new long[3]);
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    public long goldCount(String rel) {
        return byRelation.getOrDefault(rel, new long[3])[0];
    }

    public String summary() {
        return String.format(Locale.ROOT, "UAS %.4f  LAS %.4f  (full labels %.4f)  UPOS %.4f  XPOS %.4f  lemma %.4f  on %,d words",
                uas(), las(), lasFull(), upos(), xpos(), lemma(), words);
    }

    /** One line per relation: gold count, precision, recall, F1. */
    public String relations(String... rels) {
        StringBuilder sb = new StringBuilder();
        for (String r : rels.length == 0 ? byRelation.keySet().toArray(new String[0]) : rels) {
            double[] prf = relation(r);
            sb.append(String.format(Locale.ROOT, "  %-12s gold %6d  P %.4f  R %.4f  F1 %.4f%n", r, goldCount(r), prf[0],
                    prf[1], prf[2]));
        }
        return sb.toString();
    }
}
