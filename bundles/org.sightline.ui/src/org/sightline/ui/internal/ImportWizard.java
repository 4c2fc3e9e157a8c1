package org.sightline.ui.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;

import java.util.Locale;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import org.sightline.ui.session.api.Session;

/**
 * File > Import: collects inputs (files, folders, web pages, RSS/Atom feeds, each possibly .gz) and
 * starts an {@link ImportJob}; the importers the registry holds decide how each is read.
 */
public final class ImportWizard extends Wizard {

    private final Session session;
    private InputsPage page;

    public ImportWizard(Session session) {
        this.session = session;
        setWindowTitle("Import");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new InputsPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ImportJob.of(session, page.inputs()).schedule();
        return true;
    }

    /** The one page: a list of inputs and buttons to add them. */
    static final class InputsPage extends WizardPage {
        private org.eclipse.swt.widgets.List list;

        InputsPage() {
            super("inputs", "Import Documents", null);
            setDescription("Add files, folders (all files inside, recursively), web pages or feeds. They are analysed in the background.");
            setPageComplete(false);
        }

        java.util.List<String> inputs() {
            return Arrays.asList(list.getItems());
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            Label label = new Label(c, SWT.NONE);
            label.setText("&Inputs (.txt, .html, RSS/Atom .xml, any of them .gz; http(s) URLs):");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
            list = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
            GridDataFactory.fillDefaults().grab(true, true).hint(480, 220).applyTo(list);
            Composite buttons = new Composite(c, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(buttons);
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
            button(buttons, "Add &Files...", this::addFiles);
            button(buttons, "Add F&older...", this::addFolder);
            button(buttons, "Add &URL or Feed...", this::addUrl);
            button(buttons, "&Remove", () -> {
                list.remove(list.getSelectionIndices());
                changed();
            });
            setControl(c);
        }

        private static void button(Composite parent, String text, Runnable action) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            GridDataFactory.fillDefaults().applyTo(b);
            b.addListener(SWT.Selection, e -> action.run());
        }

        private void addFiles() {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            d.setText("Add Files");
            d.setFilterExtensions(new String[] { "*.txt;*.html;*.htm;*.xml;*.rss;*.atom;*.gz", "*.*" });
            if (d.open() != null) {
                for (String name : d.getFileNames()) {
                    add(Path.of(d.getFilterPath(), name).toString());
                }
            }
        }

        private void addFolder() {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setText("Add Folder");
            String folder = d.open();
            if (folder != null) {
                add(folder);
            }
        }

        private void addUrl() {
            InputDialog d = new InputDialog(getShell(), "Add URL or Feed", "Address of a web page or an RSS/Atom feed:", "https://",
                    InputsPage::checkUrl);
            if (d.open() == Window.OK) {
                add(d.getValue().strip());
            }
        }

        /** Null when {@code s} is an absolute http(s) URL, else what is wrong with it. */
        static String checkUrl(String s) {
            String t = s.strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                return "The address must start with http:// or https://";
            }
            try {
                URI uri = URI.create(t);
                return uri.getHost() == null ? "The address has no host name" : null;
            } catch (IllegalArgumentException e) {
                return "Not a valid address: " + e.getMessage();
            }
        }

        private void add(String input) {
            if (!java.util.List.of(list.getItems()).contains(input)) {
                list.add(input);
            }
            changed();
        }

        private void changed() {
            setPageComplete(list.getItemCount() > 0);
        }
    }
}
