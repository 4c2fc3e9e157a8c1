package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.sightline.core.api.LanguageCoverage;
import org.sightline.model.Actor;
import org.sightline.model.ActorKind;
import org.sightline.model.Claim;
import org.sightline.model.Document;
import org.sightline.model.Mention;
import org.sightline.model.TextSpan;
import org.sightline.model.edit.Labels;
import org.sightline.model.io.Corpora;
import org.sightline.ui.api.Palette;
import org.sightline.ui.api.SelectionProvider;
import org.sightline.ui.api.SightlineWorkbench;

/**
 * Document: the text of one document with what was found in it. Actor mentions are coloured by the
 * actor's kind; a claim's content has a yellow background, its cue is bold and double-underlined,
 * its source boxed. Hovering shows the claim; clicking a claim or a mention selects it for the other
 * views; a claim selected anywhere is shown here with its spans in orange. Selected text can become
 * a new actor, mention or claim (context menu).
 */
public final class DocumentView extends SightlineView {

    public static final String ID = "org.sightline.ui.views.document";

    static final Color CONTENT = Palette.color(Palette.CLAIM_CONTENT);
    static final Color HIGHLIGHT = Palette.color(Palette.CLAIM_SELECTED);

    private StyledText text;
    /** The decorations of the shown document, sorted and not overlapping; handed out line by line. */
    private StyleRange[] ranges = new StyleRange[0];
    private Document document;
    private Claim highlighted;
    private SelectionProvider selection;

