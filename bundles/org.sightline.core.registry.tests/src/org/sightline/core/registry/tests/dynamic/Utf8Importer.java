package org.sightline.core.registry.tests.dynamic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.sightline.core.api.ImportException;
import org.sightline.core.api.Importer;
import org.sightline.core.api.Source;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.model.io.Corpora;

/**
 * Reads any non-empty source as UTF-8 text, with a low score so that better importers win. Also
 * packed into the bundle that {@code DynamicBundleTest} installs at run time, so it depends on the
 * Sightline API only.
 */
public final class Utf8Importer implements Importer {

    @Override
    public int score(Source source, byte[] head) {
        return head.length > 0 ? 5 : 0;
    }

    @Override
    public List<Document> read(Source source) throws ImportException, IOException {
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        Document d = SightlineFactory.eINSTANCE.createDocument();
        d.setText(text);
        d.setTitle(text.lines().findFirst().orElse(""));
        d.setContentHash(Corpora.sha256Hex(text));
        return List.of(d);
    }
}
