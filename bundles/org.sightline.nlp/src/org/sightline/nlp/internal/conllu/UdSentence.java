package org.sightline.nlp.internal.conllu;

/**
 * One sentence of a CoNLL-U file: its syntactic words (multiword-token ranges and empty nodes are not
 * kept), with heads 1-based as in the file (0 = root). Arrays are shared, not copied.
 */
public record UdSentence(String id, String text, String[] forms, String[] lemmas, String[] upos, String[] xpos,
        int[] heads, String[] deprels) {

    public int size() {
        return forms.length;
    }
}
