package org.sightline.spark;

import org.sightline.core.api.ExtractionContext;
import org.sightline.core.api.Extractor;

/** Fails on a document holding {@value #FAIL}, hangs (until interrupted) on one holding {@value #HANG}; does nothing otherwise. */
public final class TrapExtractor implements Extractor {

    static final String FAIL = "SIGHTLINE-TRAP-FAIL";
    static final String HANG = "SIGHTLINE-TRAP-HANG";

    @Override
    public void extract(ExtractionContext context) throws Exception {
        String text = context.text();
        if (text.contains(FAIL)) {
            throw new IllegalStateException("the trap went off");
        }
        if (text.contains(HANG)) {
            Thread.sleep(600_000); // the pipeline's time limit interrupts it
        }
    }
}
