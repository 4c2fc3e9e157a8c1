package org.sightline.ui.internal;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sightline.model.Claim;
import org.sightline.model.ReviewStatus;
import org.sightline.ui.session.api.ClaimTable;

/**
 * The Claims view's table: a {@link RowGrid} over a {@link ClaimTable}, one column per
 * {@link ClaimTable.Column} (each TableColumn's data), rejected claims in grey.
 */
public final class ClaimGrid extends RowGrid<Claim> {

    public ClaimGrid(Composite parent) {
        super(parent, Arrays.stream(ClaimTable.Column.values())
                .map(c -> new RowGrid.Column<Claim>(c.title(), c.width(), c == ClaimTable.Column.CONFIDENCE ? SWT.RIGHT : SWT.LEFT, c::text, c))
                .toList(), claim -> claim.getStatus() == ReviewStatus.REJECTED ? parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null);
    }

    /** Shows {@code r} from its first row. */
    public void setRows(ClaimTable r) {
        setRows(r == null ? null : new Rows<Claim>() {
            @Override
            public int size() {
                return r.size();
            }

            @Override
            public Claim row(int index) {
                return r.row(index);
            }

            @Override
            public int indexOf(Claim claim) {
                return r.indexOf(claim);
            }
        });
    }
}
