package org.sightline.ui.analysis.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.model.Claim;
import org.sightline.ui.analysis.api.AnalysisViews;
import org.sightline.model.ReviewStatus;

/**
 * The analysis views' commands (toolbars, context menus, keys), declared in plugin.xml with the part
 * they act on ({@code activeWhen}) and what the selection must be ({@code enabledWhen}); each handler
 * calls its view. Edits go through the view to the session as {@link org.sightline.ui.session.api.Edit}s.
 */
public final class AnalysisHandlers {

    /** Command ids, also for tests. */
    public static final String REFRESH = "org.eclipse.ui.file.refresh";
    public static final String FIT = "org.sightline.ui.analysis.commands.fit";
    public static final String EXPORT_IMAGE = "org.sightline.ui.analysis.commands.exportImage";
    public static final String FORMAT = "org.sightline.ui.analysis.format";
    public static final String ROLL_UP = "org.sightline.ui.analysis.commands.rollUp";
    public static final String ADD_HYPOTHESIS = "org.sightline.ui.analysis.commands.addHypothesis";
    public static final String SET_WEIGHT = "org.sightline.ui.analysis.commands.setWeight";
    public static final String CONFIRM_RELATION = "org.sightline.ui.analysis.commands.confirmRelation";
    public static final String REJECT_RELATION = "org.sightline.ui.analysis.commands.rejectRelation";
    public static final String ADD_EVIDENCE = "org.sightline.ui.analysis.commands.addEvidence";
    public static final String REMOVE_EVIDENCE = "org.sightline.ui.analysis.commands.removeEvidence";
    public static final String REMOVE_HYPOTHESIS = "org.sightline.ui.analysis.commands.removeHypothesis";

    private AnalysisHandlers() {
    }

    private static <T> T part(ExecutionEvent event, Class<T> type) throws ExecutionException {
        Object part = HandlerUtil.getActivePartChecked(event);
        if (!type.isInstance(part)) {
            throw new ExecutionException(event.getCommand().getId() + " needs the " + type.getSimpleName() + " active, not " + part);
        }
        return type.cast(part);
    }

    /** Refresh (F5) in any analysis view: computes the analysis again. */
    public static final class Refresh extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, AnalysisView.class).refreshNow();
            return null;
        }
    }

    /** Actor Network > Fit: the whole network in view. */
    public static final class Fit extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, ActorNetworkView.class).fit();
            return null;
        }
    }

    /** Actor Network > PNG / SVG (parameter {@link #FORMAT}: png or svg): asks for a file and writes the drawing. */
    public static final class ExportImage extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            String format = event.getParameter(FORMAT);
            if (!"png".equals(format) && !"svg".equals(format)) {
                throw new ExecutionException("export format must be png or svg, not " + format);
            }
            part(event, ActorNetworkView.class).askExport(format);
            return null;
        }
    }

    /** Commitments > Roll up (a toggle): counts parts with the actor they belong to. */
    public static final class RollUp extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            CommitmentsView view = part(event, CommitmentsView.class);
            view.setRollUp(!view.isRollUp());
            return null;
        }
    }

    /** Hypotheses > Add Hypothesis: asks for its label. */
    public static final class AddHypothesis extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, HypothesesView.class).askNewHypothesis();
            return null;
        }
    }

    /**
     * Add to Hypotheses (the Claims view's context menu and Claims menu; any view that selects claims): the selected
     * claims become evidence of the ACH matrix, which is shown. The keyboard's way to what dragging does.
     */
    public static final class AddEvidence extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            List<Claim> claims = HypothesesView.claimsOf(HandlerUtil.getCurrentSelection(event));
            try {
                HypothesesView view = (HypothesesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                        .showView(AnalysisViews.HYPOTHESES);
                view.addEvidence(claims);
            } catch (PartInitException e) {
                throw new ExecutionException("cannot show the Hypotheses view", e);
            }
            return null;
        }
    }

    /** Hypotheses > Remove Evidence (context menu): the selected rows leave the matrix, undoably. */
    public static final class RemoveEvidence extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, HypothesesView.class).removeSelectedEvidence();
            return null;
        }
    }

    /** Hypotheses > Remove Hypothesis (context menu of a cell): its column and ratings go, undoably. */
    public static final class RemoveHypothesis extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, HypothesesView.class).askRemoveHypothesis();
            return null;
        }
    }

    /** Hypotheses > Set Weight (context menu of a rated or unrated cell). */
    public static final class SetWeight extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, HypothesesView.class).askWeight();
            return null;
        }
    }

    /** Claim Relations > Confirm: the selected proposals become confirmed relations. */
    public static final class ConfirmRelation extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, RelationsView.class).decideSelected(ReviewStatus.CONFIRMED);
            return null;
        }
    }

    /** Claim Relations > Reject: the selected proposals are recorded as rejected. */
    public static final class RejectRelation extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            part(event, RelationsView.class).decideSelected(ReviewStatus.REJECTED);
            return null;
        }
    }
}