    @Override
    protected void createControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLeftMargin(10);
        text.setRightMargin(10);
        text.setTopMargin(6);
        text.setLineSpacing(2);
        // Styles are given per line when drawn (not set once with setStyleRanges): cheap for long
        // texts, and nothing that touches the widget later (theming, setText) can drop them.
        text.addLineStyleListener(e -> e.styles = stylesIn(e.lineOffset, e.lineOffset + e.lineText.length()));
        selection = new SelectionProvider(this::reveal);
        getSite().setSelectionProvider(selection);
        text.addListener(SWT.MouseMove, e -> text.setToolTipText(tooltipAt(offsetAt(e.x, e.y))));
        text.addListener(SWT.MouseExit, e -> text.setToolTipText(null));
        text.addListener(SWT.MouseUp, e -> {
            if (text.getSelectionCount() == 0) {
                clickedAt(offsetAt(e.x, e.y));
            }
        });
        SightlineWorkbench.installContextMenu(getSite(), text, selection);
    }

    @Override
    protected Control control() {
        return text;
    }

    @Override
    protected void sessionChanged() {
        highlighted = null;
        show(session == null || session.corpusSoFar().getDocuments().isEmpty() ? null : session.corpusSoFar().getDocuments().get(0));
    }

    @Override
    protected void refresh(Collection<?> affected) {
        if (document != null && (session == null || document.eContainer() != session.corpusSoFar())) {
            sessionChanged(); // the document was removed (undo of an import)
        } else if (document == null && session != null && !session.corpusSoFar().getDocuments().isEmpty()) {
            show(session.corpusSoFar().getDocuments().get(0));
        } else {
            if (highlighted != null && highlighted.eContainer() == null) {
                highlighted = null;
            }
            decorate();
        }
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection s) {
        reveal(s);
    }

    /** Shows a document, a claim (its document, its spans highlighted), an actor's or a mention's text. */
    private void reveal(ISelection s) {
        Object o = first(s);
        if (!inSession(o)) {
            return;
        }
        switch (o) {
            case Document d -> {
                highlighted = null;
                show(d);
            }
            case Claim c -> showClaim(c);
            case Mention m -> {
                show(m.getDocument());
                revealSpan(m.getSpan());
            }
            case Actor a -> a.getMentions().stream().filter(m -> m.getDocument() == document).findFirst()
                    .or(() -> a.getMentions().stream().findFirst())
                    .ifPresent(m -> {
                        show(m.getDocument());
                        revealSpan(m.getSpan());
                    });
            case null, default -> {
            }
        }
    }

    /** Shows {@code d} (null: nothing). */
    public void show(Document d) {
        if (d != document) {
            document = d;
            text.setText(d == null || d.getText() == null ? "" : d.getText());
            updateTooltip();
            setContentDescription(d == null ? "" : Labels.document(d) + (d.getInput() == null ? "" : "  \u2014  " + d.getInput())
                    + coverage(d));
        }
        decorate();
    }

    /** For a document in a language some steps do not handle: what it did not get (e.g. claims are English only). */
    private static String coverage(Document d) {
        String note = LanguageCoverage.note(SessionService.get().registry(), d);
        return note == null ? "" : "  \u2014  " + note;
    }

    /** Shows the claim's document with its source, cue and content spans highlighted, scrolled into view. */
    public void showClaim(Claim claim) {
        highlighted = claim;
        show(claim.getDocument());
        revealSpan(claim.getContentSpan() != null ? claim.getContentSpan() : claim.getCueSpan());
    }

    private void revealSpan(TextSpan span) {
        if (span == null || span.getBegin() > text.getCharCount()) {
            return;
        }
        int line = text.getLineAtOffset(span.getBegin());
        int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
        int top = text.getTopIndex();
        if (line < top || line >= top + visible - 1) {
            text.setTopIndex(Math.max(0, line - visible / 3));
            updateTooltip();
        }
    }

    /**
     * The hover text for what is under the mouse now: the text under a still mouse changes when
     * another document is shown or the text scrolls, and the previous claim's text must not stay.
     */
    private void updateTooltip() {
        Point p = text.toControl(text.getDisplay().getCursorLocation());
        boolean inside = text.getClientArea().contains(p);
        text.setToolTipText(inside ? tooltipAt(offsetAt(p.x, p.y)) : null);
    }

    // ---- decorations ---------------------------------------------------------------------------

    /** One reason to style [begin, end): a mention of an actor kind, or a part of a claim. */
    private record Mark(int begin, int end, ActorKind kind, int part, boolean highlight) {
        static final int MENTION = 0, CONTENT = 1, CUE = 2, SOURCE = 3;
    }

    private List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        if (session == null || document == null) {
            return marks;
        }
        int length = text.getCharCount();
        for (Mention m : mentionsIn(document)) {
            add(marks, m.getSpan(), m.getActor() == null ? null : m.getActor().getKind(), Mark.MENTION, false, length);
        }
        for (Claim c : claimsIn(document)) {
            boolean h = c == highlighted;
            add(marks, c.getContentSpan(), null, Mark.CONTENT, h, length);
            add(marks, c.getCueSpan(), null, Mark.CUE, h, length);
            add(marks, c.getSourceSpan(), null, Mark.SOURCE, h, length);
        }
        return marks;
    }

    private static void add(List<Mark> marks, TextSpan s, ActorKind kind, int part, boolean highlight, int length) {
        if (s != null && s.getBegin() < s.getEnd() && s.getEnd() <= length) {
            marks.add(new Mark(s.getBegin(), s.getEnd(), kind, part, highlight));
        }
    }

    /** Combines overlapping marks into the non-overlapping style ranges StyledText needs. */
    private void decorate() {
        List<Mark> marks = marks();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Mark m : marks) {
            cuts.add(m.begin);
            cuts.add(m.end);
        }
        List<StyleRange> ranges = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                StyleRange r = style(previous, cut, marks);
                if (r != null) {
                    ranges.add(r);
                }
            }
            previous = cut;
        }
        this.ranges = ranges.toArray(new StyleRange[0]);
        // redrawRange, unlike redraw, drops the cached line layouts, so the listener is asked again.
        if (text.getCharCount() > 0) {
            text.redrawRange(0, text.getCharCount(), true);
        }
    }

    /** The decorations within [from, to), clipped to it. */
    private StyleRange[] stylesIn(int from, int to) {
        List<StyleRange> out = new ArrayList<>();
        int lo = 0;
        int hi = ranges.length;
        while (lo < hi) { // first range ending after from
            int mid = (lo + hi) >>> 1;
            if (ranges[mid].start + ranges[mid].length <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < ranges.length && ranges[i].start < to; i++) {
            StyleRange r = (StyleRange) ranges[i].clone();
            int start = Math.max(r.start, from);
            r.length = Math.min(r.start + r.length, to) - start;
            r.start = start;
            if (r.length > 0) {
                out.add(r);
            }
        }
        return out.toArray(new StyleRange[0]);
    }

    private static StyleRange style(int begin, int end, List<Mark> marks) {
        StyleRange r = new StyleRange();
        r.start = begin;
        r.length = end - begin;
        boolean any = false;
        for (Mark m : marks) {
            if (m.begin > begin || m.end < end) {
                continue;
            }
            any = true;
            switch (m.part) {
                case Mark.MENTION -> {
                    r.foreground = m.kind == null ? null : Palette.color(Palette.of(m.kind));
                    r.fontStyle |= SWT.BOLD;
                }
                case Mark.CONTENT -> {
                    if (r.background != HIGHLIGHT) {
                        r.background = m.highlight ? HIGHLIGHT : CONTENT;
                    }
                }
                case Mark.CUE -> {
                    r.fontStyle |= SWT.BOLD;
                    r.underline = true;
                    r.underlineStyle = SWT.UNDERLINE_DOUBLE;
                    if (m.highlight) {
                        r.background = HIGHLIGHT;
                    }
                }
                case Mark.SOURCE -> {
                    r.borderStyle = SWT.BORDER_SOLID;
                    if (m.highlight) {
                        r.background = HIGHLIGHT;
                    }
                }
                default -> {
                }
            }
        }
        return any ? r : null;
    }

    // ---- hover, click --------------------------------------------------------------------------

    private int offsetAt(int x, int y) {
        try {
            return text.getOffsetAtPoint(new Point(x, y));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The claim whose source, cue or content covers {@code offset}; the shortest content wins. */
    Claim claimAt(int offset) {
        if (offset < 0 || session == null || document == null) {
            return null;
        }
        Claim best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Claim c : claimsIn(document)) {
            for (TextSpan s : new TextSpan[] { c.getContentSpan(), c.getCueSpan(), c.getSourceSpan() }) {
                if (s != null && s.getBegin() <= offset && offset < s.getEnd() && s.getEnd() - s.getBegin() < bestLength) {
                    best = c;
                    bestLength = s.getEnd() - s.getBegin();
                }
            }
        }
        return best;
    }

    private Mention mentionAt(int offset) {
        if (offset < 0 || session == null || document == null) {
            return null;
        }
        for (Mention m : mentionsIn(document)) {
            if (m.getSpan().getBegin() <= offset && offset < m.getSpan().getEnd()) {
                return m;
            }
        }
        return null;
    }

    private String tooltipAt(int offset) {
        Claim c = claimAt(offset);
        Mention m = mentionAt(offset);
        StringBuilder b = new StringBuilder();
        if (m != null && m.getActor() != null) {
            b.append(m.getActor().getName()).append(" \u2014 ").append(m.getActor().getKind()).append('\n');
        }
        if (c != null) {
            b.append(describe(c));
        }
        return b.isEmpty() ? null : b.toString().strip();
    }

    /** The hover text of a claim: who said what, with type, modality, confidence, targets and status. */
    static String describe(Claim c) {
        String targets = c.getTargets().isEmpty() ? "" : "\nAbout: " + String.join(", ", c.getTargets().stream().map(Actor::getName).toList());
        return Labels.claim(c) + "\n" + c.getType() + ", " + c.getModality()
                + String.format(Locale.ROOT, " (confidence %.2f)", c.getConfidence()) + ", " + c.getStatus() + targets;
    }

    private void clickedAt(int offset) {
        Claim c = claimAt(offset);
        Mention m = mentionAt(offset);
        Object selected = c != null ? c : m != null ? m.getActor() : null;
        if (c != null) {
            highlighted = c;
            decorate();
        }
        selection.fire(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
    }

    // ---- for handlers and tests --------------------------------------------------------------------

    /** The document shown, or null. */
    /**
     * The claims of {@code d}: from the counts' index while it holds the corpus as it is now (it follows most edits at
     * once), else by a pass over every claim (after an edit the counts cannot follow, until they are made again).
     */
    private List<Claim> claimsIn(Document d) {
        CorpusCounts n = currentCounts();
        return n != null ? n.claimsIn(d) : Corpora.claimsIn(session.corpusSoFar(), d);
    }

    /** The mentions of {@code d}, by position: as {@link #claimsIn}. */
    private List<Mention> mentionsIn(Document d) {
        CorpusCounts n = currentCounts();
        return n != null ? n.mentionsIn(d) : Corpora.mentionsIn(session.corpusSoFar(), d);
    }

    private CorpusCounts currentCounts() {
        if (session == null || session.isLoading()) {
            return null;
        }
        SessionCounts counts = SessionCounts.of(session);
        return counts.isCurrent() ? counts.now() : null;
    }

    public Document document() {
        return document;
    }

    /** The claim shown highlighted, or null. */
    public Claim highlighted() {
        return highlighted;
    }

    /**
     * The decoration drawn at {@code offset}, or null (StyledText's own getStyleRangeAtOffset does
     * not see styles given by a line style listener).
     */
    public StyleRange styleAt(int offset) {
        StyleRange[] at = stylesIn(offset, offset + 1);
        return at.length == 0 ? null : at[0];
    }

    /** The selected text as [begin, end), or null when nothing is selected. */
    public int[] textSelection() {
        Point p = text.getSelectionRange();
        return p.y == 0 ? null : new int[] { p.x, p.x + p.y };
    }

    public StyledText getTextWidget() {
        return text;
    }
}
