package org.sightline.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.sightline.core.api.ResultsImport;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceException;
import org.sightline.ui.session.api.EstimativeScale;
import org.sightline.ui.session.api.Session;

/**
 * File > Import Spark Results: brings results analysed elsewhere (the output folder of
 * {@code sightline spark}, its {@code json/} folder, or a JSON export) into the workspace without
 * analysing again ({@link ResultsImport}, as {@code sightline analyze --results}), in the background,
 * then adds them as one undoable step as {@link ImportJob} does.
 */
public final class ResultsImportJob extends Job {

    private final Session session;
    private final Path results;
    private final EstimativeScale scale;
    private volatile ResultsImport.Outcome outcome;

    public ResultsImportJob(Session session, Path results, EstimativeScale scale) {
        super("Importing the results in " + results);
        this.session = session;
        this.results = results;
        this.scale = scale;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ImportJob.FAMILY;
    }

    /** What the import read and added (null until it ran). */
    public ResultsImport.Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        Corpus scratch = Corpora.create("results");
        try {
            progress.subTask("reading " + results);
            outcome = ResultsImport.importInto(results, scratch, ResultsImport.Filter.ALL);
            progress.worked(80);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (scratch.getDocuments().isEmpty()) {
                return Status.error(results + ": holds no analysed documents");
            }
            ImportJob.addToSession(session, scratch, scale, progress);
            progress.worked(20);
            return Status.OK_STATUS;
        } catch (WorkspaceException e) {
            return Status.error("The import cannot be kept for recovery: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            return Status.error(results + ": the results were not imported: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
