package org.sightline.ui.analysis.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.sightline.model.Claim;

/**
 * Narrows the Claims view to a set of claims (a matrix cell) through the workbench command
 * {@value #COMMAND}, defined in this bundle's plugin.xml; its handler belongs to the Claims view's
 * bundle. A command rather
 * than a Java call keeps the bundles apart: this one names a command id and two string
 * parameters, the workbench bundle needs nothing from this one. The claims are also posted as the
 * view's selection, so Properties and the document follow whether or not the command is there.
 */
final class ClaimsScope {

    /** Shows exactly the claims whose ids are given, with a label saying why. */
    static final String COMMAND = "org.sightline.ui.commands.showClaims";
    /** Comma-separated claim ids. */
    static final String PARAM_CLAIMS = "org.sightline.ui.claimIds";
    /** What the claims are, e.g. "Pentagon, Reassurance: 2 claims". */
    static final String PARAM_LABEL = "org.sightline.ui.claimsLabel";

    private ClaimsScope() {
    }

    /** Asks the Claims view to show just {@code claims}; false when no handler is installed. */
    static boolean show(IWorkbenchPage page, String label, List<Claim> claims) {
        ICommandService commands = page.getWorkbenchWindow().getService(ICommandService.class);
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        Command command = commands.getCommand(COMMAND);
        if (!command.isDefined() || !command.isHandled()) {
            return false;
        }
        String ids = claims.stream().map(Claim::getId).collect(Collectors.joining(","));
        try {
            ParameterizedCommand pc = ParameterizedCommand.generateCommand(command, Map.of(PARAM_CLAIMS, ids, PARAM_LABEL, label));
            handlers.executeCommand(pc, null);
            return true;
        } catch (CommandException e) {
            return false;
        }
    }
}
