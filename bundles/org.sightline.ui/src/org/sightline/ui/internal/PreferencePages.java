package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.sightline.core.api.Registered;
import org.sightline.model.Modality;
import org.sightline.ui.session.api.EstimativeScale;
import org.sightline.ui.session.api.PipelineSettings;

/** Window > Preferences > Sightline: the extractor pipeline and the estimative-probability scale. */
public final class PreferencePages {

    private PreferencePages() {
    }

    /** The "Sightline" node: what its sub-pages are for. */
    public static final class Root extends PreferencePage implements IWorkbenchPreferencePage {
        @Override
        public void init(IWorkbench workbench) {
            noDefaultAndApplyButton();
        }

        @Override
        protected Control createContents(Composite parent) {
            Label l = new Label(parent, SWT.WRAP);
            l.setText("Settings of the Sightline workbench. They apply to the next import or analysis; "
                    + "documents already in a workspace keep what was found when they were imported.");
            return l;
        }
    }

    /** Extractor pipeline: which extractors run, in which order. */
    public static final class Pipeline extends PreferencePage implements IWorkbenchPreferencePage {
        private CheckboxTableViewer viewer;
        private final List<Registered<?>> items = new ArrayList<>();

        @Override
        public void init(IWorkbench workbench) {
            setDescription("Extractors run top to bottom on every imported document; unchecked ones are skipped.");
        }

        @Override
        protected Control createContents(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
            viewer = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
            GridDataFactory.fillDefaults().grab(true, true).hint(360, 200).applyTo(viewer.getControl());
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            viewer.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object e) {
                    Registered<?> r = (Registered<?>) e;
                    return r.contribution().name() + "  (" + r.id() + ", " + r.contribution().bundle() + ")";
                }
            });
            Composite buttons = new Composite(c, SWT.NONE);
            GridLayoutFactory.fillDefaults().applyTo(buttons);
            GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
            button(buttons, "&Up", -1);
            button(buttons, "&Down", 1);
            load(Preferences.pipeline());
            if (items.isEmpty()) {
                Label none = new Label(c, SWT.WRAP);
                none.setText("No extractor is installed.");
            }
            return c;
        }

        private void button(Composite parent, String text, int step) {
            Button b = new Button(parent, SWT.PUSH);
            b.setText(text);
            GridDataFactory.fillDefaults().applyTo(b);
            b.addListener(SWT.Selection, e -> move(step));
        }

        private void load(PipelineSettings settings) {
            items.clear();
            items.addAll(settings.ordered(SessionService.get().installedRegistry()));
            viewer.setInput(items);
            viewer.setCheckedElements(items.stream().filter(r -> !settings.disabled().contains(r.id())).toArray());
        }

        private void move(int step) {
            int i = viewer.getTable().getSelectionIndex();
            int j = i + step;
            if (i < 0 || j < 0 || j >= items.size()) {
                return;
            }
            Object[] checked = viewer.getCheckedElements();
            items.add(j, items.remove(i));
            viewer.refresh();
            viewer.setCheckedElements(checked);
            viewer.getTable().setSelection(j);
        }

        /** The settings as shown. */
        PipelineSettings settings() {
            Set<String> disabled = new HashSet<>();
            Set<Object> checked = Set.of(viewer.getCheckedElements());
            items.stream().filter(r -> !checked.contains(r)).forEach(r -> disabled.add(r.id()));
            return new PipelineSettings(items.stream().map(Registered::id).toList(), disabled);
        }

        @Override
        protected void performDefaults() {
            load(PipelineSettings.DEFAULT);
            super.performDefaults();
        }

        @Override
        public boolean performOk() {
            Preferences.setPipeline(settings());
            return true;
        }
    }

    /** Estimative probability: the confidence each modality gets, from a preset or typed in. */
    public static final class Scale extends PreferencePage implements IWorkbenchPreferencePage {
        private static final Map<Modality, String> WORDS = Map.of(Modality.ASSERTED, "stated as fact, no modal word",
                Modality.CERTAIN, "will, certainly, almost certain", Modality.PROBABLE, "would, likely, expect, probable",
                Modality.POSSIBLE, "may, might, could, chances about even", Modality.UNLIKELY, "unlikely, doubt, probably not",
                Modality.OBLIGATION, "must, should, demand (strength of the demand)");
        private Combo presets;
        private final Map<Modality, Text> values = new EnumMap<>(Modality.class);

        @Override
        public void init(IWorkbench workbench) {
            setDescription("Words of estimative probability: the confidence (in percent) an imported claim gets from its modality.");
        }

        @Override
        protected Control createContents(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(3).applyTo(c);
            new Label(c, SWT.NONE).setText("&Scale:");
            presets = new Combo(c, SWT.READ_ONLY);
            EstimativeScale.PRESETS.forEach(p -> presets.add(p.name()));
            presets.add("Custom");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(presets);
            presets.addListener(SWT.Selection, e -> {
                if (presets.getSelectionIndex() < EstimativeScale.PRESETS.size()) {
                    show(EstimativeScale.PRESETS.get(presets.getSelectionIndex()));
                }
            });
            for (Modality m : Modality.VALUES) {
                new Label(c, SWT.NONE).setText(m.getLiteral());
                Text t = new Text(c, SWT.BORDER | SWT.RIGHT);
                GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(t);
                t.addListener(SWT.Modify, e -> validate());
                values.put(m, t);
                Label words = new Label(c, SWT.NONE);
                words.setText(WORDS.get(m));
            }
            show(Preferences.scale());
            return c;
        }

        private void show(EstimativeScale scale) {
            int preset = EstimativeScale.PRESETS.indexOf(scale);
            presets.select(preset >= 0 ? preset : EstimativeScale.PRESETS.size());
            for (Modality m : Modality.VALUES) {
                values.get(m).setText(String.format(Locale.ROOT, "%.1f", scale.confidenceOf(m) * 100));
            }
        }

        /** The scale as typed, or null (with the page's error message set) when a value is not 0..100. */
        EstimativeScale typed() {
            Map<Modality, Double> m = new EnumMap<>(Modality.class);
            for (Modality mod : Modality.VALUES) {
                String t = values.get(mod).getText().strip().replace(',', '.');
                try {
                    double v = Double.parseDouble(t);
                    if (v < 0 || v > 100) {
                        throw new NumberFormatException();
                    }
                    m.put(mod, v / 100);
                } catch (NumberFormatException e) {
                    setErrorMessage(mod.getLiteral() + ": \"" + t + "\" is not a percentage from 0 to 100");
                    return null;
                }
            }
            setErrorMessage(null);
            int i = presets.getSelectionIndex();
            EstimativeScale candidate = new EstimativeScale(i >= 0 && i < EstimativeScale.PRESETS.size() ? EstimativeScale.PRESETS.get(i).name() : "Custom", m);
            return EstimativeScale.PRESETS.contains(candidate) ? candidate : new EstimativeScale("Custom", m);
        }

        private void validate() {
            setValid(typed() != null);
        }

        @Override
        protected void performDefaults() {
            show(EstimativeScale.KENT);
            super.performDefaults();
        }

        @Override
        public boolean performOk() {
            EstimativeScale s = typed();
            if (s == null) {
                return false;
            }
            Preferences.setScale(s);
            return true;
        }
    }
}
