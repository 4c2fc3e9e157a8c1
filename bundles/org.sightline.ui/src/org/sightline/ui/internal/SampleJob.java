package org.sightline.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineInfo;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.ui.session.api.Session;

/**
 * First start: runs the installed pipeline on the bundled sample article and saves the result as
 * {@code sample.sightline} in the Sightline folder, then opens it. Done at run time rather than at
 * build time so the sample always shows what the installed extractors find (a new extractor bundle
 * shows up in it too: delete the file to redo it), and the build needs no running OSGi.
 */
public final class SampleJob extends Job {

    public static final String FILE_NAME = "sample.sightline";

    public SampleJob() {
        super("Analysing the sample article");
        setUser(true);
    }

    public static Path sampleFile() {
        return SessionService.instanceFolder().resolve(FILE_NAME);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            Path folder = SessionService.instanceFolder().resolve("samples");
            Files.createDirectories(folder);
            Path article = folder.resolve(SightlineInfo.SAMPLE_NAME);
            Files.writeString(article, SightlineInfo.sampleText(), StandardCharsets.UTF_8);
            Corpus corpus = Corpora.create("sample");
            RunResult r = new Pipeline(SessionService.get().registry(), SessionService.resolvers()).run(List.of(article.toString()), corpus, null);
            Preferences.scale().applyTo(corpus);
            Path file = sampleFile();
            WorkspaceStore.save(corpus, file);
            Session session = Session.open(file, SessionService.recoveryRoot());
            Display.getDefault().syncExec(() -> SessionService.get().setCurrent(session));
            return r.allSucceeded() ? Status.OK_STATUS
                    : Status.warning("The sample article could not be analysed: " + r.failures().get(0).reason());
        } catch (IOException e) {
            return Status.error("The sample workspace cannot be created: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
