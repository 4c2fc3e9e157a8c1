package org.sightline.nlp.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.nlp.api.AnnotatedText;
import org.sightline.nlp.api.Annotator;
import org.sightline.nlp.api.NlpModels;
import org.sightline.nlp.internal.conllu.Conllu;

/**
 * {@code --format conllu}: each document's sentences as the NLP step sees them, in CoNLL-U (words,
 * lemmas, UPOS and XPOS tags, heads and UD relations), for users and for debugging the extractors.
 * {@code # newdoc id} carries the document id, {@code # sent_id} is "DOC-sN", {@code # text} the
 * sentence (line breaks as spaces). MISC holds {@code TokenRange=BEGIN:END}, the word's offsets in the
 * document text (as UDPipe writes them), and {@code SpaceAfter=No} where the next word follows without
 * space. The corpus keeps no parse, so the text is annotated again here: the same models give the same
 * result.
 */
public final class ConlluExporter implements Exporter {

    static final String FILE = "sightline.conllu";

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        Annotator annotator = corpus.getDocuments().isEmpty() ? null : NlpModels.shared().newAnnotator();
        try (Writer out = new OutputStreamWriter(target.open(FILE), StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Document d : corpus.getDocuments()) {
                String text = d.getText() == null ? "" : d.getText();
                sb.append("# newdoc id = ").append(d.getId()).append('\n');
                append(sb, d.getId(), annotator.annotate(text));
                out.append(sb);
                sb.setLength(0);
            }
        }
    }

    /** Appends every sentence of {@code t}; sentence ids are {@code docId-s1}, {@code docId-s2}... */
    static void append(StringBuilder out, String docId, AnnotatedText t) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int first = t.sentenceFirstToken(s);
            int n = t.sentenceEndToken(s) - first;
            String[] forms = new String[n];
            String[] lemmas = new String[n];
            String[] upos = new String[n];
            String[] xpos = new String[n];
            int[] heads = new int[n];
            String[] rels = new String[n];
            String[] misc = new String[n];
            for (int k = 0; k < n; k++) {
                int tok = first + k;
                forms[k] = t.token(tok);
                lemmas[k] = t.lemma(tok);
                upos[k] = t.pos(tok);
                xpos[k] = t.xpos(tok);
                heads[k] = t.head(tok) < 0 ? 0 : t.head(tok) - first + 1;
                rels[k] = t.deprel(tok).label();
                boolean glued = k + 1 < n && t.tokenBegin(tok + 1) == t.tokenEnd(tok);
                misc[k] = "TokenRange=" + t.tokenBegin(tok) + ":" + t.tokenEnd(tok) + (glued ? "|SpaceAfter=No" : "");
            }
            Conllu.write(out, docId + "-s" + (s + 1), t.text().substring(t.sentenceBegin(s), t.sentenceEnd(s)), forms,
                    lemmas, upos, xpos, heads, rels, misc);
        }
    }
}
