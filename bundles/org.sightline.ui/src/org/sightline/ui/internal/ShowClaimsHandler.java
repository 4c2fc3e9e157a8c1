package org.sightline.ui.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.model.Claim;
import org.sightline.ui.session.api.Session;

/**
 * Default handler of org.sightline.ui.commands.showClaims: opens the Claims view narrowed to the
 * claims whose ids the command carries (a Commitments cell, say). Contributed views call the command
 * rather than the view, so they need none of this bundle's internals.
 */
public final class ShowClaimsHandler extends AbstractHandler {

    public static final String COMMAND = "org.sightline.ui.commands.showClaims";
    public static final String IDS = "org.sightline.ui.claimIds";
    public static final String LABEL = "org.sightline.ui.claimsLabel";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Session session = SessionService.get().current();
        String ids = event.getParameter(IDS);
        if (session == null || ids == null) {
            return null;
        }
        Set<String> wanted = new HashSet<>(List.of(ids.split("\\s*,\\s*")));
        Set<Claim> claims = new LinkedHashSet<>();
        for (Claim c : session.corpus().getClaims()) { // one pass: claim ids are not indexed
            if (wanted.contains(c.getId())) {
                claims.add(c);
            }
        }
        try {
            // Shown, not activated: the part that asked keeps focus and its selection stays the page's.
            ClaimsView view = (ClaimsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ClaimsView.ID, null,
                    IWorkbenchPage.VIEW_VISIBLE);
            String label = event.getParameter(LABEL);
            view.showClaims(claims, label != null ? label : claims.size() + " claims");
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Claims view", e);
        }
        return null;
    }
}
