package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.sightline.ui.session.api.Session;

/**
 * What a session's latest change touched, read from its command's parts (EMF's set, add and remove commands, in
 * compounds and wrappers, as every {@code Edit} and a delete are made), so that a view or a cache can follow the change
 * instead of reading the whole corpus again. Not which way the command ran (execute, undo, redo): the corpus as it is
 * now says where each object is. A command of any other kind (an import's change command, a move) is not known:
 * {@link #of} returns null and the reader must assume that anything changed.
 */
public final class CommandParts {

    /**
     * One set, add or remove: of {@code values} (for a set: the value set and the value before, whichever is not the
     * owner's now) in {@code feature} of {@code owner}.
     */
    public record Part(EObject owner, EStructuralFeature feature, boolean set, Collection<?> values) {
    }

    private CommandParts() {
    }

    /**
     * The parts of the command that made {@code session}'s latest change, or null when they are not known (the change
     * was not a command, or a part is of a kind this does not read).
     */
    public static List<Part> ofLastChange(Session session) {
        return session.lastCommand().map(CommandParts::of).orElse(null);
    }

    /** The parts of {@code command}, or null when a part is of a kind this does not read. */
    public static List<Part> of(Command command) {
        List<Part> parts = new ArrayList<>();
        return collect(command, parts) ? parts : null;
    }

    private static boolean collect(Command command, List<Part> parts) {
        switch (command) {
            case CompoundCommand c -> {
                for (Command part : c.getCommandList()) {
                    if (!collect(part, parts)) {
                        return false;
                    }
                }
                return true;
            }
            case CommandWrapper w -> {
                return w.getCommand() != null && collect(w.getCommand(), parts);
            }
            case SetCommand s -> {
                if (s.getOwner() == null || s.getFeature() == null) {
                    return false;
                }
                List<Object> values = new ArrayList<>(2);
                values.add(s.getValue());
                values.add(s.getOldValue());
                parts.add(new Part(s.getOwner(), s.getFeature(), true, values));
                return true;
            }
            case AddCommand a -> {
                if (a.getOwner() == null || a.getFeature() == null) {
                    return false;
                }
                parts.add(new Part(a.getOwner(), a.getFeature(), false, a.getCollection()));
                return true;
            }
            case RemoveCommand r -> {
                if (r.getOwner() == null || r.getFeature() == null) {
                    return false;
                }
                parts.add(new Part(r.getOwner(), r.getFeature(), false, r.getCollection()));
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
