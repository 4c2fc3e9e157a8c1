package org.sightline.ui.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sightline.model.Document;
import org.sightline.model.edit.Labels;
import org.sightline.ui.session.api.DocumentDates;
import org.sightline.ui.session.api.DocumentDates.Source;
import org.sightline.ui.session.api.Session;

/**
 * Date Documents: the documents to date (the selected ones, or every undated one), each with the date
 * it has, the first date in its text and its file's time; the analyst picks one source for all of
 * them (or types a date) and unticks those to leave alone. OK sets them in one undoable step; a
 * document the chosen source has no date for keeps its own.
 */
public final class DateDocumentsDialog extends TableDialog {

    static final String TITLE = "Date Documents";
    /** The command's parameter: "true" dates every undated document whatever the selection (the Timeline's button). */
    public static final String PARAM_UNDATED = "org.sightline.ui.undated";

    private final List<Document> documents;
    private final Map<Source, Button> sources = new LinkedHashMap<>();
    private DateTime byHand;
    private Source source = Source.TEXT;

    DateDocumentsDialog(Shell shell, List<Document> documents) {
        super(shell, TITLE);
        this.documents = documents;
    }

    /** Documents > Set Date... and the Timeline's Date Undated Documents...: the selected documents, else the undated ones. */
    public static final class Open extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Session s = SessionService.get().current();
            if (s == null) {
                return null;
            }
            Shell shell = HandlerUtil.getActiveShell(event);
            List<Document> chosen = "true".equals(event.getParameter(PARAM_UNDATED)) ? List.of()
                    : ModelHandlers.selected(HandlerUtil.getCurrentSelection(event), Document.class);
            List<Document> docs = chosen.isEmpty() ? DocumentDates.undated(s.corpus()) : chosen;
            if (docs.isEmpty()) {
                MessageDialog.openInformation(shell, TITLE, "Every document of the workspace has a date.");
                return null;
            }
            new DateDocumentsDialog(shell, docs).open();
            return null;
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        long undated = documents.stream().filter(d -> d.getPublished() == null).count();
        setTitle("Date " + documents.size() + (documents.size() == 1 ? " document" : " documents"));
        setMessage(undated + " of them without a date. Choose where the dates come from; untick a document to leave it as it is.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Table table = createTable(body, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.MULTI,
                new String[][] {{"Document", "300"}, {"Date now", "95"}, {"In the text", "95"}, {"File time", "95"}});
        for (Document d : documents) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {Labels.document(d), text(d.getPublished()), text(DocumentDates.propose(d, Source.TEXT)),
                    text(DocumentDates.propose(d, Source.FILE_TIME))});
            item.setData(d);
            item.setChecked(true);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 200).applyTo(table);

        Composite choice = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choice);
        for (Source s : Source.values()) {
            Button b = new Button(choice, SWT.RADIO);
            b.setText(s.label() + (s == Source.BY_HAND ? ":" : ""));
            b.setSelection(s == source);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    source = s;
                    byHand.setEnabled(s == Source.BY_HAND);
                }
            });
            GridDataFactory.fillDefaults().span(s == Source.BY_HAND ? 1 : 2, 1).applyTo(b);
            sources.put(s, b);
        }
        byHand = new DateTime(choice, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        byHand.setEnabled(false);
        return area;
    }

    @Override
    protected void okPressed() {
        Map<Document, LocalDate> dates = new LinkedHashMap<>();
        LocalDate typed = LocalDate.of(byHand.getYear(), byHand.getMonth() + 1, byHand.getDay());
        for (TableItem item : table().getItems()) {
            if (item.getChecked()) {
                Document d = (Document) item.getData();
                dates.put(d, source == Source.BY_HAND ? typed : DocumentDates.propose(d, source));
            }
        }
        if (dates.values().stream().allMatch(java.util.Objects::isNull)) {
            setErrorMessage(dates.isEmpty() ? "No document is ticked."
                    : "None of the ticked documents has a date " + (source == Source.TEXT ? "in its text." : "from its file."));
            return;
        }
        ModelHandlers.run(getShell(), DocumentDates.edit(dates));
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Set Dates", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** For tests: the source radios and the date field (the documents listed: {@link #table()}). */
    public Map<Source, Button> sources() {
        return sources;
    }

    public DateTime byHand() {
        return byHand;
    }
}
