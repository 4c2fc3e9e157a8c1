package org.sightline.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sightline.core.api.Pipeline;
import org.sightline.core.api.PipelineListener;
import org.sightline.core.api.RunResult;
import org.sightline.core.api.SightlineRegistry;
import org.sightline.model.Corpus;
import org.sightline.model.io.Corpora;
import org.sightline.model.io.WorkspaceException;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.EstimativeScale;
import org.sightline.ui.session.api.Session;

/**
 * Imports and analyses inputs (files, folders, URLs, feeds) into a session, in the background with
 * progress and cancel. The pipeline fills a corpus of its own; only when it is done does one
 * undoable {@link Edit.ImportCorpus} add the result to the workspace, on the UI thread, so the
 * views never see a half-done import and Cancel leaves the workspace as it was.
 */
public final class ImportJob extends Job {

    public static final Object FAMILY = ImportJob.class;

    private final Session session;
    private final List<String> inputs;
    private final SightlineRegistry registry;
    private final EstimativeScale scale;
    private volatile Thread worker;
    private volatile RunResult result;

    public ImportJob(Session session, List<String> inputs, SightlineRegistry registry, EstimativeScale scale) {
        super(inputs.size() == 1 ? "Importing " + inputs.get(0) : "Importing " + inputs.size() + " inputs");
        this.session = session;
        this.inputs = List.copyOf(inputs);
        this.registry = registry;
        this.scale = scale;
        setUser(true);
    }

    /** An import with the workbench's registry and scale. */
    public static ImportJob of(Session session, List<String> inputs) {
        return new ImportJob(session, inputs, SessionService.get().registry(), Preferences.scale());
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the pipeline did (null until it ran). */
    public RunResult result() {
        return result;
    }

    @Override
    protected void canceling() {
        // The pipeline has no monitor: interrupting the thread waiting for its workers stops it.
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1000);
        worker = Thread.currentThread();
        Corpus scratch = Corpora.create("import");
        try {
            RunResult r = new Pipeline(registry, SessionService.resolvers()).run(inputs, scratch, new PipelineListener() {
                private int reported;

                @Override
                public void progress(int done, int total) {
                    int target = total == 0 ? 900 : (int) (900L * done / total);
                    progress.worked(Math.max(0, target - reported));
                    reported = Math.max(reported, target);
                    progress.subTask(done + " of " + total + " analysed");
                    if (progress.isCanceled()) {
                        canceling();
                    }
                }
            });
            result = r;
            if (monitor.isCanceled() || Thread.interrupted()) {
                return Status.CANCEL_STATUS;
            }
            if (scratch.getDocuments().isEmpty()) {
                return summary(r, IStatus.ERROR, "Nothing was imported");
            }
            addToSession(session, scratch, scale, progress);
            progress.worked(100);
            return r.allSucceeded() ? Status.OK_STATUS : summary(r, IStatus.WARNING,
                    scratch.getDocuments().size() + " documents imported; some inputs failed");
        } catch (IllegalArgumentException e) {
            // The pipeline's one check before it starts: extractors (as enabled in Pipeline settings) in an order that cannot work.
            return Status.error("The import cannot start: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS; // the pipeline reports an interrupt this way
            }
            return Status.error("The import failed: " + e.getMessage(), e);
        } catch (WorkspaceException e) {
            return Status.error("The import cannot be kept for recovery: " + e.getMessage(), e);
        } finally {
            worker = null;
            Thread.interrupted();
            monitor.done();
        }
    }

    /**
     * Adds what an import put into {@code scratch} to {@code session} as one undoable step, on the UI
     * thread (confidences by the analyst's {@code scale}). Shared with {@link ResultsImportJob}.
     */
    static void addToSession(Session session, Corpus scratch, EstimativeScale scale, SubMonitor progress) throws WorkspaceException {
        scale.applyTo(scratch);
        progress.subTask("adding " + scratch.getDocuments().size() + " documents to the workspace");
        Edit.ImportCorpus edit = session.prepareImport(scratch);
        Display.getDefault().syncExec(() -> {
            if (!session.isClosed()) {
                session.execute(edit);
            }
        });
    }

    private static IStatus summary(RunResult r, int severity, String message) {
        MultiStatus status = new MultiStatus(SightlineUi.PLUGIN_ID, 0, message, null);
        for (RunResult.Failure f : r.failures()) {
            status.add(new Status(severity, SightlineUi.PLUGIN_ID, f.input() + ": " + f.reason()));
        }
        if (status.getChildren().length == 0) {
            status.add(new Status(severity, SightlineUi.PLUGIN_ID, message));
        }
        return status;
    }
}
