package org.sightline.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.sightline.model.Identified;
import org.sightline.ui.session.api.Edit;
import org.sightline.ui.session.api.Session;

/**
 * The Properties view's view of a model object, built on the item providers' property descriptors
 * (EMF's emf.edit.ui, which does this, is not on Maven Central). Values are shown with the item
 * providers' labels; a change becomes an {@link Edit.SetFeature} on the open session, so it is
 * journaled and undoable like every other edit.
 */
public final class ItemPropertySource implements IPropertySource {

    /** Gives the Properties view an {@link ItemPropertySource} for each selected model object. */
    public static final class Provider implements IPropertySourceProvider {
        @Override
        public IPropertySource getPropertySource(Object object) {
            Session s = SessionService.get().current();
            if (s == null || !(object instanceof Identified)) {
                return null;
            }
            IItemPropertySource source = (IItemPropertySource) s.domain().getAdapterFactory().adapt(object, IItemPropertySource.class);
            return source == null ? null : new ItemPropertySource(s, (Identified) object, source);
        }
    }

    private final Session session;
    private final Identified object;
    private final IItemPropertySource source;

    ItemPropertySource(Session session, Identified object, IItemPropertySource source) {
        this.session = session;
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            out.add(new Descriptor(d));
        }
        return out.toArray(new IPropertyDescriptor[0]);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Object value = descriptor(id).getPropertyValue(object);
        return value instanceof ItemPropertyDescriptor.PropertyValueWrapper w ? w.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = descriptor(id);
        EStructuralFeature feature = (EStructuralFeature) d.getFeature(object);
        session.execute(new Edit.SetFeature("Reset " + d.getDisplayName(object), object.getId(), feature.getName(), List.of()));
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = descriptor(id);
        EStructuralFeature feature = (EStructuralFeature) d.getFeature(object);
        List<String> values = new ArrayList<>();
        Collection<?> items = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        for (Object v : items) {
            values.add(feature instanceof EAttribute a ? EcoreUtil.convertToString(a.getEAttributeType(), v) : ((Identified) v).getId());
        }
        if (!feature.isMany() && values.equals(currentValues(feature))) {
            return; // unchanged: no empty step on the undo stack
        }
        try {
            session.execute(new Edit.SetFeature("Set " + d.getDisplayName(object), object.getId(), feature.getName(), values));
        } catch (IllegalArgumentException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(null, "Cannot Set " + d.getDisplayName(object), e.getMessage());
        }
    }

    private List<String> currentValues(EStructuralFeature feature) {
        Object v = object.eGet(feature);
        if (v == null) {
            return List.of();
        }
        return List.of(feature instanceof EAttribute a ? EcoreUtil.convertToString(a.getEAttributeType(), v) : String.valueOf(((Identified) v).getId()));
    }

    /** One row of the Properties view: label, category, help text and the matching cell editor. */
    private final class Descriptor implements IPropertyDescriptor {
        private final IItemPropertyDescriptor d;

        Descriptor(IItemPropertyDescriptor d) {
            this.d = d;
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!d.canSetProperty(object)) {
                return null;
            }
            EStructuralFeature feature = (EStructuralFeature) d.getFeature(object);
            Collection<?> choices = d.getChoiceOfValues(object);
            if (feature.isMany() && choices != null) {
                return new ChooseManyCellEditor(parent, d, choices);
            }
            if (choices != null) {
                return new ChoiceCellEditor(parent, new ArrayList<>(choices), d.getLabelProvider(object));
            }
            if (feature instanceof EAttribute a) {
                return new LiteralCellEditor(parent, a.getEAttributeType(), feature.isMany());
            }
            return null;
        }

        @Override
        public String getCategory() {
            return d.getCategory(object);
        }

        @Override
        public String getDescription() {
            return d.getDescription(object);
        }

        @Override
        public String getDisplayName() {
            return d.getDisplayName(object);
        }

        @Override
        public String[] getFilterFlags() {
            return d.getFilterFlags(object);
        }

        @Override
        public Object getHelpContextIds() {
            return null;
        }

        @Override
        public Object getId() {
            return d.getId(object);
        }

        @Override
        public ILabelProvider getLabelProvider() {
            IItemLabelProvider labels = d.getLabelProvider(object);
            return new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return labels.getText(element);
                }
            };
        }

        @Override
        public boolean isCompatibleWith(IPropertyDescriptor other) {
            return false;
        }
    }

    /** A combo over the descriptor's choices (enum literals, actors, documents); the value is the chosen object. */
    private static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<?> choices;

        ChoiceCellEditor(Composite parent, List<?> choices, IItemLabelProvider labels) {
            super(parent, choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new), SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected Object doGetValue() {
            int i = (Integer) super.doGetValue();
            return i < 0 || i >= choices.size() ? null : choices.get(i);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, choices.indexOf(value)));
        }
    }

    /**
     * Text for data values, parsed as EMF parses the type ("0.75", "2026-11-26"); many values
     * comma-separated (aliases, topics). Shows why a text is refused.
     */
    private static final class LiteralCellEditor extends TextCellEditor {
        private final EDataType type;
        private final boolean many;

        LiteralCellEditor(Composite parent, EDataType type, boolean many) {
            super(parent);
            this.type = type;
            this.many = many;
            setValidator(v -> {
                try {
                    convert((String) v);
                    return null;
                } catch (RuntimeException e) {
                    return "\"" + v + "\" is not a valid " + type.getName();
                }
            });
        }

        private Object convert(String text) {
            if (many) {
                return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> EcoreUtil.createFromString(type, s)).toList();
            }
            return text.isEmpty() && type.getInstanceClass() != String.class ? null : EcoreUtil.createFromString(type, text);
        }

        @Override
        protected Object doGetValue() {
            return convert((String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            String text;
            if (value instanceof Collection<?> c) {
                text = String.join(", ", c.stream().map(o -> EcoreUtil.convertToString(type, o)).toList());
            } else {
                text = value == null ? "" : EcoreUtil.convertToString(type, value);
            }
            super.doSetValue(text);
        }
    }

    /** Many references (a claim's targets): a checklist dialog over the choices. */
    private final class ChooseManyCellEditor extends DialogCellEditor {
        private final IItemPropertyDescriptor d;
        private final Collection<?> choices;

        ChooseManyCellEditor(Composite parent, IItemPropertyDescriptor d, Collection<?> choices) {
            super(parent);
            this.d = d;
            this.choices = choices;
        }

        @Override
        protected Object openDialogBox(Control cellEditorWindow) {
            IItemLabelProvider labels = d.getLabelProvider(object);
            ListSelectionDialog dialog = ListSelectionDialog.of(choices.stream().filter(c -> c != null).toList())
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            return labels.getText(element);
                        }
                    })
                    .title(d.getDisplayName(object))
                    .message("Choose the " + d.getDisplayName(object).toLowerCase() + ":")
                    .preselect(((Collection<?>) getValue()).toArray())
                    .create(cellEditorWindow.getShell());
            return dialog.open() == org.eclipse.jface.window.Window.OK ? List.of(dialog.getResult()) : null;
        }
    }
}
