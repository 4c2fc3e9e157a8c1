package org.sightline.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.sightline.core.api.ResultsImport;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceException;
import org.sightline.search.api.QueryFilter;
import org.sightline.ui.session.api.EstimativeScale;
import org.sightline.ui.session.api.Session;

/**
 * File > Import Spark Results: brings results analysed elsewhere (the output folder of
 * {@code sightline spark}, its {@code json/} folder, or a JSON export) into the workspace without
 * analysing again ({@link ResultsImport}, as {@code sightline analyze --results}), all of them or the
 * documents a search query finds ({@link QueryFilter}, as {@code --query}), in the background. What
 * was found is read into a scratch corpus first, so the analyst can be asked about the count before
 * anything changes; then it is added as one undoable step as {@link ImportJob} does.
 */
public final class ResultsImportJob extends Job {

    private final Session session;
    private final Path results;
    private final String query;
    private final EstimativeScale scale;
    private final Predicate<ResultsImport.Outcome> confirm;
    private volatile ResultsImport.Outcome outcome;

    /** Imports everything in {@code results}. */
    public ResultsImportJob(Session session, Path results, EstimativeScale scale) {
        this(session, results, null, scale, found -> true);
    }

    /**
     * Imports the documents of {@code results} that {@code query} finds (everything when it is null),
     * once {@code confirm} agrees to what was found (called off the UI thread, before the session changes).
     */
    public ResultsImportJob(Session session, Path results, String query, EstimativeScale scale, Predicate<ResultsImport.Outcome> confirm) {
        super("Importing the results in " + results + (query == null ? "" : " that the query " + query + " finds"));
        this.session = session;
        this.results = results;
        this.query = query;
        this.scale = scale;
        this.confirm = confirm;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ImportJob.FAMILY;
    }

    /** What the import read and found (null until it read the results). */
    public ResultsImport.Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        Corpus scratch = Corpora.create("results");
        try {
            // The query is checked before any result is read: a bad one costs nothing.
            ResultsImport.Filter filter = query == null ? ResultsImport.Filter.ALL : new QueryFilter(query);
            progress.subTask("reading " + results);
            outcome = ResultsImport.importInto(results, scratch, filter);
            progress.worked(80);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (scratch.getDocuments().isEmpty()) {
                return Status.error(query == null ? results + ": holds no analysed documents"
                        : results + ": the query \"" + query + "\" finds none of its " + outcome.read() + " analysed documents; nothing imported");
            }
            if (!confirm.test(outcome)) {
                return Status.CANCEL_STATUS;
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
