package com.example.sanctions.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.sightline.core.api.ExportTarget;
import org.sightline.core.api.Exporter;
import org.sightline.model.Actor;
import org.sightline.model.Claim;
import org.sightline.model.Corpus;

import com.example.sanctions.api.Sanctions;

/**
 * The claims tagged "sanctions", one CSV row each (RFC 4180: CRLF line ends, fields with commas,
 * quotes or line breaks quoted): {@code sightline analyze --format sanctions-csv}.
 */
public final class SanctionsCsvExporter implements Exporter {

    static final List<String> HEADER = List.of("claim", "document", "source", "cue", "type", "modality", "content", "targets");

    @Override
    public void export(Corpus corpus, ExportTarget target) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(target.open("sanctions.csv"), StandardCharsets.UTF_8))) {
            row(w, HEADER);
            for (Claim c : Sanctions.claims(corpus)) {
                row(w, List.of(c.getId(), c.getDocument() == null ? "" : c.getDocument().getId(),
                        c.getSource() != null ? c.getSource().getName() : text(c.getSourceText()),
                        text(c.getCue()), c.getType().getLiteral(), c.getModality().getLiteral(), text(c.getContent()),
                        c.getTargets().stream().map(Actor::getName).collect(Collectors.joining("; "))));
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields.get(i);
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            w.write(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        w.write("\r\n");
    }
}
